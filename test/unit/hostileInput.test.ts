/**
 * Hostile input through the real engine: checkHtml / checkUrl with core's safe fetcher over a fake `fetch`. Pages are
 * written by people who do not wish us well (or by broken servers): whatever they send, a check must finish, produce
 * a plain-JSON report with a verdict, state what went wrong in `errors[]` rather than throw for a bad original, and
 * never touch a private or loopback address.
 *
 * Timing is measured and printed but never asserted: vitest's test timeout is the guard against a hang or a
 * catastrophic regex.
 */
import { describe, expect, test } from 'vitest';
import { checkHtml, checkUrl } from '../../src/core/check.ts';
import { makeSafeFetcher, type SafeFetchPolicy } from '../../src/core/net/makeSafeFetcher.ts';
import { FetchError, type Ports, type PublisherDirectory } from '../../src/core/ports.ts';
import type { Report } from '../../src/core/report.ts';
import { parseHtmlLinkedom } from '../../src/adapters/parseHtmlLinkedom.ts';
import { makeInMemoryMemory } from '../../src/cli/inMemoryMemory.ts';
import { sha256 } from '../../src/cli/nodePorts.ts';

// ---------------------------------------------------------------------------------------------------------------
// A fake network: routes by URL, records every request, streams bodies.

type Route = (url: string, init: RequestInit) => Response | Promise<Response>;

interface FakeNet {
  fetch: typeof fetch;
  calls: string[];
  /** Bytes handed out by streaming bodies (to show that a capped read stopped early). */
  streamed: { bytes: number };
}

function fakeNet(
  routes: Record<string, Route>,
  fallback: Route = () => new Response('not found', { status: 404 }),
): FakeNet {
  const calls: string[] = [];
  const streamed = { bytes: 0 };
  const impl = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    calls.push(url);
    const route = routes[url] ?? fallback;
    return route(url, init);
  };
  return { fetch: impl as typeof fetch, calls, streamed };
}

const html = (body: string, status = 200) =>
  new Response(body, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });

/** Never answers; rejects like the platform fetch when the request is aborted. */
const hang: Route = (_url, init) =>
  new Promise<Response>((_, reject) => {
    const signal = init.signal;
    if (!signal) return;
    if (signal.aborted) reject(new DOMException('aborted', 'AbortError'));
    signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true });
  });

/** A text/html body of `total` bytes streamed in 64 KiB chunks, counting what was actually pulled. */
function streamingBody(total: number, counter: { bytes: number }, declareLength = false): Response {
  const chunk = new TextEncoder().encode(`<p>${'lorem ipsum dolor sit amet '.repeat(2400)}</p>\n`.slice(0, 65_536));
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) {
        controller.close();
        return;
      }
      const piece = chunk.subarray(0, Math.min(chunk.byteLength, total - sent));
      sent += piece.byteLength;
      counter.bytes += piece.byteLength;
      controller.enqueue(piece);
    },
  });
  const headers: Record<string, string> = { 'content-type': 'text/html' };
  if (declareLength) headers['content-length'] = String(total);
  return new Response(body, { status: 200, headers });
}

const POLICY: SafeFetchPolicy = {
  timeoutMs: 400,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivate: false,
  redirect: 'manual',
};

function portsFor(net: FakeNet, directory?: PublisherDirectory): Ports {
  return {
    fetch: makeSafeFetcher(net.fetch, POLICY),
    parseHtml: parseHtmlLinkedom,
    clock: { now: () => Date.UTC(2024, 4, 1) },
    memory: makeInMemoryMemory(),
    sha256,
    ...(directory ? { directory } : {}),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Pages.

const COPY_URL = 'https://hostile-copy-news.top/2024/05/council-approves-new-harbour-ferry-timetable/';
const ORIGINAL_URL = 'https://www.harbourtown-observer.com/news/council-approves-new-harbour-ferry-timetable-4471.html';

const ARTICLE = [
  'The harbour council approved a new ferry timetable on Tuesday that adds early-morning crossings for shift workers and doubles weekend service during the summer months, after a year of complaints from residents on the islands.',
  'Under the plan, the first ferry will leave the mainland at 5.10 a.m. instead of 6.30 a.m., and boats will run every forty minutes on Saturdays and Sundays between June and September. The changes take effect on the first of next month.',
  'Councillors said the operator had agreed to the new schedule in exchange for a two-year extension of its contract. The extra crossings will cost about 900,000 a year, paid from harbour fees and a small increase in the price of car tickets.',
  'Island residents welcomed the decision but asked for a winter timetable as well. A petition signed by more than 1,200 people last autumn asked for a late crossing after 11 p.m. so that hospital and hotel staff can get home.',
  'The operator said it would review passenger numbers at the end of the summer and report back to the council before the winter schedule is set in October.',
];

function copyPage(sourceLine: string, extra = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves new harbour ferry timetable – Hostile Copy News</title></head>
<body><header><a href="/">Hostile Copy News</a></header>
<main><article><h1>Council approves new harbour ferry timetable</h1>
<div class="entry-meta">by <a href="/author/bot7/">bot7</a> · 12 views</div>
<div class="entry-content">
${ARTICLE.map((p) => `<p>${p}</p>`).join('\n')}
<p>${sourceLine}</p>
${extra}
</div></article></main>
<footer>Copyright 2024 Hostile Copy News</footer></body></html>`;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ---------------------------------------------------------------------------------------------------------------
// Checks every report must pass.

const VERDICTS = ['copy', 'suspected', 'clean'];

function expectSoundReport(report: Report): void {
  expect(VERDICTS).toContain(report.verdict);
  expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  expect(Array.isArray(report.errors)).toBe(true);
  for (const e of report.errors) {
    expect(typeof e.message).toBe('string');
    expect(e.message.length).toBeGreaterThan(0);
  }
}

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const out = await run();
  console.info(`hostile input: ${label} took ${Math.round(performance.now() - t0)} ms`);
  return out;
}

const hostsCalled = (net: FakeNet) => net.calls.map((u) => new URL(u).host);

// ---------------------------------------------------------------------------------------------------------------

describe('malformed HTML through checkHtml', () => {
  const nested = `${'<div>'.repeat(10_000)}<p>${ARTICLE[0]}</p>${'</div>'.repeat(10_000)}`;
  const cases: [string, string][] = [
    [
      'unclosed tags everywhere',
      `<html><head><title>Unclosed<body><article><h1>Unclosed <b><i><p>${ARTICLE.join('<p>')}<div><span><a href="/x">link<table><tr><td>cell`,
    ],
    [
      'NUL bytes and control characters',
      copyPage(`Source:\u0000 https://www.harbourtown-observer.com/\u0000news/x.html\u0007`).replace(
        / the /g,
        ' the\u0000 ',
      ),
    ],
    [
      'a 2 MB attribute',
      copyPage('Source: Harbourtown Observer', `<img src="data:image/png;base64,${'A'.repeat(2_000_000)}" alt="x">`),
    ],
    [
      'a 1 MB href and title',
      copyPage(
        `Source: <a href="https://www.harbourtown-observer.com/${'a'.repeat(1_000_000)}" title="${'t'.repeat(1_000_000)}">link</a>`,
      ),
    ],
    [
      'unterminated comment, script and CDATA',
      `<html><body><p>${ARTICLE[0]}</p><!-- never closed <script>var x = "<p>${'x'.repeat(100_000)}`,
    ],
    [
      'broken JSON-LD and meta',
      `<html><head><script type="application/ld+json">{"@type":"NewsArticle","author":[{"name":${'['.repeat(50_000)}</script><meta property="og:url" content="javascript:alert(1)"><link rel="canonical" href="http://127.0.0.1/admin"></head><body><p>${ARTICLE.join('</p><p>')}</p></body></html>`,
    ],
    ['empty document', ''],
    ['only white space', ' \n\t '.repeat(1000)],
    [
      '10 000 hot-linked images',
      copyPage('ok', '<img src="https://cdn.harbourtown-observer.com/a.jpg">'.repeat(10_000)),
    ],
    [
      '5 000 source lines',
      copyPage(
        'ok',
        '<p>Source: <a href="https://www.harbourtown-observer.com/a.html">Harbourtown Observer</a></p>'.repeat(5_000),
      ),
    ],
    ['a binary blob as HTML', String.fromCharCode(...Array.from({ length: 60_000 }, (_, i) => (i * 7919) % 256))],
  ];

  test.each(cases)('%s gives a sound report', async (label, page) => {
    const net = fakeNet({});
    const { report } = await timed(label, () => checkHtml(page, COPY_URL, portsFor(net)));
    expectSoundReport(report);
    // Nothing private was ever requested, whatever the page's head said.
    expect(hostsCalled(net).filter((h) => /^(127\.|\[|10\.|169\.254\.|localhost)/.test(h))).toEqual([]);
  });

  // Past PAGE_LIMITS a page is refused before Readability (quadratic on depth) or even the parser sees it.
  test.each([
    ['10 000 nested divs', `<!DOCTYPE html><html><body>${nested}</body></html>`],
    ['10 000 unclosed nested divs', `<!DOCTYPE html><html><body>${'<div>'.repeat(10_000)}${ARTICLE.join(' ')}`],
  ])('%s is refused as too complex', async (label, page) => {
    const net = fakeNet({});
    await expect(timed(label, () => checkHtml(page, COPY_URL, portsFor(net)))).rejects.toMatchObject({
      code: 'too-complex',
    });
    expect(net.calls).toEqual([]);
  });
});

describe('a claimed original that misbehaves', () => {
  const page = copyPage(`Source: <a href="${ORIGINAL_URL}">${escapeHtml(ORIGINAL_URL)}</a>`);
  const garbage = new Uint8Array(200_000).map((_, i) => (i * 2654435761) >>> 24);
  const loopA = 'https://www.harbourtown-observer.com/loop-a';

  const cases: [label: string, route: Route, code: string, message: RegExp][] = [
    [
      'redirects to itself forever',
      () => new Response(null, { status: 302, headers: { location: ORIGINAL_URL } }),
      'fetch-failed',
      /redirect/i,
    ],
    [
      'redirects in a two-page loop',
      (url) => new Response(null, { status: 301, headers: { location: url === loopA ? ORIGINAL_URL : loopA } }),
      'fetch-failed',
      /redirect/i,
    ],
    ['redirects without a Location', () => new Response(null, { status: 302 }), 'fetch-failed', /location/i],
    [
      'redirects to a loopback address',
      () => new Response(null, { status: 302, headers: { location: 'http://127.0.0.1:8080/admin' } }),
      'blocked-address',
      /127\.0\.0\.1/,
    ],
    [
      'redirects to a javascript: URL',
      () => new Response(null, { status: 302, headers: { location: 'javascript:alert(1)' } }),
      'bad-url',
      /scheme/i,
    ],
    ['never answers', hang, 'timeout', /\d+ ms/],
    [
      'answers headers, then stalls the body',
      () =>
        new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('<html><body><p>')) }), {
          status: 200,
          headers: { 'content-type': 'text/html' },
        }),
      'timeout',
      /\d+ ms/,
    ],
    ['answers 404', () => html('<h1>Not found</h1>', 404), 'fetch-failed', /404/],
    ['answers 500', () => html('oops', 500), 'fetch-failed', /500/],
    [
      'answers an image',
      () =>
        new Response(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), {
          status: 200,
          headers: { 'content-type': 'image/jpeg' },
        }),
      'fetch-failed',
      /image\/jpeg/,
    ],
    [
      'answers a PDF',
      () => new Response('%PDF-1.7', { status: 200, headers: { 'content-type': 'application/pdf' } }),
      'fetch-failed',
      /application\/pdf/,
    ],
    ['declares 20 MB', (_url) => streamingBody(20 * 1024 * 1024, { bytes: 0 }, true), 'too-large', /20971520/],
    ['throws a network error', () => Promise.reject(new TypeError('fetch failed')), 'fetch-failed', /failed/],
  ];

  test.each(cases)('%s → an error in the report, never a throw', async (label, route, code, message) => {
    const net = fakeNet({ [ORIGINAL_URL]: route, [loopA]: route });
    const { report } = await timed(label, () => checkHtml(page, COPY_URL, portsFor(net)));
    expectSoundReport(report);
    expect(report.verdict).toBe('suspected');
    expect(report.original).toBeNull();
    expect(report.claimedSource).toBe(ORIGINAL_URL);
    const error = report.errors.find(
      (e) =>
        e.url?.startsWith('https://www.harbourtown-observer.com') ||
        e.url?.startsWith('http://127.') ||
        e.url?.startsWith('javascript'),
    );
    expect(error, JSON.stringify(report.errors)).toBeDefined();
    expect(error?.code).toBe(code);
    expect(error?.message).toMatch(message);
    expect(report.candidates.find((c) => c.url === ORIGINAL_URL)?.outcome).toBe('unreachable');
    expect(hostsCalled(net).filter((h) => h.startsWith('127.'))).toEqual([]);
  });

  test('answers 200 with garbage bytes → compared and found different, not a crash', async () => {
    const net = fakeNet({
      [ORIGINAL_URL]: () =>
        new Response(garbage, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } }),
    });
    const { report } = await checkHtml(page, COPY_URL, portsFor(net));
    expectSoundReport(report);
    expect(report.verdict).toBe('suspected');
    expect(report.candidates.find((c) => c.url === ORIGINAL_URL)?.outcome).toBe('different');
  });

  test('answers with a bogus charset and a wrong type → still a sound report', async () => {
    const net = fakeNet({
      [ORIGINAL_URL]: () =>
        new Response(garbage, { status: 200, headers: { 'content-type': 'text/html; charset=x-no-such-charset' } }),
    });
    const { report } = await checkHtml(page, COPY_URL, portsFor(net));
    expectSoundReport(report);
    expect(report.verdict).toBe('suspected');
  });

  test('streams 20 MB with no Content-Length → cut at the cap, not read to the end', async () => {
    const net = fakeNet({});
    const counter = net.streamed;
    net.fetch = (async (input: string | URL | Request) => {
      net.calls.push(String(input));
      return String(input) === ORIGINAL_URL
        ? streamingBody(20 * 1024 * 1024, counter)
        : new Response('', { status: 404 });
    }) as typeof fetch;
    const { report } = await timed('20 MB streamed original', () => checkHtml(page, COPY_URL, portsFor(net)));
    expectSoundReport(report);
    expect(report.errors.find((e) => e.url === ORIGINAL_URL)?.code).toBe('too-large');
    expect(counter.bytes).toBeLessThan(POLICY.maxBytes + 2 * 65_536);
  });
});

describe('the page itself is hostile (checkUrl)', () => {
  test('a 20 MB page is refused at the cap with a FetchError, and the stream is not read to the end', async () => {
    const net = fakeNet({});
    net.fetch = (async (input: string | URL | Request) => {
      net.calls.push(String(input));
      return streamingBody(20 * 1024 * 1024, net.streamed);
    }) as typeof fetch;
    const error = await checkUrl(COPY_URL, portsFor(net)).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FetchError);
    expect((error as FetchError).code).toBe('too-large');
    expect(net.streamed.bytes).toBeLessThan(POLICY.maxBytes + 2 * 65_536);
  });

  test.each([
    ['http://127.0.0.1/'],
    ['http://[::1]/'],
    ['http://169.254.169.254/latest/meta-data'],
    ['http://localhost:3000/'],
    ['http://0x7f.1/'],
  ])('checkUrl(%s) is refused as blocked-address without a request', async (url) => {
    const net = fakeNet({});
    const error = await checkUrl(url, portsFor(net)).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as FetchError).code).toBe('blocked-address');
    expect(net.calls).toEqual([]);
  });
});

describe('bogus URLs in source lines', () => {
  const PRIVATE: [string][] = [
    ['http://127.0.0.1/wp-admin/article.html'],
    ['http://[::1]/news/story.html'],
    ['http://169.254.169.254/latest/meta-data'],
    ['http://10.0.0.5/intranet/story.html'],
    ['http://2130706433/news/story.html'],
    ['http://[::ffff:127.0.0.1]/news/story.html'],
    ['http://localhost/news/story.html'],
    ['http://printer.local/status.html'],
  ];
  /** Bare origins: a claimed homepage names a site, so core searches that site (robots.txt, sitemaps, feeds). */
  const PRIVATE_SITES: [string][] = [
    ['http://127.0.0.1/'],
    ['http://[::1]/'],
    ['http://192.168.1.1/'],
    ['http://169.254.169.254/'],
  ];

  async function checkClaim(url: string, line: string) {
    const net = fakeNet({});
    const { report } = await checkHtml(copyPage(line), COPY_URL, portsFor(net));
    expectSoundReport(report);
    expect(report.verdict).not.toBe('copy');
    const host = new URL(url).hostname;
    expect(
      net.calls.filter((u) => new URL(u).hostname === host),
      `${line} was fetched`,
    ).toEqual([]);
    return report;
  }
  const lines = (url: string) => [
    `Source: ${escapeHtml(url)}`,
    `Source: <a href="${escapeHtml(url)}">the original</a>`,
  ];

  test.each(PRIVATE)('Source: %s → a blocked-address error, never requested', async (url) => {
    for (const line of lines(url)) {
      const report = await checkClaim(url, line);
      const blocked = report.errors.filter((e) => e.code === 'blocked-address');
      expect(
        blocked.length,
        `${line}: errors ${JSON.stringify(report.errors)}; candidates ${JSON.stringify(report.candidates)}`,
      ).toBeGreaterThan(0);
      expect(blocked[0]?.message).toMatch(/not a public address/);
    }
  });

  test.each(PRIVATE_SITES)('Source: %s (a bare private origin) is never requested', async (url) => {
    for (const line of lines(url)) await checkClaim(url, line);
  });

  // A claimed bare origin goes to the site search, which must pass the refusal on rather than treat it as "not there".
  test.each(PRIVATE_SITES)('Source: %s (a bare private origin) is reported as blocked-address', async (url) => {
    const report = await checkClaim(url, lines(url)[0]!);
    expect(report.errors.some((e) => e.code === 'blocked-address')).toBe(true);
  });

  const ODD: [label: string, line: string][] = [
    ['javascript: link', 'Source: <a href="javascript:alert(document.cookie)">Harbourtown Observer</a>'],
    ['javascript: text', 'Source: javascript:alert(1)//www.harbourtown-observer.com/story.html'],
    ['data: link', 'Source: <a href="data:text/html,<script>alert(1)</script>">original</a>'],
    ['IDN homograph (Cyrillic а)', 'Source: https://www.hаrbourtown-observer.com/news/story.html'],
    [
      'IDN homograph (punycode)',
      'Source: <a href="https://xn--hrbourtown-observer-5nc.com/news/story.html">Harbourtown Observer</a>',
    ],
    ['10 000-character URL', `Source: https://www.harbourtown-observer.com/${'a/'.repeat(5_000)}story.html`],
    [
      '10 000-character link',
      `Source: <a href="https://www.harbourtown-observer.com/?q=${'%41'.repeat(3_400)}">original</a>`,
    ],
    ['credentials in the URL', 'Source: https://admin:secret@www.harbourtown-observer.com/news/story.html'],
    ['file: URL', 'Source: <a href="file:///etc/passwd">original</a>'],
    ['a port scan URL', 'Source: https://www.harbourtown-observer.com:22/news/story.html'],
  ];

  test.each(ODD)('%s → a sound report; only http(s) ever requested', async (label, line) => {
    const net = fakeNet({});
    const { report } = await timed(label, () => checkHtml(copyPage(line), COPY_URL, portsFor(net)));
    expectSoundReport(report);
    expect(report.verdict).not.toBe('copy');
    for (const u of net.calls) expect(u).toMatch(/^https?:\/\//);
    expect(net.calls.some((u) => u.includes('secret'))).toBe(false);
    // Links the report offers to the UI are http(s) only.
    for (const u of [report.original?.url, ...report.candidates.map((c) => c.url)])
      if (u) expect(u).toMatch(/^https?:\/\//);
    if (report.claimedSource?.includes(':')) expect(report.claimedSource).not.toMatch(/^(javascript|data|file):/i);
  });
});

describe('malformed robots.txt, sitemaps and feeds behind a named publisher', () => {
  const SITE = 'https://www.lakeside-post.com';
  const directory: PublisherDirectory = { lookup: async (name) => (/lakeside post/i.test(name) ? [SITE] : []) };
  const page = copyPage('Source: Lakeside Post');
  const deep = (n: number, open: string, close: string) => open.repeat(n) + close.repeat(n);
  const xml =
    (body: string, type = 'application/xml') =>
    () =>
      new Response(body, { status: 200, headers: { 'content-type': type } });
  const homepage = `<html><head><title>Lakeside Post</title><meta property="og:site_name" content="Lakeside Post"><link rel="alternate" type="application/rss+xml" href="${SITE}/feed.xml"></head><body><a href="${SITE}/news/a-story">A story</a></body></html>`;

  const cases: [label: string, routes: Record<string, Route>][] = [
    [
      'robots.txt of binary garbage',
      {
        [`${SITE}/robots.txt`]: () =>
          new Response(
            new Uint8Array(100_000).map((_, i) => (i * 31) % 256),
            { status: 200, headers: { 'content-type': 'text/plain' } },
          ),
      },
    ],
    [
      'robots.txt announcing private and bogus sitemaps',
      {
        [`${SITE}/robots.txt`]: xml(
          `User-agent: *\nSitemap: http://127.0.0.1/sitemap.xml\nSitemap: http://[::1]/s.xml\nSitemap: http://169.254.169.254/latest/meta-data\nSitemap: javascript:alert(1)\nSitemap: ${'x'.repeat(100_000)}\n`,
          'text/plain',
        ),
      },
    ],
    [
      'robots.txt of 200 000 Sitemap lines',
      { [`${SITE}/robots.txt`]: xml(`Sitemap: ${SITE}/s.xml\n`.repeat(200_000), 'text/plain') },
    ],
    [
      'a sitemap index that lists itself',
      {
        [`${SITE}/robots.txt`]: xml(`Sitemap: ${SITE}/index.xml`, 'text/plain'),
        [`${SITE}/index.xml`]: xml(
          `<?xml version="1.0"?><sitemapindex>${`<sitemap><loc>${SITE}/index.xml</loc></sitemap>`.repeat(1000)}</sitemapindex>`,
        ),
      },
    ],
    [
      'an unclosed sitemap',
      {
        [`${SITE}/sitemap.xml`]: xml(`<?xml version="1.0"?><urlset><url><loc>${SITE}/news/council-approves<url><loc>`),
      },
    ],
    [
      'a billion-laughs sitemap',
      {
        [`${SITE}/sitemap.xml`]: xml(
          `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><urlset><url><loc>&lol9;</loc><news:title>&lol9;</news:title></url></urlset>`,
        ),
      },
    ],
    [
      'a sitemap nested 50 000 deep',
      { [`${SITE}/sitemap.xml`]: xml(`<?xml version="1.0"?><urlset>${deep(50_000, '<url>', '</url>')}</urlset>`) },
    ],
    [
      'a sitemap of 200 000 URLs with javascript: and private locs',
      {
        [`${SITE}/sitemap.xml`]: xml(
          `<?xml version="1.0"?><urlset>${['javascript:alert(1)', 'http://127.0.0.1/news/council-approves-new-harbour-ferry-timetable', `${SITE}/news/x`].map((u) => `<url><loc>${u}</loc><news:news><news:title>Council approves new harbour ferry timetable</news:title></news:news></url>`).join('')}${`<url><loc>${SITE}/p</loc></url>`.repeat(200_000)}</urlset>`,
        ),
      },
    ],
    [
      'an RSS feed of garbage',
      {
        [`${SITE}/`]: () => html(homepage),
        [`${SITE}/feed.xml`]: xml(
          String.fromCharCode(...Array.from({ length: 50_000 }, (_, i) => (i * 131) % 256)),
          'application/rss+xml',
        ),
      },
    ],
    [
      'an RSS feed with an unclosed CDATA and huge titles',
      {
        [`${SITE}/`]: () => html(homepage),
        [`${SITE}/feed.xml`]: xml(
          `<rss><channel><item><title>${'Council '.repeat(100_000)}</title><link>http://[::1]/council-approves-new-harbour-ferry-timetable</link></item><item><title><![CDATA[Council approves`,
          'application/rss+xml',
        ),
      },
    ],
    [
      'an Atom feed with 100 000 entries',
      {
        [`${SITE}/`]: () => html(homepage),
        [`${SITE}/feed.xml`]: xml(
          `<feed xmlns="http://www.w3.org/2005/Atom">${'<entry><title>x</title><link href="/y"/></entry>'.repeat(100_000)}</feed>`,
          'application/atom+xml',
        ),
      },
    ],
    ['every file hangs', { [`${SITE}/robots.txt`]: hang, [`${SITE}/`]: hang, [`${SITE}/sitemap.xml`]: hang }],
  ];

  test.each(cases)('%s → the publisher stays unresolved, the check finishes', async (label, routes) => {
    const net = fakeNet(routes);
    const { report } = await timed(label, () => checkHtml(page, COPY_URL, portsFor(net, directory)));
    expectSoundReport(report);
    expect(report.verdict).toBe('suspected');
    expect(report.claimedSource).toBe('Lakeside Post');
    expect(hostsCalled(net).filter((h) => !/^www\.lakeside-post\.com$|^lakeside-post\.com$/.test(h))).toEqual([]);
  });
});

describe('pathological lines for the source-line and spam patterns', () => {
  const cases: [label: string, text: string][] = [
    ['200 000 characters of "Nguồn Nguồn Nguồn"', 'Nguồn '.repeat(33_000)],
    ['"Nguồn:" then 200 000 characters without a terminator', `Nguồn: ${'https://a'.repeat(22_000)}`],
    ['a million "a" without a terminator', 'a'.repeat(1_000_000)],
    ['"Source: " then a million "a"', `Source: ${'a'.repeat(1_000_000)}`],
    ['"Read more at" repeated', 'Read more at '.repeat(20_000)],
    ['"Theo" repeated', 'Theo '.repeat(40_000)],
    ['"来源：" repeated', '来源：'.repeat(60_000)],
    ['"Free WordPress Themes" repeated', 'Free WordPress Themes '.repeat(20_000)],
    ['"free" then a million spaces', `free${' '.repeat(1_000_000)}wordpress themes`],
    ['"download" and "firmware" 200 000 characters apart', `download ${'x '.repeat(100_000)} firmware`],
    ['"The post … appeared first on" with nothing closed', `The post ${'appeared first on '.repeat(15_000)}`],
    ['a million dots and dashes', '.-'.repeat(500_000)],
    ['"by " repeated', 'by '.repeat(100_000)],
    ['base64-looking run', `<span data-x="${'QUFB'.repeat(250_000)}">x</span>`],
    ['180 000 CJK letters without punctuation', '金沢市観光'.repeat(36_000)],
    ['150 000 Thai letters without spaces', 'สวัสดีครับ'.repeat(15_000)],
    ['"x\'" runs joined by apostrophes', `${"a'".repeat(100_000)}金`],
    ['atob() with a huge payload', `<script>document.write(atob('${'QUFB'.repeat(250_000)}'))</script>`],
  ];

  test.each(cases)('%s completes', async (label, text) => {
    const net = fakeNet({});
    for (const where of ['paragraph', 'footer', 'plain text'] as const) {
      const page =
        where === 'plain text'
          ? `A headline\n\n${ARTICLE.join('\n\n')}\n\n${text}\n`
          : where === 'paragraph'
            ? copyPage(text.startsWith('<') ? 'ok' : escapeHtml(text), text.startsWith('<') ? text : '')
            : copyPage('ok').replace('<footer>', `<footer><p>${text.startsWith('<') ? text : escapeHtml(text)}</p>`);
      const { report } = await timed(`${label} (${where})`, () =>
        checkHtml(page, COPY_URL, portsFor(net), where === 'plain text' ? { contentType: 'text/plain' } : {}),
      );
      expectSoundReport(report);
    }
  });
});
