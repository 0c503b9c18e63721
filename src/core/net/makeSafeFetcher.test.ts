import { describe, expect, test } from 'vitest';
import { FetchError } from '../ports.ts';
import { makeSafeFetcher, type SafeFetchPolicy } from './makeSafeFetcher.ts';

const policy: SafeFetchPolicy = {
  timeoutMs: 2000,
  maxBytes: 1000,
  maxRedirects: 3,
  allowPrivate: false,
  redirect: 'manual',
};

type Route = (url: string, init: RequestInit) => Response | Promise<Response>;

/** A fake fetch over a table of routes; records every request it sees. */
function fakeFetch(routes: Record<string, Route>) {
  const seen: { url: string; init: RequestInit }[] = [];
  const impl = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    seen.push({ url, init });
    const route = routes[url];
    if (!route) throw new TypeError('fetch failed');
    return route(url, init);
  }) as typeof fetch;
  return { impl, seen };
}

const page =
  (body: BodyInit, type = 'text/html; charset=utf-8', status = 200): Route =>
  () =>
    new Response(body, { status, headers: { 'content-type': type } });
const redirect =
  (to: string, status = 302): Route =>
  () =>
    new Response(null, { status, headers: { location: to } });
const withUrl = (res: Response, url: string): Response => Object.defineProperty(res, 'url', { value: url });

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FetchError) return e;
    throw e;
  }
  throw new Error('expected a FetchError');
}

describe('makeSafeFetcher', () => {
  test('fetches a page without cookies, referrer or cache', async () => {
    const { impl, seen } = fakeFetch({ 'https://news.example.com/a': page('<p>Xin chào</p>') });
    const res = await makeSafeFetcher(impl, policy)('https://news.example.com/a');
    expect(res).toEqual({
      url: 'https://news.example.com/a',
      status: 200,
      contentType: 'text/html',
      text: '<p>Xin chào</p>',
    });
    expect(seen[0]?.init).toMatchObject({
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: 'manual',
    });
    expect(seen[0]?.init.signal).toBeInstanceOf(AbortSignal);
  });

  test('follows redirects itself, resolving relative Locations', async () => {
    const { impl, seen } = fakeFetch({
      'https://a.example.com/x': redirect('/y', 301),
      'https://a.example.com/y': redirect('https://b.example.com/z'),
      'https://b.example.com/z': page('ok', 'text/plain'),
    });
    const res = await makeSafeFetcher(impl, policy)('https://a.example.com/x');
    expect(res.url).toBe('https://b.example.com/z');
    expect(res.text).toBe('ok');
    expect(seen.map((s) => s.url)).toEqual([
      'https://a.example.com/x',
      'https://a.example.com/y',
      'https://b.example.com/z',
    ]);
  });

  test('stops a redirect loop', async () => {
    const { impl, seen } = fakeFetch({
      'https://a.example.com/1': redirect('/2'),
      'https://a.example.com/2': redirect('/1'),
    });
    const e = await failure(makeSafeFetcher(impl, policy)('https://a.example.com/1'));
    expect(e.code).toBe('too-many-redirects');
    expect(seen).toHaveLength(policy.maxRedirects + 1);
  });

  test.each([
    'http://127.0.0.1/admin',
    'http://169.254.169.254/latest/meta-data/',
    'http://[::1]/',
    'http://localhost:8080/',
    'file:///etc/passwd',
  ])('refuses a redirect hop to %s', async (to) => {
    const { impl, seen } = fakeFetch({ 'https://a.example.com/x': redirect(to) });
    const e = await failure(makeSafeFetcher(impl, policy)('https://a.example.com/x'));
    expect(['blocked-address', 'bad-url']).toContain(e.code);
    expect(seen).toHaveLength(1);
  });

  test('refuses a private first URL without a request', async () => {
    const { impl, seen } = fakeFetch({});
    const e = await failure(makeSafeFetcher(impl, policy)('http://10.0.0.1/'));
    expect(e.code).toBe('blocked-address');
    expect(seen).toHaveLength(0);
  });

  test("with redirect 'follow' checks the final URL", async () => {
    const { impl } = fakeFetch({
      'https://a.example.com/x': () =>
        withUrl(new Response('secret', { headers: { 'content-type': 'text/plain' } }), 'http://192.168.1.1/'),
    });
    const e = await failure(makeSafeFetcher(impl, { ...policy, redirect: 'follow' })('https://a.example.com/x'));
    expect(e.code).toBe('blocked-address');
  });

  test("with redirect 'follow' reports the final URL", async () => {
    const { impl, seen } = fakeFetch({
      'https://a.example.com/x': () =>
        withUrl(new Response('ok', { headers: { 'content-type': 'text/plain' } }), 'https://b.example.com/y'),
    });
    const res = await makeSafeFetcher(impl, { ...policy, redirect: 'follow' })('https://a.example.com/x');
    expect(res.url).toBe('https://b.example.com/y');
    expect(seen[0]?.init.redirect).toBe('follow');
  });

  test('rejects an oversize body while streaming', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(400).fill(97));
      },
    });
    const { impl } = fakeFetch({ 'https://a.example.com/big': page(body, 'text/html') });
    const e = await failure(makeSafeFetcher(impl, policy)('https://a.example.com/big'));
    expect(e.code).toBe('too-large');
    expect(pulled).toBeLessThan(10);
  });

  test('rejects a declared oversize body before reading it', async () => {
    const { impl } = fakeFetch({
      'https://a.example.com/big': () =>
        new Response('x', { headers: { 'content-type': 'text/html', 'content-length': '5000' } }),
    });
    expect((await failure(makeSafeFetcher(impl, policy)('https://a.example.com/big'))).code).toBe('too-large');
  });

  test('times out on a body that never ends, even when the stream ignores the signal', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('<p>start'));
      },
    });
    const { impl } = fakeFetch({ 'https://a.example.com/slow': page(body) });
    const started = Date.now();
    const e = await failure(makeSafeFetcher(impl, { ...policy, timeoutMs: 100 })('https://a.example.com/slow'));
    expect(e.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(1500);
  });

  test('times out on a server that never answers', async () => {
    const impl = ((_: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      )) as typeof fetch;
    expect((await failure(makeSafeFetcher(impl, { ...policy, timeoutMs: 50 })('https://a.example.com/'))).code).toBe(
      'timeout',
    );
  });

  test("honours the caller's abort signal", async () => {
    const controller = new AbortController();
    controller.abort();
    const { impl } = fakeFetch({ 'https://a.example.com/': page('x') });
    const e = await failure(makeSafeFetcher(impl, policy)('https://a.example.com/', { signal: controller.signal }));
    expect(e.code).toBe('network');
  });

  test.each([
    ['image/jpeg', 'unsupported-type'],
    ['application/pdf', 'unsupported-type'],
    ['application/octet-stream', 'unsupported-type'],
    ['video/mp4', 'unsupported-type'],
  ])('refuses %s', async (type, code) => {
    const { impl } = fakeFetch({ 'https://a.example.com/f': page('bytes', type) });
    expect((await failure(makeSafeFetcher(impl, policy)('https://a.example.com/f'))).code).toBe(code);
  });

  test.each([
    ['application/rss+xml', 'application/rss+xml'],
    ['application/atom+xml; charset=utf-8', 'application/atom+xml'],
    ['APPLICATION/XML', 'application/xml'],
    ['text/xml', 'text/xml'],
    ['application/xhtml+xml', 'application/xhtml+xml'],
    ['application/json', 'application/json'],
    ['text/plain; charset=UTF-8', 'text/plain'],
  ])('reads %s', async (header, type) => {
    const { impl } = fakeFetch({ 'https://a.example.com/f': page('<x/>', header) });
    expect((await makeSafeFetcher(impl, policy)('https://a.example.com/f')).contentType).toBe(type);
  });

  test.each([404, 410, 500, 503])('turns HTTP %i into an http error with the status', async (status) => {
    const { impl } = fakeFetch({ 'https://a.example.com/f': page('no', 'text/html', status) });
    const e = await failure(makeSafeFetcher(impl, policy)('https://a.example.com/f'));
    expect([e.code, e.status]).toEqual(['http', status]);
  });

  test('turns a network failure into a network error', async () => {
    const { impl } = fakeFetch({});
    expect((await failure(makeSafeFetcher(impl, policy)('https://unreachable.example.com/'))).code).toBe('network');
  });

  test.each([
    ['header charset', new Uint8Array([0x3c, 0x70, 0x3e, 0xe9, 0x74, 0xe9]), 'text/html; charset=iso-8859-1', '<p>été'],
    [
      'meta charset',
      concat('<meta charset="windows-1251"><p>', [0xcf, 0xf0, 0xe8]),
      'text/html',
      '<meta charset="windows-1251"><p>При',
    ],
    [
      'http-equiv',
      concat('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', [0x93, 0xfa]),
      'text/html',
      '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">日',
    ],
    [
      'xml declaration',
      concat('<?xml version="1.0" encoding="ISO-8859-2"?><t>', [0xb3]),
      'application/rss+xml',
      '<?xml version="1.0" encoding="ISO-8859-2"?><t>ł',
    ],
    ['default utf-8', new TextEncoder().encode('Nguồn thông tin'), 'text/plain', 'Nguồn thông tin'],
    ['unknown label falls back to utf-8', new TextEncoder().encode('ồ'), 'text/plain; charset=x-nonsense', 'ồ'],
    [
      'header beats meta',
      concat('<meta charset="windows-1251">', [0xc3, 0xa9]),
      'text/html; charset=utf-8',
      '<meta charset="windows-1251">é',
    ],
    [
      'meta utf-16 means utf-8',
      concat('<meta charset="utf-16">', [0xc3, 0xa9]),
      'text/html',
      '<meta charset="utf-16">é',
    ],
  ])('decodes by %s', async (_, bytes, type, text) => {
    const { impl } = fakeFetch({ 'https://a.example.com/c': page(bytes as BodyInit, type) });
    expect((await makeSafeFetcher(impl, policy)('https://a.example.com/c')).text).toBe(text);
  });

  test('guesses a missing content type from the text', async () => {
    const { impl } = fakeFetch({
      'https://a.example.com/n': () => new Response(new TextEncoder().encode('  <html><p>x')),
    });
    const res = await makeSafeFetcher(impl, policy)('https://a.example.com/n');
    expect(res.contentType).toBe('text/html');
  });
});

function concat(ascii: string, bytes: number[]): Uint8Array {
  return new Uint8Array([...new TextEncoder().encode(ascii), ...bytes]);
}
