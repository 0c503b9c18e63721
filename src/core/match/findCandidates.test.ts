import { describe, expect, test } from 'vitest';
import { tableWeb } from '../../../test/helpers/tableWeb.ts';
import type { PublisherDirectory } from '../ports.ts';
import type { Claim } from '../report.ts';
import { findCandidates, type Candidate, type CandidateHints } from './findCandidates.ts';
import { makePublisherDirectory } from './publisherDirectory.ts';

const web = tableWeb;

const PAGE = 'https://copy.example/seven-secrets-that-hotel-owners-dont-want-you-to-know/';
const TITLE = "Seven secrets that hotel owners don't want you to know";
const ORIGINAL =
  'https://www.newsexample.com/business/seven-secrets-that-hotel-owners-dont-want-you-to-know-10506160.html';
const NEWS_SITE = {
  'https://www.newsexample.com/robots.txt': ['text/plain', 'Sitemap: https://www.newsexample.com/sitemap.xml'],
  'https://www.newsexample.com/sitemap.xml': [
    'application/xml',
    `<urlset><url><loc>https://www.newsexample.com/business/heavy-rain-1.html</loc></url><url><loc>${ORIGINAL}</loc></url></urlset>`,
  ],
} satisfies Record<string, [string, string]>;

const hints = (over: Partial<CandidateHints>): CandidateHints => ({
  url: PAGE,
  title: TITLE,
  lang: 'en',
  claims: [],
  hotlinkHosts: [],
  sketch: null,
  ...over,
});
const claim = (value: string, via: Claim['via'], type: Claim['type'] = 'url'): Claim => ({ value, type, via });

async function take(n: number, gen: AsyncGenerator<Candidate>): Promise<Candidate[]> {
  const out: Candidate[] = [];
  for await (const c of gen) {
    out.push(c);
    if (out.length >= n) break;
  }
  return out;
}

async function all(gen: AsyncGenerator<Candidate>): Promise<Candidate[]> {
  const out: Candidate[] = [];
  for await (const c of gen) out.push(c);
  return out;
}

describe('findCandidates', () => {
  test('claimed URLs first, most direct claim first; the page itself and duplicates never', async () => {
    const { ports, log } = web({});
    const got = await take(
      3,
      findCandidates(
        hints({
          claims: [
            claim('https://a.example/source-line.html.', 'source-line'),
            claim('http://COPY.example/seven-secrets-that-hotel-owners-dont-want-you-to-know', 'canonical'),
            claim('https://a.example/footer', 'feed-footer'),
            claim('https://a.example/source-line.html', 'source-line'),
            claim('javascript:alert(1)', 'source-line'),
            claim('https://b.example/canonical', 'canonical'),
          ],
        }),
        ports,
      ),
    );
    expect(got.map((c) => [c.via, c.url])).toEqual([
      ['feed-footer', 'https://a.example/footer'],
      ['canonical', 'https://b.example/canonical'],
      ['claimed-url', 'https://a.example/source-line.html'],
    ]);
    expect(log).toEqual([]);
  });

  test('pages read earlier come after claimed URLs', async () => {
    const { ports } = web({});
    ports.memory = {
      remember: async () => {},
      recall: async () => [
        { url: ORIGINAL, title: TITLE, visitedAt: 1, sketch: [1] },
        { url: PAGE, title: null, visitedAt: 2, sketch: [1] },
      ],
    };
    const got = await all(
      findCandidates(hints({ sketch: [1, 2, 3], claims: [claim('https://a.example/x', 'source-line')] }), ports),
    );
    expect(got.map((c) => c.via)).toEqual(['claimed-url', 'memory']);
    expect(got[1]?.url).toBe(ORIGINAL);
  });

  test('a named publisher is resolved through the directory, then found on its site', async () => {
    const { ports, log } = web(NEWS_SITE);
    ports.directory = makePublisherDirectory([{ name: 'The News Example', origin: 'https://www.newsexample.com' }]);
    const got = await all(findCandidates(hints({ claims: [claim('News Example', 'source-line', 'name')] }), ports));
    expect(got.map((c) => [c.via, c.url])).toEqual([['publisher-sitemap', ORIGINAL]]);
    expect(log).toHaveLength(2);
  });

  test("names a line's shape ends with are searched where the directory knows them, and never guessed", async () => {
    const { ports, log } = web(NEWS_SITE);
    ports.directory = makePublisherDirectory([{ name: 'The News Example', origin: 'https://www.newsexample.com' }]);
    const shapeNames = [claim('Example', 'read-more', 'name'), claim('News Example', 'read-more', 'name')];
    const got = await all(findCandidates(hints({ directoryOnly: shapeNames }), ports));
    expect(got.map((c) => [c.via, c.url])).toEqual([['publisher-sitemap', ORIGINAL]]);
    // Only the known site's robots.txt and sitemap: no homepage guessed for "Example".
    expect(log).toHaveLength(2);
    const unknown = web({});
    expect(
      await all(
        findCandidates(hints({ directoryOnly: [claim('Nowhere Weekly', 'read-more', 'name')] }), unknown.ports),
      ),
    ).toEqual([]);
    expect(unknown.log).toEqual([]);
  });

  test('lazy: nothing is fetched for later steps while the caller is satisfied with an earlier candidate', async () => {
    const { ports, log } = web(NEWS_SITE);
    const gen = findCandidates(
      hints({ claims: [claim('https://a.example/x', 'source-line')], hotlinkHosts: ['static.newsexample.com'] }),
      ports,
    );
    expect((await gen.next()).value?.url).toBe('https://a.example/x');
    await gen.return(undefined);
    expect(log).toEqual([]);
  });

  test('hot-linked image host without a directory: the site is guessed from its registrable domain', async () => {
    const { ports, log } = web(NEWS_SITE);
    const got = await all(
      findCandidates(hints({ hotlinkHosts: ['static.newsexample.com', 'img.newsexample.com', 'copy.example'] }), ports),
    );
    expect(got.map((c) => c.url)).toEqual([ORIGINAL]);
    expect(log[0]).toBe('https://www.newsexample.com/robots.txt');
    expect(log.filter((u) => u.includes('//newsexample.com'))).toEqual([]); // the bare domain is not searched again
  });

  test('hot-linked images from a site on its own subdomain: that host is searched first', async () => {
    const original = 'https://notes.blogexample.net/2013/06/get-your-code-covered/';
    const { ports, log } = web({
      'https://notes.blogexample.net/robots.txt': ['text/plain', 'Sitemap: https://notes.blogexample.net/sitemap.xml'],
      'https://notes.blogexample.net/sitemap.xml': [
        'application/xml',
        `<urlset><url><loc>${original}</loc></url></urlset>`,
      ],
    });
    const got = await all(
      findCandidates(
        hints({
          url: 'https://copy.example/2013/06/get-your-code-covered.html',
          hotlinkHosts: ['notes.blogexample.net'],
        }),
        ports,
      ),
    );
    expect(got.map((c) => c.url)).toEqual([original]);
    expect(log[0]).toBe('https://notes.blogexample.net/robots.txt');
  });

  test('hot-linked images from a subdomain that is not the site: the domain is still searched', async () => {
    const original = 'https://blogexample.net/@someone/get-your-code-covered-d146a92473a1';
    const { ports } = web({
      'https://blogexample.net/robots.txt': ['text/plain', 'Sitemap: https://blogexample.net/sitemap.xml'],
      'https://blogexample.net/sitemap.xml': ['application/xml', `<urlset><url><loc>${original}</loc></url></urlset>`],
    });
    const got = await all(
      findCandidates(
        hints({
          url: 'https://copy.example/get-your-code-covered/',
          hotlinkHosts: ['miro.blogexample.net', 'blogexample.net'],
        }),
        ports,
      ),
    );
    expect(got.map((c) => c.url)).toEqual([original]);
  });

  test.each([
    ['a shared CDN', 'd262ilb51hltx0.cloudfront.net'],
    ['a platform media host', 'i0.wp.com'],
    ["the page's own domain", 'cdn.copy.example'],
  ])('no site guessed for %s', async (_n, host) => {
    const { ports, log } = web({});
    expect(await all(findCandidates(hints({ hotlinkHosts: [host] }), ports))).toEqual([]);
    expect(log).toEqual([]);
  });

  test('a directory that maps an image CDN to its site', async () => {
    const { ports } = web(NEWS_SITE);
    ports.directory = makePublisherDirectory([
      { name: 'News Example', origin: 'https://www.newsexample.com', imageHosts: ['media.newscdn.net'] },
    ]);
    const got = await all(findCandidates(hints({ hotlinkHosts: ['media.newscdn.net'] }), ports));
    expect(got.map((c) => [c.via, c.url])).toEqual([['publisher-sitemap', ORIGINAL]]);
  });

  test('a claimed homepage is a site to search, not a candidate', async () => {
    const { ports } = web(NEWS_SITE);
    const got = await all(
      findCandidates(hints({ claims: [claim('https://www.newsexample.com/', 'source-line')] }), ports),
    );
    expect(got.map((c) => c.url)).toEqual([ORIGINAL]);
  });

  test('a blog on a shared platform naming another blog of that platform: the other blog is searched, not skipped as "own site"', async () => {
    const blogOriginal =
      'https://original-notes.wordpress.com/2024/03/seven-secrets-that-hotel-owners-dont-want-you-to-know/';
    const { ports, log } = web({
      'https://original-notes.wordpress.com/robots.txt': [
        'text/plain',
        'Sitemap: https://original-notes.wordpress.com/sitemap.xml',
      ],
      'https://original-notes.wordpress.com/sitemap.xml': [
        'application/xml',
        `<urlset><url><loc>${blogOriginal}</loc></url></urlset>`,
      ],
    });
    const page = 'https://copy-digest.wordpress.com/seven-secrets-that-hotel-owners-dont-want-you-to-know/';
    const got = await all(
      findCandidates(
        hints({
          url: page,
          claims: [claim('https://original-notes.wordpress.com/', 'source-line')],
          hotlinkHosts: ['copy-digest.wordpress.com'],
        }),
        ports,
      ),
    );
    expect(got.map((c) => c.url)).toEqual([blogOriginal]);
    // The page's own blog is still never searched.
    expect(log.filter((u) => u.includes('copy-digest'))).toEqual([]);
  });

  test('a dead or mangled claimed URL: its site is searched for the article', async () => {
    const { ports } = web(NEWS_SITE);
    const got = await all(
      findCandidates(
        hints({
          claims: [
            claim('https://www.newsexample.com/business/seven-secrets-that-hotel-owners-dont-wa…', 'source-line'),
          ],
        }),
        ports,
      ),
    );
    expect(got.map((c) => c.via)).toEqual(['claimed-url', 'publisher-sitemap']);
    expect(got[1]?.url).toBe(ORIGINAL);
  });

  test('the fetch budget is shared by all site searches', async () => {
    const { ports, log } = web({});
    const directory: PublisherDirectory = { lookup: async () => ['https://s1.example', 'https://s2.example'] };
    ports.directory = directory;
    await all(
      findCandidates(
        hints({
          claims: [claim('A', 'source-line', 'name'), claim('B', 'source-line', 'name')],
          hotlinkHosts: ['x.h1.example', 'x.h2.example', 'x.h3.example'],
        }),
        ports,
        { maxFetches: 7 },
      ),
    );
    expect(log.length).toBeLessThanOrEqual(7);
  });

  test('a throwing directory or memory is "nothing found", not a failure', async () => {
    const { ports } = web({});
    ports.directory = {
      lookup: async () => {
        throw new Error('broken');
      },
    };
    ports.memory = {
      remember: async () => {},
      recall: async () => {
        throw new Error('broken');
      },
    };
    expect(
      await all(findCandidates(hints({ sketch: [1], claims: [claim('X', 'source-line', 'name')] }), ports)),
    ).toEqual([]);
  });

  test("slug sweep over the directory's sites, only when asked", async () => {
    const { ports } = web(NEWS_SITE);
    ports.directory = makePublisherDirectory([{ name: 'News Example', origin: 'https://www.newsexample.com' }]);
    expect(await all(findCandidates(hints({}), ports))).toEqual([]);
    const got = await all(findCandidates(hints({}), ports, { maxSlugSites: 3 }));
    expect(got.map((c) => [c.via, c.url])).toEqual([['slug', ORIGINAL]]);
  });
});
