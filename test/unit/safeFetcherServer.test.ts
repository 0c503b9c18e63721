import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FetchError } from '../../src/core/ports.ts';
import { makeSafeFetcher, type SafeFetchPolicy } from '../../src/core/net/makeSafeFetcher.ts';

// The safe fetcher against a real HTTP server on 127.0.0.1 and Node's own fetch (core's table-driven tests use a
// fake fetch; this one lives outside core because it needs node:http).
const policy: SafeFetchPolicy = {
  timeoutMs: 2000,
  maxBytes: 1000,
  maxRedirects: 3,
  allowPrivate: false,
  redirect: 'manual',
};

async function failure(p: Promise<unknown>): Promise<FetchError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof FetchError) return e;
    throw e;
  }
  throw new Error('expected a FetchError');
}

describe('makeSafeFetcher over a real local server', () => {
  let server: http.Server;
  let base = '';
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url === '/moved') {
        res.writeHead(302, { location: '/page' });
        res.end();
      } else if (req.url === '/page') {
        res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' });
        res.end(Buffer.from([0x3c, 0x70, 0x3e, 0x93, 0x71, 0x94]));
      } else if (req.url === '/cookie') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end(`cookie=${req.headers.cookie ?? ''};referer=${req.headers.referer ?? ''}`);
      } else if (req.url === '/huge') {
        res.writeHead(200, { 'content-type': 'text/html' });
        const timer = setInterval(() => res.write('x'.repeat(512)), 5);
        res.on('close', () => clearInterval(timer));
      } else {
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('nope');
      }
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  });

  const local = { ...policy, allowPrivate: true, maxBytes: 4096 };

  test('follows a redirect and decodes windows-1252', async () => {
    const res = await makeSafeFetcher(fetch, local)(`${base}/moved`);
    expect(res).toMatchObject({ url: `${base}/page`, status: 200, contentType: 'text/html', text: '<p>\u201cq\u201d' });
  });

  test('sends no cookie or referrer', async () => {
    expect((await makeSafeFetcher(fetch, local)(`${base}/cookie`)).text).toBe('cookie=;referer=');
  });

  test('cuts an endless body at the cap', async () => {
    expect((await failure(makeSafeFetcher(fetch, local)(`${base}/huge`))).code).toBe('too-large');
  });

  test('reports a 404', async () => {
    expect((await failure(makeSafeFetcher(fetch, local)(`${base}/missing`))).status).toBe(404);
  });

  test('the same server is blocked without allowPrivate', async () => {
    expect((await failure(makeSafeFetcher(fetch, policy)(`${base}/page`))).code).toBe('blocked-address');
  });
});
