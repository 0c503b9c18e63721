import { describe, expect, it } from 'vitest';
import { isSelf, pageIdentity, spellsHost, type IdentityInput } from './pageIdentity.ts';

const page = (url: string, extra: Partial<IdentityInput> = {}): IdentityInput => ({ url, ...extra });

describe('isSelf', () => {
  // Pages several cases read, each with the name it gives itself.
  const izvestia = page('https://iz.ru/1/x', { meta: { siteName: 'Известия' } });
  const asahi = page('https://www.asahi.com/articles/x', { meta: { siteName: '朝日新聞デジタル' } });
  const aljazeera = page('https://www.aljazeera.net/news/x', { meta: { siteName: 'الجزيرة نت' } });
  const vecernji = page('https://www.vecernji.hr/x', { meta: { siteName: 'Večernji list' } });
  const cases: [string, IdentityInput, string, boolean][] = [
    // The host's name spelled out, in words, initials or both.
    ['brand spelled in the host', page('https://www.livescience.com/planet-earth/x'), 'Live Science', true],
    ['initials and a word', page('https://www.nytimes.com/2024/x.html'), 'New York Times', true],
    ['initials and a word, with the article', page('https://www.nytimes.com/2024/x.html'), 'The New York Times', true],
    ['short form', page('https://www.nytimes.com/2024/x.html'), 'NY Times', true],
    ['initials only', page('https://www.bbc.com/news/x'), 'British Broadcasting Corporation', true],
    ['outlet word dropped', page('https://www.bbc.com/news/x'), 'BBC News', true],
    ['Vietnamese with the outlet word', page('https://tuoitre.vn/x.htm'), 'Báo Tuổi Trẻ', true],
    ['German paper, hyphenated host', page('https://www.faz-net.de/x'), 'FAZ.NET', true],
    ['another paper of the same city', page('https://www.nytimes.com/2024/x.html'), 'New York Post', false],
    ['a word of the brand is not the brand', page('https://www.livescience.com/x'), 'Science', false],
    ['the first word alone is not the brand', page('https://www.livescience.com/x'), 'Live', false],
    ['a filler word alone is nobody', page('https://www.bbc.com/news/x'), 'News', false],
    ['an agency on a paper', page('https://tuoitre.vn/x.htm'), 'TTXVN', false],
    // Hosts and URLs.
    ['own URL', page('https://vnexpress.net/a.html'), 'https://vnexpress.net/b.html', true],
    ['own host with www', page('https://vnexpress.net/a.html'), 'www.vnexpress.net', true],
    ['sister domain of one brand', page('https://www.bbc.co.uk/news/x'), 'https://www.bbc.com/news/y', true],
    ['group media host (table)', page('https://www.livescience.com/x'), 'cdn.mos.cms.futurecdn.net', true],
    [
      'publisher image host (publisher data)',
      page('https://www.theguardian.com/x'),
      'https://i.guim.co.uk/img/a.jpg',
      true,
    ],
    ['another site', page('https://vnexpress.net/a.html'), 'https://tuoitre.vn/b.htm', false],
    [
      'a group host on a site outside the group',
      page('https://www.example-news.com/x'),
      'cdn.mos.cms.futurecdn.net',
      false,
    ],
    ['two blogs of one platform', page('https://alice.wordpress.com/p'), 'https://bob.wordpress.com/q', false],
    // Names the page gives itself, in any script.
    ['og:site_name, Cyrillic', izvestia, 'Известия', true],
    ['another Cyrillic outlet', izvestia, 'ТАСС', false],
    ['og:site_name, Japanese with the edition word', asahi, '朝日新聞', true],
    ['another Japanese paper', asahi, '毎日新聞', false],
    ['og:site_name, Arabic', aljazeera, 'الجزيرة نت', true],
    ['another Arabic outlet', aljazeera, 'العربية', false],
    [
      'JSON-LD publisher, Korean',
      page('https://www.chosun.com/x', {
        jsonLd: [{ '@type': 'NewsArticle', publisher: { name: '조선일보', url: 'https://www.chosun.com' } }],
      }),
      '조선',
      true,
    ],
    [
      'a copied JSON-LD publisher of another site',
      page('https://scraper.example/x', {
        jsonLd: [{ '@type': 'NewsArticle', publisher: { name: 'Reuters', url: 'https://www.reuters.com' } }],
      }),
      'Reuters',
      false,
    ],
    [
      'og:site_name copied with the original canonical',
      page('https://scraper.example/x', { meta: { siteName: 'Reuters', canonical: 'https://www.reuters.com/a' } }),
      'Reuters',
      false,
    ],
    // Title brands.
    [
      'title brand that spells the host',
      page('https://vnexpress.net/x.html', { meta: { titleTag: 'Giá vàng tăng mạnh - VnExpress' } }),
      'VnExpress',
      true,
    ],
    [
      'title brand matching og:site_name',
      page('https://iz.ru/1/x', { meta: { titleTag: 'Новость дня | Известия', siteName: 'Известия' } }),
      'Известия',
      true,
    ],
    [
      'a title ending in another outlet is a claim, not the page',
      page('https://scraper.example/x', { meta: { titleTag: 'Oil prices rise - Reuters' } }),
      'Reuters',
      false,
    ],
    // Names the publisher table knows for the site.
    ['an agency on its own site', page('https://apnews.com/article/x'), 'AP', true],
    ['another agency on that site', page('https://apnews.com/article/x'), 'AFP', false],
    ['an agency on another of its sites', page('http://english.yonhapnews.co.kr/northkorea/x.HTML'), 'Yonhap', true],
    ['an agency in Arabic on its own site', page('https://www.spa.gov.sa/x'), 'واس', true],
    ['another agency in Arabic there', page('https://www.spa.gov.sa/x'), 'وام', false],
    ['an agency in its own script on its paper', page('http://mrdx.cn/h5/content/x.htm'), '新华社', true],
    ['host with an outlet word the name leaves out', page('https://www.foxnews.com/x'), 'Fox', true],
    ['a short name is no prefix of a longer host', page('https://www.foxnews.com/x'), 'Fo', false],
    ['a brand written as its own domain', page('https://giadinh.net.vn/x.htm'), 'giadinhNet', true],
    ['that brand on another site', page('https://znews9.example/x'), 'giadinhNet', false],
    // The page's own name in another grammatical case.
    ['own name declined (Croatian locative)', vecernji, 'Večernjem listu', true],
    ['own name declined (Russian prepositional)', izvestia, 'Известиях', true],
    [
      'own name declined (Icelandic dative)',
      page('https://www.heimildin.is/x', { meta: { siteName: 'Heimildin' } }),
      'Heimildinni',
      true,
    ],
    [
      'own name declined, both words (Czech locative)',
      page('https://www.lidovky.cz/x', { meta: { siteName: 'Lidové noviny' } }),
      'Lidových novinách',
      true,
    ],
    ['another outlet sharing the stem', page('https://www.politika.rs/x'), 'Politico', false],
    ['one word declined, another changed', vecernji, 'Večernji tjednik', false],
    ['a longer ending is another word', izvestia, 'Известиями-новостями', false],
    ['a short name takes no ending', page('https://apnews.com/x'), 'APx', false],
    // Not names at all.
    ['empty', page('https://vnexpress.net/x'), '  ', false],
  ];
  it.each(cases)('%s', (_label, input, claim, expected) => {
    expect(isSelf(pageIdentity(input), claim)).toBe(expected);
  });

  it('takes a claim object as well as a string', () => {
    expect(isSelf(pageIdentity(page('https://www.livescience.com/x')), { value: 'Live Science', type: 'name' })).toBe(
      true,
    );
  });
});

describe('pageIdentity', () => {
  it('keeps an unconfirmed title brand apart from the page names', () => {
    const id = pageIdentity(page('https://scraper.example/x', { meta: { titleTag: 'Oil prices rise - Reuters' } }));
    expect(id).toMatchObject({ site: 'scraper.example', titleBrand: 'Reuters', titleBrandIsOwn: false, names: [] });
  });
  it('reads the brand at the start of a title only when it spells the host', () => {
    expect(
      pageIdentity(page('https://www.livescience.com/x', { meta: { titleTag: 'Live Science | Why the sky is blue' } }))
        .titleBrand,
    ).toBe('Live Science');
    const other = pageIdentity(
      page('https://www.example.com/x', { meta: { titleTag: 'Breaking | Why the sky is blue' } }),
    );
    expect(other.titleBrand).not.toBe('Breaking');
    expect(other.titleBrandIsOwn).toBe(false);
  });
  it('lists the group media hosts as own sites', () => {
    expect(pageIdentity(page('https://www.theverge.com/x')).ownSites).toEqual(['theverge.com', 'vox-cdn.com']);
  });
});

describe('spellsHost', () => {
  const cases: [string, string | null, boolean][] = [
    ['Live Science', 'livescience.com', true],
    ['Washington Post', 'washingtonpost.com', true],
    ['The Washington Post', 'washingtonpost.com', true],
    ['Post', 'washingtonpost.com', false],
    ['NYT', 'nytimes.com', false],
    ['Le Monde', 'lemonde.fr', true],
    ['Monde', 'lemonde.fr', false],
    ['Tuổi Trẻ', 'tuoitre.vn', true],
    ['Thanh Niên', 'tuoitre.vn', false],
    ['Live Science', null, false],
  ];
  it.each(cases)('%s ~ %s', (name, site, expected) => expect(spellsHost(name, site)).toBe(expected));

  it('stays fast on a long hostile name', () => {
    const start = Date.now();
    for (let i = 0; i < 2000; i++) spellsHost('a '.repeat(5000), 'a'.repeat(63) + '.com');
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
