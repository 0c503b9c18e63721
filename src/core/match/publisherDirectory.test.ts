import { describe, expect, test } from 'vitest';
import { PUBLISHERS } from '../data/publishers.ts';
import { hostOf, makePublisherDirectory } from './publisherDirectory.ts';

// Sites as a directory built from homepages would know them (names as their og:site_name gives them).
const dir = makePublisherDirectory([
  { name: 'Báo An Giang', origin: 'https://baoangiang.com.vn' },
  { name: 'Aktuálně.cz', origin: 'https://sport.aktualne.cz' },
  { name: 'The Guardian', origin: 'https://www.theguardian.com/', imageHosts: ['i.guim.co.uk'] },
  { name: 'The Independent', origin: 'https://www.independent.co.uk' },
  { name: 'The New York Times', origin: 'https://www.nytimes.com', imageHosts: ['static01.nyt.com'] },
  { name: 'The Seattle Times', origin: 'https://www.seattletimes.com' },
  { name: 'Backchannel', origin: 'https://medium.com' },
  { name: 'CNNMoney', origin: 'https://money.cnn.com' },
  { name: 'Le Monde', origin: 'https://www.lemonde.fr' },
  { name: 'NBC News', origin: 'https://www.nbcnews.com' },
  { name: 'WP Tavern', origin: 'https://wptavern.com', imageHosts: ['i0.wp.com'] },
  { name: 'Minecraft Update News', origin: 'https://mcupdate.tumblr.com' },
  { name: 'Blog Posts', origin: 'https://siliconexposed.blogspot.com' },
]);

describe('makePublisherDirectory: names', () => {
  test.each([
    ['Báo An Giang', 'https://baoangiang.com.vn'],
    ['BÁO AN GIANG', 'https://baoangiang.com.vn'],
    ['Bao An Giang', 'https://baoangiang.com.vn'],
    ['An Giang', 'https://baoangiang.com.vn'],
    ['baoangiang.com.vn', 'https://baoangiang.com.vn'],
    ['Aktuálně.cz', 'https://sport.aktualne.cz'],
    ['aktualne.cz', 'https://sport.aktualne.cz'],
    ['Aktuálně', 'https://sport.aktualne.cz'],
    ['The Guardian', 'https://www.theguardian.com'],
    ['Guardian', 'https://www.theguardian.com'],
    ['theguardian.com', 'https://www.theguardian.com'],
    ['https://www.theguardian.com/world', 'https://www.theguardian.com'],
    ['New York Times', 'https://www.nytimes.com'],
    ['NYT', 'https://www.nytimes.com'],
    ['Medium', 'https://medium.com'],
    ['CNNMoney', 'https://money.cnn.com'],
    ['LE MONDE', 'https://www.lemonde.fr'],
    ['NBC News', 'https://www.nbcnews.com'],
    ['NBC', 'https://www.nbcnews.com'],
    ['WP Tavern', 'https://wptavern.com'],
    ['Minecraft Update News', 'https://mcupdate.tumblr.com'],
    ['Nguồn: Báo An Giang', 'https://baoangiang.com.vn'],
    ['mcupdate', 'https://mcupdate.tumblr.com'],
    ['Silicon Exposed', 'https://siliconexposed.blogspot.com'],
  ])('%s → %s', async (name, origin) => {
    expect((await dir.lookup(name))[0]).toBe(origin);
  });

  test.each([
    ['Le Figaro'],
    ['The Times'],
    ['New York Post'],
    ['Fox News'],
    ['News'],
    ['The'],
    ['Báo Thanh Niên'],
    ['Giang Nam'],
    ['World Bank'],
    ['Reuters'],
    ['Tổng cục Thống kê'],
    ['BPS'],
    ['Guardian Liberty Voice'],
    ['Tumblr'],
    ['Blogspot'],
    ['tumblr.com'],
    [''],
  ])('%s → nothing', async (name) => {
    expect(await dir.lookup(name)).toEqual([]);
  });
});

describe('makePublisherDirectory: hosts', () => {
  test.each([
    ['i.guim.co.uk', 'https://www.theguardian.com'],
    ['static01.nyt.com', 'https://www.nytimes.com'],
    ['static.independent.co.uk', 'https://www.independent.co.uk'],
    ['img.seattletimes.com', 'https://www.seattletimes.com'],
    ['miro.medium.com', 'https://medium.com'],
    ['i0.wp.com', 'https://wptavern.com'],
    ['mcupdate.tumblr.com', 'https://mcupdate.tumblr.com'],
    ['static02.nyt.com', 'https://www.nytimes.com'],
    ['media-cldnry.s-nbcnews.com', 'https://www.nbcnews.com'],
    ['img.s-nbcnews.com', 'https://www.nbcnews.com'],
    ['www.lemonde-cdn.fr', 'https://www.lemonde.fr'],
  ])('%s → %s', async (host, origin) => {
    expect((await dir.lookup(host))[0]).toBe(origin);
  });

  test.each([
    ['i1.wp.com'], // a shared CDN: only the exact host a site was seen using counts
    ['assets.tumblr.com'], // a platform of many sites
    ['d262ilb51hltx0.cloudfront.net'],
    ['tinnhanh-tonghop24h.net'],
    ['cnet1.cbsistatic.com'],
    ['upload.wikimedia.org'],
    ['times-cdn.com'],
    ['st.ny.com'],
  ])('%s → nothing', async (host) => {
    expect(await dir.lookup(host)).toEqual([]);
  });
});

describe('makePublisherDirectory: rebuilt with a known site more (a check worker after a page was read)', () => {
  const builtIn = [
    { name: 'Báo An Giang', origin: 'https://baoangiang.com.vn' },
    { name: 'The Guardian', origin: 'https://www.theguardian.com/', imageHosts: ['i.guim.co.uk'] },
  ];
  const first = makePublisherDirectory([...builtIn]);
  const again = makePublisherDirectory([
    ...builtIn,
    { name: 'Gardening Notebook', origin: 'https://www.gardening.org' },
  ]);
  // The same origin under another name in a new object: read anew, not taken from what an earlier object made.
  const renamed = makePublisherDirectory([{ name: 'Riverside Weekly', origin: 'https://baoangiang.com.vn' }]);

  test.each([
    ['first', 'Báo An Giang', first, ['https://baoangiang.com.vn']],
    ['again', 'Báo An Giang', again, ['https://baoangiang.com.vn']],
    ['again', 'i.guim.co.uk', again, ['https://www.theguardian.com']],
    ['again', 'Gardening Notebook', again, ['https://www.gardening.org']],
    ['first', 'Gardening Notebook', first, []],
    ['renamed', 'Riverside Weekly', renamed, ['https://baoangiang.com.vn']],
  ])('%s: %s', async (_name, query, directory, origins) => {
    expect(await directory.lookup(query)).toEqual(origins);
  });
});

describe('hostOf', () => {
  test.each([
    ['sport.aktualne.cz', 'sport.aktualne.cz'],
    ['Aktuálně.cz', 'aktualne.cz'],
    ['https://www.lemonde.fr/x', 'www.lemonde.fr'],
    ['LWN.net', 'lwn.net'],
    ['Le Monde', null],
    ['v2.0', null],
    ['file.html', null],
  ])('%s → %s', (value, host) => {
    expect(hostOf(value)).toBe(host);
  });
});

describe('the well-known publishers table', () => {
  const known = makePublisherDirectory([...PUBLISHERS]);
  test.each([
    ['The Guardian', 'https://www.theguardian.com'],
    ['i.guim.co.uk', 'https://www.theguardian.com'],
    ['VnExpress', 'https://vnexpress.net'],
    ['i1-vnexpress.vnecdn.net', 'https://vnexpress.net'],
    ['Tuổi Trẻ', 'https://tuoitre.vn'],
    ['Reuters', 'https://www.reuters.com'],
    ['Der Spiegel', 'https://www.spiegel.de'],
  ])('%s → %s', async (name, origin) => {
    expect((await known.lookup(name))[0]).toBe(origin);
  });

  test('every entry has an https origin and a name', () => {
    for (const p of PUBLISHERS) {
      expect(p.name.length).toBeGreaterThan(0);
      expect(new URL(p.origin).protocol).toBe('https:');
    }
  });
});
