import { describe, expect, test } from 'vitest';
import { tableWeb } from '../../../test/helpers/tableWeb.ts';
import { findInSite } from './findInSite.ts';

const web = tableWeb;

const TITLE = 'Tiếp tục thực hiện Quy chế dân chủ ở cơ sở và dân vận trong các cơ quan nhà nước';
const ORIGINAL =
  'https://bao.example/tiep-tuc-thuc-hien-quy-che-dan-chu-o-co-so-va-dan-van-trong-cac-co-quan-nha-nuoc-a359678.html';
const DECOY = 'https://bao.example/thoai-son-day-manh-chuyen-doi-so-trong-cai-cach-hanh-chinh-a416447.html';
const rss = (items: [string, string][]) =>
  `<rss><channel><title>Báo</title>${items.map(([t, l]) => `<item><title>${t}</title><link>${l}</link></item>`).join('')}</channel></rss>`;
const urlset = (locs: string[]) => `<urlset>${locs.map((l) => `<url><loc>${l}</loc></url>`).join('')}</urlset>`;
const newsUrlset = (items: [string, string][]) =>
  `<urlset>${items.map(([t, l]) => `<url><loc>${l}</loc><news:news><news:title>${t}</news:title></news:news></url>`).join('')}</urlset>`;
const ROBOTS_PLAIN = 'User-agent: *\nDisallow: /admin/';
const HOME_WITH_FEED =
  '<html><head><link rel="alternate" type="application/rss+xml" href="/rss/thoi-su.rss"></head><body><h1>Báo</h1></body></html>';

describe('findInSite', () => {
  test('robots.txt → news sitemap with titles: one match in two fetches', async () => {
    const { ports, log } = web({
      'https://bao.example/robots.txt': ['text/plain', 'Sitemap: https://bao.example/news-sitemap.xml'],
      'https://bao.example/news-sitemap.xml': [
        'application/xml',
        newsUrlset([
          ['Thoại Sơn đẩy mạnh chuyển đổi số trong cải cách hành chính', DECOY],
          [TITLE, ORIGINAL],
        ]),
      ],
    });
    const r = await findInSite('https://bao.example/', { title: TITLE }, ports);
    expect(r.matches.map((m) => m.url)).toEqual([ORIGINAL]);
    expect(r.matches[0]?.via).toBe('publisher-sitemap');
    expect(log).toHaveLength(2);
  });

  test('no sitemap in robots.txt → homepage feed link → RSS titles', async () => {
    const { ports, log } = web({
      'https://bao.example/robots.txt': ['text/plain', ROBOTS_PLAIN],
      'https://bao.example/': ['text/html', HOME_WITH_FEED],
      'https://bao.example/rss/thoi-su.rss': [
        'application/rss+xml',
        rss([
          ['Thoại Sơn đẩy mạnh chuyển đổi số', DECOY],
          [TITLE.toUpperCase(), ORIGINAL],
        ]),
      ],
    });
    const r = await findInSite('https://bao.example', { title: `${TITLE} – Tin Nhanh` }, ports);
    expect(r.matches[0]?.url).toBe(ORIGINAL);
    expect(r.matches[0]?.via).toBe('publisher-feed');
    expect(log).toEqual([
      'https://bao.example/robots.txt',
      'https://bao.example/',
      'https://bao.example/rss/thoi-su.rss',
    ]);
  });

  test('homepage headline links match before any feed is read', async () => {
    const { ports, log } = web({
      'https://bao.example/robots.txt': ['text/plain', ROBOTS_PLAIN],
      'https://bao.example/': [
        'text/html',
        `<html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body><ul><li><a href="${DECOY}">Thoại Sơn đẩy mạnh chuyển đổi số</a></li><li><a href="${ORIGINAL}">${TITLE}</a></li></ul></body></html>`,
      ],
    });
    const r = await findInSite('https://bao.example', { title: TITLE }, ports);
    expect(r.matches[0]?.url).toBe(ORIGINAL);
    expect(log).toHaveLength(2);
  });

  test('plain sitemap: matched on the URL slug, the copy slug helping when the title was edited', async () => {
    const original =
      'https://news.example/news/business/seven-secrets-that-hotel-owners-dont-want-you-to-know-10506160.html';
    const { ports } = web({
      'https://news.example/robots.txt': ['text/plain', 'Sitemap: https://news.example/sitemap.xml'],
      'https://news.example/sitemap.xml': [
        'application/xml',
        urlset([
          'https://news.example/news/business/heavy-rain-expected-this-weekend-1.html',
          original,
          'https://news.example/',
        ]),
      ],
    });
    const r = await findInSite(
      'https://news.example',
      {
        title: '7 secrets hotel owners hide from you',
        url: 'https://copy.example/seven-secrets-that-hotel-owners-dont-want-you-to-know/',
      },
      ports,
    );
    expect(r.matches.map((m) => m.url)).toEqual([original]);
  });

  test('sitemap index → child sitemaps (news first), bounded', async () => {
    const { ports, log } = web({
      'https://bao.example/robots.txt': ['text/plain', 'Sitemap: https://bao.example/sitemap_index.xml'],
      'https://bao.example/sitemap_index.xml': [
        'application/xml',
        `<sitemapindex>${['page', 'category', 'tag', 'author', 'news'].map((n) => `<sitemap><loc>https://bao.example/${n}-sitemap.xml</loc></sitemap>`).join('')}</sitemapindex>`,
      ],
      'https://bao.example/news-sitemap.xml': ['application/xml', urlset([ORIGINAL])],
    });
    const r = await findInSite('https://bao.example', { title: TITLE }, ports);
    expect(r.matches[0]?.url).toBe(ORIGINAL);
    expect(log.slice(0, 3)).toEqual([
      'https://bao.example/robots.txt',
      'https://bao.example/sitemap_index.xml',
      'https://bao.example/news-sitemap.xml',
    ]);
  });

  test('nothing announced: common sitemap and feed paths are tried, within the budget', async () => {
    const { ports, log } = web({
      'https://bao.example/': ['text/html', '<html><body><h1>Báo</h1></body></html>'],
      'https://bao.example/feed': ['application/rss+xml', rss([[TITLE, ORIGINAL]])],
    });
    const r = await findInSite('https://bao.example', { title: TITLE }, ports, { maxFetches: 20 });
    expect(r.matches[0]?.url).toBe(ORIGINAL);
    expect(log).toContain('https://bao.example/sitemap.xml');
    const capped = await findInSite('https://bao.example', { title: TITLE }, web({}).ports, { maxFetches: 3 });
    expect(capped.fetches).toBe(2); // robots.txt and the homepage both failed: not a site
    expect(capped.reachable).toBe(false);
  });

  test('never more fetches than the budget', async () => {
    const { ports, log } = web({
      'https://bao.example/robots.txt': [
        'text/plain',
        Array.from({ length: 30 }, (_, i) => `Sitemap: https://bao.example/s${i}.xml`).join('\n'),
      ],
    });
    const r = await findInSite('https://bao.example', { title: TITLE }, ports, { maxFetches: 5 });
    expect(log).toHaveLength(5);
    expect(r.fetches).toBe(5);
  });

  test.each([
    ['another article of the site', 'Sở Giáo dục và Đào tạo tổ chức tập huấn nghiệp vụ cho cán bộ cơ sở'],
    ['an article the site does not list', 'Seven secrets that hotel owners do not want you to know'],
  ])('no match for %s', async (_n, title) => {
    const { ports } = web({
      'https://bao.example/robots.txt': ['text/plain', 'Sitemap: https://bao.example/news-sitemap.xml'],
      'https://bao.example/news-sitemap.xml': [
        'application/xml',
        newsUrlset([
          [TITLE, ORIGINAL],
          ['Thoại Sơn đẩy mạnh chuyển đổi số trong cải cách hành chính', DECOY],
        ]),
      ],
    });
    expect((await findInSite('https://bao.example', { title }, ports)).matches).toEqual([]);
  });

  test('the page itself is excluded, and broken answers are "not there"', async () => {
    const { ports } = web({
      'https://bao.example/robots.txt': [
        'text/html',
        '<html><body>Sitemap: https://bao.example/nope.xml</body></html>',
      ],
      'https://bao.example/': ['text/html', '<html><body>oops'],
      'https://bao.example/sitemap.xml': ['text/html', '<html><body>Not found</body></html>'],
      'https://bao.example/news-sitemap.xml': ['application/xml', urlset([ORIGINAL, DECOY])],
    });
    const r = await findInSite('https://bao.example', { title: TITLE }, ports, {
      exclude: [
        'bao.example/tiep-tuc-thuc-hien-quy-che-dan-chu-o-co-so-va-dan-van-trong-cac-co-quan-nha-nuoc-a359678.html',
      ],
    });
    expect(r.matches).toEqual([]);
    expect(r.reachable).toBe(true);
  });
});
