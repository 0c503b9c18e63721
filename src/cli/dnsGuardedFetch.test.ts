import { describe, expect, test } from 'vitest';
import { dnsGuardedFetch } from './dnsGuardedFetch.ts';

const ok = (async () => new Response('ok')) as unknown as typeof fetch;
const resolvesTo = (...addresses: string[]) => async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

describe('dnsGuardedFetch', () => {
  test.each([['93.184.216.34'], ['2606:4700:4700::1111'], ['8.8.8.8', '2001:4860:4860::8888']])('lets a host resolving to %s through', async (...addresses) => {
    expect(await (await dnsGuardedFetch(ok, resolvesTo(...addresses))('https://news.example.com/')).text()).toBe('ok');
  });

  test.each([['127.0.0.1'], ['10.1.2.3'], ['::1'], ['fd00::5'], ['93.184.216.34', '192.168.1.1'], ['::ffff:169.254.169.254']])('refuses a host resolving to %s', async (...addresses) => {
    await expect(dnsGuardedFetch(ok, resolvesTo(...addresses))('https://rebind.example.com/')).rejects.toMatchObject({ code: 'blocked-address' });
  });

  test('a name that does not resolve is a network error', async () => {
    const fail = async () => {
      throw Object.assign(new Error('nope'), { code: 'ENOTFOUND' });
    };
    await expect(dnsGuardedFetch(ok, fail)('https://nowhere.example.com/')).rejects.toMatchObject({ code: 'network', message: expect.stringContaining('ENOTFOUND') });
  });

  test('IP literals are left to the URL policy (no lookup)', async () => {
    let looked = false;
    const lookup = async () => {
      looked = true;
      return [];
    };
    await dnsGuardedFetch(ok, lookup)('http://127.0.0.1:8080/');
    await dnsGuardedFetch(ok, lookup)('http://[::1]/');
    expect(looked).toBe(false);
  });
});
