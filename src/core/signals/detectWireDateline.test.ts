import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readDateline } from './readDateline.ts';
import { scanPage } from './scanPage.ts';
import { decideVerdict } from '../decideVerdict.ts';

describe('readDateline: a credit opening the story, in every script', () => {
  const cases: [string, string, string, string][] = [
    ['Latin, city and agency', 'BERLIN (dpa) – Die Bundesregierung hat am Montag beschlossen, dass …', 'dpa', 'agency'],
    ['Latin, agency alone', '(AP) — A powerful storm swept across the Midwest on Tuesday, leaving …', 'AP', 'agency'],
    [
      'Latin, double hyphen',
      'SEOUL (Yonhap) -- North Korea fired a ballistic missile on Sunday, …',
      'Yonhap',
      'agency',
    ],
    ['Latin, city and date', 'WASHINGTON, Dec 5 (Reuters) - The U.S. Senate on Thursday passed …', 'Reuters', 'agency'],
    ['Spanish', 'MADRID (EFE).- El Gobierno aprobó este martes el proyecto de ley …', 'EFE', 'agency'],
    ['Vietnamese', '(TTXVN) – Sáng 5/12, tại Hà Nội, Thủ tướng Chính phủ chủ trì hội nghị …', 'TTXVN', 'agency'],
    ['Vietnamese, agency and partner', '(TTXVN/Vietnam+) - Theo phóng viên TTXVN tại Washington, …', 'TTXVN', 'agency'],
    ['Cyrillic, slashes', 'МОСКВА, 5 декабря. /ТАСС/. Правительство России утвердило …', 'TASS', 'agency'],
    [
      'Cyrillic, dash and agency',
      'МОСКВА, 5 дек — РИА Новости. Президент России провел совещание …',
      'RIA Novosti',
      'agency',
    ],
    ['Cyrillic, agency in parentheses', 'КИЕВ (Рейтер) - Украина заявила в среду …', 'Reuters', 'agency'],
    ['Arabic', 'القاهرة (رويترز) - قالت وزارة الخارجية المصرية يوم الثلاثاء …', 'Reuters', 'agency'],
    ['Arabic, initials', 'باريس (أ ف ب) - أعلنت الحكومة الفرنسية …', 'AFP', 'agency'],
    ['Korean', '(서울=연합뉴스) 홍길동 기자 = 정부는 5일 새로운 정책을 발표했다.', 'Yonhap', 'agency'],
    ['Japanese', '【ワシントン共同】米政府は5日、新たな制裁措置を発表した。', 'Kyodo', 'agency'],
    ['Chinese, dispatch', '新华社北京12月5日电 国务院总理主持召开国务院常务会议……', 'Xinhua', 'agency'],
    ['Chinese, Taiwan', '（中央社記者王小明台北5日電）行政院今天通過……', 'CNA', 'agency'],
    [
      'Korean agency written in its script',
      '(서울=연합뉴스) 김용래 기자 = 서울시교육청은 5일 밝혔다.',
      'Yonhap',
      'agency',
    ],
    [
      'an agency the tables do not know, by its agency word',
      'München (dts Nachrichtenagentur) – CSU-Generalsekretär Martin Huber hat …',
      'dts Nachrichtenagentur',
      'agency',
    ],
    [
      'an unknown outlet after a place and date',
      'Napoli, 4 gen. (cronachenapoletane) – Giovedì prossimo, in Regione, si terrà …',
      'cronachenapoletane',
      'publisher',
    ],
    [
      'a domain-shaped lead without a place',
      'GELORA.CO – Pemerintah resmi menaikkan harga bahan bakar …',
      'gelora.co',
      'host',
    ],
    [
      'a brand written as its domain, camel-cased',
      'giadinhNet – Sau một tuần bài báo đăng tải trên …',
      'giadinhNet',
      'publisher',
    ],
    [
      'Domain-shaped outlet the tables know',
      'KOMPAS.com, JAKARTA – Pemerintah resmi menaikkan harga …',
      'Kompas',
      'publisher',
    ],
    [
      'Domain-shaped outlet the tables do not know',
      'SUARAKITA.id, Medan – Pemerintah kota meresmikan …',
      'suarakita.id',
      'host',
    ],
    // tempo.co is in the directory (a national outlet of the per-country lists), found by its host: "Tempo" alone is a word.
    ['Domain-shaped outlet, mixed case', 'TEMPO.CO, Jakarta - Presiden meresmikan …', 'tempo.co', 'publisher'],
    [
      'Domain-shaped outlet, a full stop before the place',
      'BERITAKOTA.ID. SURABAYA - Warga kota …',
      'beritakota.id',
      'host',
    ],
    [
      'glued to a title run into the story',
      'Storms batter the west coastPERTH, March 3 (AAP) — Residents were told to stay indoors on Sunday …',
      'AAP',
      'agency',
    ],
    [
      'glued after a caption sentence',
      'Rescue teams at the site. Photo by the ministry. MANILA, Oct 2 (PNA) -- The weather bureau said …',
      'PNA',
      'agency',
    ],
    [
      'a network and the agency in one credit',
      'LAGOS, April 2 (PANA-XINHUA) — The central bank raised its rate on Tuesday …',
      'Xinhua',
      'agency',
    ],
    ['Cyrillic, full stops', 'ЛЬВІВ. 3 березня. УКРІНФОРМ. Міська рада ухвалила рішення …', 'Ukrinform', 'agency'],
    ['Latin, full stops', 'MINSK, 5 May. BelTA. The government approved a new programme …', 'BelTA', 'agency'],
    [
      'Latin, place, date and agency between commas',
      'RIGA, Mar 14, LETA – The parliament approved …',
      'LETA',
      'agency',
    ],
    [
      'Devanagari, the danda ends the dateline',
      'मुंबई, 12 मार्च (यूनीवार्ता)। नगर निगम ने सोमवार को …',
      'यूनीवार्ता',
      'publisher',
    ],
    ['a byline naming the agency', "By PTI, Mumbai: The city's civic body on Monday announced …", 'PTI', 'agency'],
    // Every script's punctuation: full-width and square brackets, the horizontal bar, the minus sign, a colon.
    ['full-width parentheses', 'LYON （AFP） — Le conseil municipal a voté mardi le budget …', 'AFP', 'agency'],
    ['square brackets', 'BRUXELLES [ANSA] – La Commissione ha proposto martedì …', 'ANSA', 'agency'],
    ['lenticular brackets after a place', 'ATHENS 【Reuters】 ― The government said on Tuesday …', 'Reuters', 'agency'],
    ['the minus sign as a dash', 'Hamburg (dpa) − Der Senat hat am Dienstag beschlossen …', 'dpa', 'agency'],
    ['a colon after the credit', 'Osaka (Kyodo): The prefecture decided on Tuesday to …', 'Kyodo', 'agency'],
    ['Greek', 'ΠΑΤΡΑ (ΑΠΕ-ΜΠΕ) - Το δημοτικό συμβούλιο ενέκρινε την Τρίτη …', 'ANA-MPA', 'agency'],
    ['Hebrew', 'חיפה (רויטרס) - מועצת העיר אישרה ביום שלישי …', 'Reuters', 'agency'],
    ['Persian', 'شیراز (ایرنا) - شورای شهر روز سه‌شنبه بودجه را تصویب کرد …', 'IRNA', 'agency'],
    // Persian agencies date a dispatch with dashes: the place, the agency, the story.
    [
      'Persian, place and agency between dashes',
      'اصفهان-ایسنا- شورای شهر روز سه‌شنبه بودجه را تصویب کرد …',
      'ISNA',
      'agency',
    ],
    [
      'Persian, spaced dashes and the agency word',
      'رشت - خبرگزاری مهر - شورای شهر روز سه‌شنبه بودجه را تصویب کرد …',
      'Mehr News Agency',
      'agency',
    ],
    ['Bengali', 'খুলনা, ৩ মার্চ (বাসস) : সিটি কর্পোরেশন মঙ্গলবার বাজেট পাস করেছে …', 'BSS', 'agency'],
    ['Thai', 'เชียงใหม่ (รอยเตอร์) - สภาเมืองอนุมัติงบประมาณเมื่อวันอังคาร …', 'Reuters', 'agency'],
    ['Vietnamese, em dash', 'Đà Nẵng (TTXVN) — Chiều 3/3, Hội đồng thành phố đã thông qua …', 'TTXVN', 'agency'],
    ['a place and a date, no dash', 'Darkhan, 3 March (MONTSAME) The city council approved …', 'Montsame', 'agency'],
    // The credit first, then the place and date.
    ['credit first, then the place', '(AGI) – Bari, 3 mar. – La giunta ha approvato martedì …', 'AGI', 'agency'],
    // An agency's slug: its name and a date opening the item.
    ['an agency and a date', 'ANSA, martedì 3 marzo 2020 Giunta: via libera al piano per il porto …', 'ANSA', 'agency'],
    ['an agency and a numeric date', 'EFE, 03/03/2020 – El ayuntamiento aprobó el martes …', 'EFE', 'agency'],
    // A date, then the credit.
    [
      'a date before the agency',
      '3 March 2020; AFP: The city council approved the budget on Tuesday …',
      'AFP',
      'agency',
    ],
    // Korean: an outlet, "=", the story.
    ['an outlet and "=", no reporter', '뉴시스 = 시의회는 3일 내년도 예산안을 의결했다.', 'Newsis', 'agency'],
  ];
  it.each(cases)('%s', (_label, text, name, kind) => {
    const f = readDateline(text);
    expect(f?.outlet).toMatchObject({ name, kind });
    // A dateline glued to the text before it is quoted from where it starts.
    expect(text.includes(f?.quote.slice(0, 20) ?? '')).toBe(true);
  });

  const negatives: [string, string][] = [
    ["a site's own dateline, no outlet", 'HANOI – Sáng 5/12, Thủ tướng chủ trì hội nghị trực tuyến …'],
    ['an unknown own abbreviation', '(AGO) – Sáng 7/4, Thường trực Ban Chỉ đạo Quy chế dân chủ …'],
    ['parentheses inside a sentence', 'The minister said the plan (which AP reported last week) would cost more.'],
    [
      'a parenthetical after a long clause',
      'The council voted on Tuesday to approve the budget for next year (AP) after a long debate.',
    ],
    ['a picture credit', '(Mike Watson Images/Moodboard/Getty) The party was held in the back garden of the house.'],
    ['a sentence before the credit', 'Officials said on Monday (AP) that the storm had passed.'],
    ['a lower-case word that spells an agency', 'spa – the wellness centre reopened on Monday after renovation'],
    ['an unknown name in parentheses without a place', '(NLĐO) – Sáng 5/12, tại Hà Nội, Thủ tướng chủ trì …'],
    ['a camel-cased word that is no domain', 'iPhone – Apple announced on Monday …'],
    ['a person named before a dash', 'John Smith – the mayor – said on Monday that …'],
    ['a date before a dash', '5 December 2024 – The government announced …'],
    ['a section label', 'Politics: The government announced …'],
    ['Cyrillic without agency', 'МОСКВА, 5 декабря. Правительство России утвердило …'],
    ['Chinese without agency', '本报北京12月5日电 记者报道……'],
    ['a domain in a sentence', 'Visit example.com for more, said the spokesman – who declined …'],
    [
      'an agency cited inside a sentence after a glued capital',
      'The plan was first reported by newswires. Officials later told AFP that it would cost more.',
    ],
    ['glued capitals, a credit without a separator', 'Storms batter the coastPERTH, March 3 (AAP) said on Sunday …'],
    ['full stops, a name the tables do not know', 'ЛЬВІВ. 3 березня. Міська рада. Депутати ухвалили рішення …'],
    ['a byline naming a person', 'By Jane Doe, Mumbai: The city’s civic body on Monday announced …'],
    ['a publisher named as a sentence subject, not in capitals', 'El Siglo – el diario cumple cien años este mes …'],
    // A caption's picture credit closes the line, with no story after it.
    ['a caption ending in an agency', 'Prime Minister Elena Marsh (AFP)'],
    ['a caption in Portuguese ending in an agency', 'Ministra da Fazenda Ana Sousa (Reuters)'],
    ['a caption in German ending in an agency', 'Bundeskanzlerin Petra Lang (dpa)'],
    // A section or a date in brackets of any kind; a picture agency's slug; a reporter before "=".
    ['a section in square brackets', '[Politik] – Der Stadtrat tagt am Montag …'],
    ['a date in full-width parentheses', '（2020年3月3日） 市議会は予算案を可決した。'],
    ['a picture agency and a date', 'Getty Images, 3 March 2020 – The harbour at dawn …'],
    ['a name the tables do not know and a date', 'Stadtbote, 3 March 2020 – The council approved …'],
    ['a reporter and his title before "="', '홍길동 기자 = 시의회는 3일 예산안을 의결했다.'],
    ['a word the tables do not know before "="', '속보 = 시의회는 3일 예산안을 의결했다.'],
    ['a date, then a section', '3 March 2020; Politics: The council approved …'],
    // Two places between dashes, or a person: only an agency makes the dashes a dateline.
    ['two places between dashes', 'شیراز - اصفهان - قطار مسافربری از هفته آینده متوقف می‌شود …'],
    ['a route between dashes', 'Lyon - Marseille - the train line will close for works this summer …'],
  ];
  it.each(negatives)('no credit: %s', (_label, text) => {
    expect(readDateline(text)).toBeNull();
  });

  it.each([
    ['a place alone, the story on the next line', 'SEOUL (Yonhap)'],
    ['a place and a date', 'Kuala Lumpur, 12 March (Bernama)'],
    ['a place in capitals', 'RIO DE JANEIRO ESTADO (EFE)'],
  ])('a dateline on a line of its own is still a credit: %s', (_label, text) => {
    expect(readDateline(text)).not.toBeNull();
  });

  it('stays linear on 1 MB of hostile text', () => {
    const hostile = [
      '('.repeat(1_000_000),
      'A '.repeat(500_000),
      '/'.repeat(1_000_000),
      '【'.repeat(1_000_000),
      'a.'.repeat(500_000),
      'ÀÀ – '.repeat(200_000),
      `www.${'a-'.repeat(500_000)}`,
      `${'ab.'.repeat(300_000)} – `,
      `Xx구 ${'[한빛'.repeat(200_000)}`,
      '［'.repeat(1_000_000),
      `${'ANSA, '.repeat(200_000)}3 marzo 2020`,
      `${'3 March 2020; '.repeat(100_000)}AFP:`,
      `${'뉴시스 '.repeat(200_000)}= 시의회`,
      `${'x (dpa) − '.repeat(100_000)}`,
      `${'ب - '.repeat(300_000)}`,
      `${'ب'.repeat(1_000_000)} - ایرنا -`,
    ];
    const start = Date.now();
    for (const t of hostile) readDateline(t);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});

const story = (head: string, first: string) =>
  `<html><head>${head}</head><body><article><h1>Headline of the story</h1><div class="entry-content"><p>${first}</p><p>A second paragraph of the same story, long enough for the page to have a main column of text.</p><p>A third paragraph closes the story with a few more words about what happens next.</p></div></article></body></html>`;
const scan = (html: string, url: string) => scanPage(parseHTML(html).document as unknown as Document, url);

describe('detectWireDateline on pages', () => {
  it('a wire story on a partner names the agency and is agency syndication', () => {
    const result = scan(
      story(
        '<title>Storm hits the Midwest | Daily Herald</title>',
        '(AP) — A powerful storm swept across the Midwest on Tuesday, leaving thousands without power.',
      ),
      'https://www.dailyherald-news.example/storm',
    );
    expect(result.claims).toContainEqual({ value: 'AP', type: 'name', via: 'wire-dateline' });
    const wire = result.signals.find((s) => s.kind === 'wire-dateline');
    expect(wire).toMatchObject({ target: 'AP', place: 'article-top' });
    const verdict = decideVerdict({
      signals: result.signals,
      claims: result.claims,
      originalUrl: null,
      bylineKept: false,
    });
    expect(verdict).toMatchObject({ verdict: 'suspected', syndicated: true });
    expect(verdict.reasons).toContain('agency-credit');
  });

  it('the agency on its own site names no one', () => {
    const result = scan(
      story('', '(AP) — A powerful storm swept across the Midwest on Tuesday, leaving thousands without power.'),
      'https://apnews.com/article/storm-123',
    );
    expect(result.signals.filter((s) => s.kind === 'wire-dateline')).toEqual([]);
    expect(result.claims).toEqual([]);
  });

  it("a scraper's wire copy with a spam footer is not syndication", () => {
    const html = story(
      '',
      '(AP) — A powerful storm swept across the Midwest on Tuesday, leaving thousands without power.',
    ).replace(
      '</body>',
      '<footer><p>Free WordPress Themes | Download nulled themes free at themesfreedl-nulled.com</p></footer></body>',
    );
    const result = scan(html, 'https://tin-nhanh.example/storm');
    const verdict = decideVerdict({
      signals: [...result.signals, { kind: 'spam-footer', quote: 'x', strength: 0.9 }],
      claims: result.claims,
      originalUrl: null,
      bylineKept: false,
    });
    expect(verdict.syndicated).toBe(false);
  });

  it("a title ending in another outlet names it; the page's own brand does not", () => {
    const other = scan(
      story(
        '<title>Oil prices rise - Reuters</title>',
        'Oil prices rose on Monday as traders weighed new supply cuts from producers.',
      ),
      'https://news-aggregator.example/oil',
    );
    expect(other.claims).toContainEqual({ value: 'Reuters', type: 'name', via: 'wire-dateline' });
    const own = scan(
      story(
        '<title>Giá vàng tăng mạnh - VnExpress</title>',
        'Giá vàng trong nước tăng mạnh sáng nay theo đà tăng của thế giới.',
      ),
      'https://vnexpress.net/gia-vang.html',
    );
    expect(own.claims).toEqual([]);
  });

  it('a bracketed outlet before the title names it', () => {
    const result = scan(
      story(
        '<title>[Reuters] Oil prices rise as producers cut supply</title>',
        'Oil prices rose on Monday as traders weighed new supply cuts from producers.',
      ),
      'https://news-aggregator.example/oil',
    );
    expect(result.signals.find((s) => s.kind === 'wire-dateline')).toMatchObject({ target: 'Reuters', place: 'head' });
  });

  it("a site's own capitals tag in the agency's place names no one; an unknown tag on another site does", () => {
    const first = 'OSTRAVA (MFK) - Klub oznámil v pondělí nové složení výboru a termíny jarních zápasů.';
    const own = scan(story('', first), 'https://www.fotbalmfk.example/zpravy/vybor');
    expect(own.signals.filter((s) => s.kind === 'wire-dateline')).toEqual([]);
    expect(own.claims).toEqual([]);
    const lead = scan(story('', first.replace('(MFK)', '(KVS)')), 'https://kvs-sport.example/a');
    expect(lead.claims).toEqual([]);
    const other = scan(story('', first), 'https://regionalni-listy.example/sport/vybor');
    expect(other.claims).toContainEqual({ value: 'MFK', type: 'name', via: 'wire-dateline' });
  });

  it('a caption ending in an agency is a picture credit, not a dateline', () => {
    const caption = 'Dışişleri Bakanı Ayşe Demir Ankara Zirvesinde (AFP)';
    const html = story('', caption).replace(`<p>${caption}</p>`, `<p>${caption}\n${caption}</p>`);
    const result = scan(html, 'https://haber-portali.example/ziyaret');
    expect(result.signals.filter((s) => s.kind === 'wire-dateline')).toEqual([]);
  });

  it.each([
    [
      "a paper's bracketed name heading a short headline",
      '<p>[北海民報新聞] 知事選の結果を受けて (2021年5月3日)</p><p>知事選の結果は、県政の今後を大きく左右するものとなった。投票率は前回を上回り、有権者の関心の高さを示した。</p>',
      'https://shasetsu-matome.example/2021/05',
      '北海民報新聞',
    ],
    [
      "a list page whose items carry another paper's bracketed name after their place",
      '<p>경기도 남양주시 [한빛일보] 남양주시는 지난 3일 시청 대회의실에서 시민과의 대화를 열고 주요 현안을 설명했다.</p><p>경기도 남양주시 [한빛일보] 남양주시는 지난 5일 지역 곳곳에서 가을 축제를 열어 많은 시민이 참여했다.</p>',
      'https://local-portal.example/list?page=3',
      '한빛일보',
    ],
    [
      "a feed aggregator's item headed by its outlet's host and a dash",
      '<p>Notícies del dia</p><p>Noticiesdeltemps.cat -</p><p>El govern ha aprovat aquest dimarts el pressupost per a l’any vinent, amb més inversió en transport públic i habitatge.</p>',
      'https://portal-comarca.example/agregador',
      'Noticiesdeltemps.cat',
    ],
    [
      "a press digest's item opening with the paper's host and a dash",
      '<p>www.vechernie-vesti.ru — «Новый мост откроют весной» — Мэрия сообщила о сроках завершения строительства моста через реку и о том, как изменится движение транспорта.</p>',
      'https://digest-portal.example/daydzhest',
      'www.vechernie-vesti.ru',
    ],
    [
      'a paper the directory knows, named in capitals as a dateline',
      '<p>EL SIGLO – El ministro de Obras Públicas anunció este lunes un plan de inversión para las regiones del sur del país.</p>',
      'https://infraestructura-noticias.example/plan',
      'EL SIGLO',
    ],
    [
      'a dateline after the title, a summary and a caption in one block',
      '<p>MORAVSKÉ OBCE: Nová škola otvorí v septembri, hovorí starostka<br>Obec postaví novú školu za peniaze z eurofondov, povedala starostka po zasadnutí zastupiteľstva.<br>Starostka Jana Nová Foto: TASR/Peter Kováč Ilustračné<br>Brno 3. mája (TASR) - Obec postaví novú školu za peniaze z eurofondov, povedala v pondelok starostka.</p>',
      'https://spravy-regiony.example/skola',
      'TASR',
    ],
  ])('%s', (_label, body, url, written) => {
    const html = story('', 'x').replace('<p>x</p>', body);
    const result = scan(html, url);
    expect(result.signals.find((s) => s.kind === 'wire-dateline')).toMatchObject({ target: written });
  });

  it("a known outlet's bracketed name before a few words is a forum post's topic tag, not a credit", () => {
    const body =
      '<p>[Reuters] Thoughts on this one?</p><p>I read the piece this morning and I am not convinced by the numbers; the survey was small and the question was leading.</p>';
    const result = scan(story('', 'x').replace('<p>x</p>', body), 'https://forum-talk.example/t/123');
    expect(result.signals.filter((s) => s.kind === 'wire-dateline')).toEqual([]);
    const paper = scan(
      story('', 'x').replace(
        '<p>x</p>',
        '<p>[北海民報新聞] 知事選の結果</p><p>知事選の結果は、県政の今後を大きく左右するものとなった。投票率は前回を上回った。</p>',
      ),
      'https://forum-talk.example/t/124',
    );
    expect(paper.signals.find((s) => s.kind === 'wire-dateline')).toMatchObject({ target: '北海民報新聞' });
  });

  it('a host heading with no story after it names no one', () => {
    const alone = scan(
      story('', 'x').replace('<p>x</p>', '<p>Noticiesdeltemps.cat -</p><p>Més notícies</p>'),
      'https://portal-comarca.example/a',
    );
    expect(alone.signals.filter((s) => s.kind === 'wire-dateline')).toEqual([]);
  });

  it('a photo credit under a picture is no dateline', () => {
    const html = story(
      '',
      'Planning a graduation party on a budget takes a list and a little time, but it can be done well.',
    ).replace(
      '<p>Planning',
      '<figure><img src="https://www.ehow.example/a.jpg"></figure><p>(Mike Watson Images/Moodboard/Getty)</p><p>Planning',
    );
    expect(scan(html, 'https://www.ehow.example/party').signals.filter((s) => s.kind === 'wire-dateline')).toEqual([]);
  });

  it('claims the name as the page writes it', () => {
    const result = scan(
      story(
        '',
        "ŞANLIURFA (AA) - Gıda Tarım ve Hayvancılık Bakanı Faruk Çelik, Anadolu Ajansı'nın kuruluş yıl dönümü dolayısıyla açıklama yaptı.",
      ),
      'https://www.memleket.example/aa',
    );
    expect(result.claims).toContainEqual({ value: 'AA', type: 'name', via: 'wire-dateline' });
  });

  it('a multi-item page whose items open with one agency names it', () => {
    const items = [
      'Bernau (dpa/bb) - Bernau und die Aufnahme der ehemaligen Bundesschule in die Welterbeliste: die Stadt rüstet sich.',
      'Bad Saarow (dpa) - In einem Bootshaus am Scharmützelsee gab der Manager das Motto für die nächste Spielzeit aus.',
    ];
    const html = `<html><body><main><h1>Aktuelles</h1><ul><li>Kurz notiert: die Woche in Berlin und Brandenburg auf einen Blick</li><li>Mehr Nachrichten aus der Region finden Sie unten auf dieser Seite</li>${items.map((t) => `<li><h2>Titel</h2><p>${t}</p></li>`).join('')}</ul></main></body></html>`;
    const result = scan(html, 'https://stadtportal.example/news/238');
    expect(result.claims).toContainEqual({ value: 'dpa', type: 'name', via: 'wire-dateline' });
  });

  it("one item of a list page's first half opening with a known agency or a domain is enough", () => {
    const teaser = (i: number) =>
      `<p>Teaser ${i}: the town council and its plans for the coming year, in a few words more.</p>`;
    const items = [
      teaser(1),
      teaser(2),
      '<p>PATRAS (ANA-MPA) – The port authority said on Tuesday that ferries would run again from Thursday.</p>',
      ...[3, 4, 5, 6].map(teaser),
    ];
    const html = `<html><body><main>${items.join('')}</main></body></html>`;
    expect(scan(html, 'https://stadtportal.example/news/2').claims).toContainEqual({
      value: 'ANA-MPA',
      type: 'name',
      via: 'wire-dateline',
    });
    const domain = items.map((t) => t.replace('PATRAS (ANA-MPA) –', 'HARIANKOTA.id, Medan –')).join('');
    expect(
      scan(`<html><body><main>${domain}</main></body></html>`, 'https://stadtportal.example/news/3').claims,
    ).toContainEqual({ value: 'HARIANKOTA.id', type: 'host', via: 'wire-dateline' });
  });

  it("a head of many short lines does not push the page's first item out of its first half (counted in text)", () => {
    // A newsletter's head: dates, a menu, a follow-us line, each its own block, then the first story.
    const head = [
      'Monday, 3 March',
      'Menu: Economy - Politics - Sport',
      'Follow us on every network',
      'Monday, 3 March',
    ]
      .map((t) => `<p>${t} of this week's digest, in a line or so.</p>`)
      .join('');
    const story =
      '<p>Valletta, March 2 (ANSA) The harbour board approved the new ferry schedule on Sunday after a long debate about fares and the timetable for the coming summer season.</p>';
    const rest = [1, 2, 3].map((i) => `<p>Paragraph ${i} goes on with the board's reasons and the fares it set.</p>`);
    const html = `<html><body><main>${head}${story}${rest.join('')}</main></body></html>`;
    expect(scan(html, 'https://digest.example/2025/03/03').claims).toEqual([
      { value: 'ANSA', type: 'name', via: 'wire-dateline' },
    ]);
  });

  it('one item opening with a credit deep in a page is not enough', () => {
    const html = `<html><body><main>${Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i} of a long local story about the town council and its plans for the coming year.</p>`).join('')}<p>Bad Saarow (dpa) - In einem Bootshaus am Scharmützelsee gab der Manager das Motto aus.</p></main></body></html>`;
    expect(scan(html, 'https://stadtportal.example/news/1').claims).toEqual([]);
  });

  it("an outlet and its reporter in the dateline, on the outlet's own site, make no claim", () => {
    const result = scan(
      story(
        '',
        'MONTEVIDEO (Uypress / Daniel Feldman) – Autodefinido como cristiano de izquierda, es desde 2016 el director de la Secretaría.',
      ),
      'https://www.uypress.net/Secciones/x',
    );
    expect(result.claims).toEqual([]);
    const other = scan(
      story(
        '',
        'MONTEVIDEO (Uypress / Daniel Feldman) – Autodefinido como cristiano de izquierda, es desde 2016 el director de la Secretaría.',
      ),
      'https://copias.example/x',
    );
    expect(other.claims).toContainEqual({ value: 'Uypress', type: 'name', via: 'wire-dateline' });
  });

  it("a site's own dateline makes no claim", () => {
    const result = scan(
      story('', 'HANOI – Sáng 5/12, Thủ tướng chủ trì hội nghị trực tuyến với các địa phương về phát triển kinh tế.'),
      'https://hanoimoi.example/x',
    );
    expect(result.claims).toEqual([]);
    expect(result.signals).toEqual([]);
  });

  it("a Korean press credit names another outlet by its reporter's address, not the page's own", () => {
    const text =
      '시는 올해 하반기부터 공공 자전거 대여소를 두 배로 늘린다고 3일 밝혔다. 한빛일보=김민수 기자 minsu@hanbit-ilbo.example';
    const copy = scan(story('', text), 'https://community-board.example/view/1');
    expect(copy.claims).toContainEqual({ value: '한빛일보', type: 'name', via: 'wire-dateline' });
    const own = scan(story('', text), 'https://www.hanbit-ilbo.example/news/1');
    expect(own.claims).toEqual([]);
    // No address, a name the tables do not know: it may be the paper's own credit.
    const bare = scan(story('', text.replace(/ minsu@.*$/u, '')), 'https://community-board.example/view/1');
    expect(bare.claims).toEqual([]);
  });

  it('a plain-text capture whose first line is the story reads the dateline in the title', () => {
    const title = 'ОДЕСА. 2 квітня. УНН. Міська рада затвердила програму ремонту доріг на наступний рік.';
    const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1></article></body></html>`;
    expect(scan(html, 'https://news-portal.example/x').claims).toContainEqual({
      value: 'УНН',
      type: 'name',
      via: 'wire-dateline',
    });
    expect(scan(html, 'https://unn.ua/news/x').claims).toEqual([]);
  });
});
