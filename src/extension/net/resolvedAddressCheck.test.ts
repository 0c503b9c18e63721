import { describe, expect, test } from 'vitest';
import { resolvedAddressProblem, type DnsApi } from './resolvedAddressCheck.ts';

const dnsOf = (answers: Record<string, string[]>): DnsApi & { asked: string[] } => {
  const asked: string[] = [];
  return {
    asked,
    resolve: async (host) => {
      asked.push(host);
      return { addresses: answers[host] ?? [] };
    },
  };
};

const DNS = dnsOf({
  'news.com': ['93.184.216.34'],
  'v6.news.com': ['2606:2800:220:1::1'],
  'rebound.news.com': ['127.0.0.1'],
  'intranet.news.com': ['10.1.2.3'],
  'mixed.news.com': ['93.184.216.34', '192.168.1.1'],
  'link-local.news.com': ['169.254.169.254'],
  'ula.news.com': ['fd00::1'],
  'v6-loopback.news.com': ['::1'],
});

describe('resolvedAddressProblem', () => {
  test.each([
    ['public v4', 'https://news.com/a', false, null],
    ['public v6', 'https://v6.news.com/a', false, null],
    ['loopback', 'https://rebound.news.com/a', false, /127\.0\.0\.1.*loopback/],
    ['private', 'http://intranet.news.com/a', false, /10\.1\.2\.3.*private/],
    ['one private answer among public ones', 'https://mixed.news.com/', false, /192\.168\.1\.1/],
    ['cloud metadata (link-local)', 'http://link-local.news.com/', false, /link-local/],
    ['IPv6 unique local', 'https://ula.news.com/', false, /fd00::1/],
    ['IPv6 loopback', 'https://v6-loopback.news.com/', false, /::1/],
    ['no address', 'https://gone.news.com/', false, /no address/],
    ['test build: loopback on the default port (the test web)', 'https://rebound.news.com/a', true, null],
    ['test build: loopback on another port stays refused', 'https://rebound.news.com:8081/a', true, /loopback/],
    ['test build: private stays refused', 'https://intranet.news.com/a', true, /private/],
  ])('%s', async (_, url, testBuild, want) => {
    const why = await resolvedAddressProblem(DNS, new URL(url), { loopbackOnDefaultPorts: testBuild });
    if (want === null) expect(why).toBeNull();
    else expect(why).toMatch(want);
  });

  test('an IP literal is left to the URL policy, without a lookup', async () => {
    const dns = dnsOf({});
    expect(
      await resolvedAddressProblem(dns, new URL('http://93.184.216.34/'), { loopbackOnDefaultPorts: false }),
    ).toBeNull();
    expect(
      await resolvedAddressProblem(dns, new URL('http://[2606:2800::1]/'), { loopbackOnDefaultPorts: false }),
    ).toBeNull();
    expect(dns.asked).toEqual([]);
  });
});
