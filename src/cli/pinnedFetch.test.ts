import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { makeSafeFetcher } from '../core/net/makeSafeFetcher.ts';
import { NETWORK_POLICY } from './nodePorts.ts';
import { guardedLookup, pinnedFetch, type Resolve } from './pinnedFetch.ts';

// A loopback server standing for an intranet host that a public name resolves to (DNS rebinding, split horizon).
let server: http.Server;
let port = 0;
const received: string[] = [];
beforeAll(async () => {
  server = http.createServer((req, res) => {
    received.push(req.url ?? '');
    if (req.url === '/hop') res.writeHead(302, { location: `http://other.example.com:${port}/secret` }).end();
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<p>secret</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** A resolver that answers every name with these addresses, counting how often it was asked. */
function resolver(...addresses: string[]): Resolve & { calls: string[] } {
  const calls: string[] = [];
  const resolve = ((host, callback) => {
    calls.push(host);
    callback(
      null,
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    );
  }) as Resolve & { calls: string[] };
  resolve.calls = calls;
  return resolve;
}

describe('pinnedFetch: the connection only reaches what its own lookup checked', () => {
  test.each([
    ['127.0.0.1'],
    ['10.1.2.3'],
    ['::1'],
    ['fd00::5'],
    ['93.184.216.34', '192.168.1.1'],
    ['::ffff:169.254.169.254'],
  ])('refuses a public name resolving to %s, and nothing is sent', async (...addresses) => {
    const before = received.length;
    const fetcher = makeSafeFetcher(pinnedFetch(resolver(...addresses)), { ...NETWORK_POLICY, allowPrivate: false });
    await expect(fetcher(`http://rebind.example.com:${port}/page`)).rejects.toMatchObject({ code: 'blocked-address' });
    expect(received.length).toBe(before);
  });

  test('a redirect hop to a name resolving to a private address is refused before its request', async () => {
    const before = received.length;
    // The first name is let through (as a public host would be); the hop's name resolves to loopback.
    const resolve: Resolve = (_host, callback) => callback(null, [{ address: '127.0.0.1', family: 4 }]);
    const allowFirst = (a: { address: string }) => (a.address === '127.0.0.1' && seen++ > 0 ? 'loopback' : null);
    let seen = 0;
    const fetcher = makeSafeFetcher(pinnedFetch(resolve, allowFirst), { ...NETWORK_POLICY, allowPrivate: false });
    await expect(fetcher(`http://public.example.com:${port}/hop`)).rejects.toMatchObject({ code: 'blocked-address' });
    expect(received.slice(before)).toEqual(['/hop']);
  });

  test('the address checked is the address connected to: one lookup per connection, no second one', async () => {
    const resolve = resolver('127.0.0.1');
    const anyAddress = () => null; // Stands for a public answer: this test is about where the connection goes.
    const res = await pinnedFetch(resolve, anyAddress)(`http://pinned.example.com:${port}/page`);
    expect(await res.text()).toBe('<p>secret</p>');
    expect(resolve.calls).toEqual(['pinned.example.com']);
  });

  test('a lookup error passes through as a network failure', async () => {
    const lookup = guardedLookup((host, cb) =>
      cb(Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' }), []),
    );
    const error = await new Promise((resolve) => lookup('nowhere.example.com', { all: true }, (e) => resolve(e)));
    expect(error).toMatchObject({ code: 'ENOTFOUND' });
    const fetcher = makeSafeFetcher(
      pinnedFetch((_host, cb) => cb(Object.assign(new Error('nope'), { code: 'ENOTFOUND' }), [])),
      { ...NETWORK_POLICY, allowPrivate: false },
    );
    await expect(fetcher('http://nowhere.example.com/')).rejects.toMatchObject({ code: 'network' });
  });
});
