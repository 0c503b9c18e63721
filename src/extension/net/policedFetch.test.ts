import { describe, expect, test } from 'vitest';
import { makeSafeFetcher } from '../../core/net/makeSafeFetcher.ts';
import { FetchError } from '../../core/ports.ts';
import { policedFetch, supportsTargetAddressSpace } from './policedFetch.ts';
import { redirectLocations, type RequestDetails, type WebRequestApi } from './redirectLocations.ts';

/**
 * A browser as the extension sees it: a manual redirect answers an opaque response, and the redirect's status and
 * Location (or a network error) arrive separately on webRequest, a little later.
 */
function fakeBrowser(web: Record<string, { status: number; location?: string; body?: string; error?: string }>) {
  const listeners: Record<string, (d: RequestDetails) => void> = {};
  const api: WebRequestApi = {
    onHeadersReceived: {
      addListener: (l) => {
        listeners.headers = l;
      },
    },
    onErrorOccurred: {
      addListener: (l) => {
        listeners.error = l;
      },
    },
  };
  const requested: { url: string; init: RequestInit }[] = [];
  const fetch = (async (input: string, init: RequestInit) => {
    requested.push({ url: input, init });
    const page = web[input] ?? { status: 404, body: 'not found' };
    const d = { url: input, tabId: -1, initiator: 'chrome-extension://abc' };
    if (page.error) {
      setTimeout(() => listeners.error?.({ ...d, error: page.error }), 5);
      throw new TypeError('Failed to fetch');
    }
    if (page.location !== undefined) {
      setTimeout(
        () =>
          listeners.headers?.({
            ...d,
            statusCode: page.status,
            responseHeaders: [{ name: 'location', value: page.location }],
          }),
        5,
      );
      return { type: 'opaqueredirect', status: 0, url: input, headers: new Headers(), body: null } as Response;
    }
    return new Response(page.body ?? '', { status: page.status, headers: { 'content-type': 'text/html' } });
  }) as unknown as typeof globalThis.fetch;
  const redirects = redirectLocations(api, 'chrome-extension://abc/');
  return { fetch, redirects, requested };
}

const POLICY = {
  timeoutMs: 5_000,
  maxBytes: 100_000,
  maxRedirects: 5,
  allowPrivate: false,
  redirect: 'manual' as const,
};

function chain(n: number): Record<string, { status: number; location?: string; body?: string }> {
  const web: Record<string, { status: number; location?: string; body?: string }> = {};
  for (let i = 0; i < n; i++) web[`https://news.com/r${i}`] = { status: 302, location: `/r${i + 1}` };
  web[`https://news.com/r${n}`] = { status: 200, body: '<p>end</p>' };
  return web;
}

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FetchError) return e;
    throw e;
  }
  throw new Error('expected a FetchError');
}

describe('policedFetch under the safe fetcher', () => {
  test('follows redirects hop by hop, relative Locations included, and asks for a public target every time', async () => {
    const b = fakeBrowser(chain(3));
    const fetcher = makeSafeFetcher(policedFetch({ ...b, targetAddressSpace: true }), POLICY);
    const res = await fetcher('https://news.com/r0');
    expect(res.url).toBe('https://news.com/r3');
    expect(res.text).toContain('end');
    expect(b.requested.map((r) => r.url)).toEqual([0, 1, 2, 3].map((i) => `https://news.com/r${i}`));
    for (const r of b.requested) expect(r.init).toMatchObject({ redirect: 'manual', targetAddressSpace: 'public' });
  });

  test.each([
    [5, 'ok'],
    [6, 'too-many-redirects'],
    [10, 'too-many-redirects'],
  ])('a chain of %i redirects: %s, and no request past the limit', async (n, want) => {
    const b = fakeBrowser(chain(n));
    const fetcher = makeSafeFetcher(policedFetch({ ...b, targetAddressSpace: true }), POLICY);
    if (want === 'ok') expect((await fetcher('https://news.com/r0')).url).toBe(`https://news.com/r${n}`);
    else expect((await failure(fetcher('https://news.com/r0'))).message).toBe('more than 5 redirects');
    expect(b.requested.length).toBe(Math.min(n, 5) + 1);
  });

  test.each([
    ['a loopback literal', 'http://127.0.0.1:8080/admin'],
    ['an intranet name', 'http://wiki.intranet/'],
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data/'],
    ['another scheme', 'file:///etc/passwd'],
  ])('a redirect to %s is refused before any request is sent to it', async (_, target) => {
    const b = fakeBrowser({ 'https://news.com/a': { status: 301, location: target } });
    const fetcher = makeSafeFetcher(policedFetch({ ...b, targetAddressSpace: true }), POLICY);
    const e = await failure(fetcher('https://news.com/a'));
    expect(['blocked-address', 'bad-url']).toContain(e.code);
    expect(b.requested.map((r) => r.url)).toEqual(['https://news.com/a']);
  });

  test('Firefox: a host that resolves to a private address is refused before the request, on every hop', async () => {
    const b = fakeBrowser({
      'https://news.com/a': { status: 302, location: 'https://rebound.news.com/secret' },
      'https://rebound.news.com/secret': { status: 200, body: 'secret' },
    });
    const checkAddress = async (url: URL) =>
      url.hostname === 'rebound.news.com' ? 'rebound.news.com resolves to 127.0.0.1' : null;
    const fetcher = makeSafeFetcher(policedFetch({ ...b, checkAddress, targetAddressSpace: false }), POLICY);
    const e = await failure(fetcher('https://news.com/a'));
    expect(e.code).toBe('blocked-address');
    expect(e.message).toContain('127.0.0.1');
    expect(b.requested.map((r) => r.url)).toEqual(['https://news.com/a']);
    expect(b.requested[0]?.init).not.toHaveProperty('targetAddressSpace');
  });

  test('a refused connection says what the browser saw', async () => {
    const b = fakeBrowser({ 'https://rebound.news.com/': { status: 0, error: 'net::ERR_FAILED' } });
    const e = await failure(
      makeSafeFetcher(policedFetch({ ...b, targetAddressSpace: true }), POLICY)('https://rebound.news.com/'),
    );
    expect(e.code).toBe('network');
    expect(e.message).toMatch(/net::ERR_FAILED.*not public/);
  });

  test('a redirect whose Location never shows is an error, not a guess', async () => {
    const b = fakeBrowser({});
    const silent = (async () =>
      ({ type: 'opaqueredirect', status: 0, url: '', headers: new Headers(), body: null }) as Response) as typeof fetch;
    const e = await failure(
      makeSafeFetcher(policedFetch({ ...b, fetch: silent, targetAddressSpace: false }), POLICY)('https://news.com/a'),
    );
    expect(e.message).toMatch(/redirect whose target/);
  }, 10_000);
});

describe('supportsTargetAddressSpace', () => {
  test.each([
    ['a Request that ignores the option', class extends Request {}, true],
    [
      'a Request that rejects the value',
      class {
        constructor() {
          throw new TypeError('bad enum');
        }
      },
      false,
    ],
  ])('%s', (_, ctor, want) => {
    expect(supportsTargetAddressSpace(ctor as unknown as typeof Request)).toBe(want);
  });
});
