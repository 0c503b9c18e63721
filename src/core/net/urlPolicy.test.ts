import { describe, expect, test } from 'vitest';
import { checkFetchUrl, parseIpv6 } from './urlPolicy.ts';

const strict = { allowPrivate: false };

describe('checkFetchUrl', () => {
  test.each([
    'https://baoangiang.com.vn/tiep-tuc-a359678.html',
    'http://example.com/',
    'https://www.lemonde.fr/a/b?c=d#e',
    'https://8.8.8.8/',
    'https://93.184.216.34:8443/path',
    'https://[2606:4700:4700::1111]/',
    'https://[::ffff:8.8.8.8]/', // mapped, but to a public address
    'https://xn--nxasmq6b.com/',
    'https://sub.domain.co.uk./', // trailing dot on a public name
    'https://172.32.0.1/', // just outside 172.16/12
    'https://100.128.0.1/', // just outside 100.64/10
    'https://192.169.0.1/',
    'https://localhost.example.com/', // "localhost" as a label, not the suffix
    'https://mylocal.com/',
  ])('allows %s', (url) => {
    expect(checkFetchUrl(url, strict)).toMatchObject({ ok: true });
  });

  test.each([
    ['ftp://example.com/file', 'bad-url'],
    ['file:///etc/passwd', 'bad-url'],
    ['javascript:alert(1)', 'bad-url'],
    ['data:text/html,<p>x</p>', 'bad-url'],
    ['not a url', 'bad-url'],
    ['/relative/path', 'bad-url'],
    ['https://user:pass@example.com/', 'bad-url'],
    ['https://user@example.com/', 'bad-url'],
    ['http://127.0.0.1%2f@example.com/', 'bad-url'], // the "host" is really a user name
  ])('rejects %s as %s', (url, code) => {
    expect(checkFetchUrl(url, strict)).toMatchObject({ ok: false, code });
  });

  test.each([
    'http://127.0.0.1/',
    'http://127.0.0.1./',
    'http://127.1/',
    'http://0x7f.1/',
    'http://0x7f000001/',
    'http://2130706433/',
    'http://0177.0.0.1/',
    'http://%31%32%37.0.0.1/',
    'http://0/',
    'http://0.0.0.0:8080/',
    'http://10.0.0.5/',
    'http://10.255.255.255/',
    'http://172.16.0.1/',
    'http://172.31.255.255/',
    'http://192.168.1.1/',
    'http://169.254.169.254/latest/meta-data/', // cloud metadata
    'http://100.64.0.1/',
    'http://100.127.255.255/',
    'http://192.0.0.8/',
    'http://192.0.2.1/',
    'http://198.18.0.1/',
    'http://198.51.100.7/',
    'http://203.0.113.9/',
    'http://224.0.0.1/',
    'http://239.255.255.250/',
    'http://240.0.0.1/',
    'http://255.255.255.255/',
    'http://[::1]/',
    'http://[0:0:0:0:0:0:0:1]/',
    'http://[::]/',
    'http://[::ffff:127.0.0.1]/',
    'http://[::ffff:7f00:1]/',
    'http://[::ffff:10.1.2.3]/',
    'http://[::ffff:169.254.169.254]/',
    'http://[::127.0.0.1]/',
    'http://[64:ff9b::10.0.0.1]/',
    'http://[64:ff9b:1::1]/',
    'http://[2002:7f00:1::]/', // 6to4 of 127.0.0.1
    'http://[2002:c0a8:101::1]/', // 6to4 of 192.168.1.1
    'http://[fc00::1]/',
    'http://[fd12:3456:789a::1]/',
    'http://[fe80::1]/',
    'http://[febf::1]/',
    'http://[fec0::1]/',
    'http://[ff02::1]/',
    'http://[100::1]/',
    'http://[2001:db8::1]/',
    'http://[2001::1]/', // Teredo
    'http://[3fff::1]/',
    'http://localhost/',
    'http://LOCALHOST./',
    'http://localhost:3000/',
    'http://app.localhost/',
    'http://printer.local/',
    'http://metadata.google.internal/',
    'http://router.home.arpa/',
    'http://intranet/',
    'http://nas/',
    'http://foo.test/',
    'http://foo.invalid/',
  ])('blocks %s', (url) => {
    expect(checkFetchUrl(url, strict)).toMatchObject({ ok: false, code: 'blocked-address' });
  });

  test.each(['http://127.0.0.1:8080/', 'http://localhost/', 'http://[::1]/', 'http://192.168.0.10/'])(
    'allowPrivate lets %s through',
    (url) => {
      expect(checkFetchUrl(url, { allowPrivate: true })).toMatchObject({ ok: true });
    },
  );

  test.each(['ftp://127.0.0.1/', 'http://u:p@127.0.0.1/'])('allowPrivate still rejects %s', (url) => {
    expect(checkFetchUrl(url, { allowPrivate: true })).toMatchObject({ ok: false, code: 'bad-url' });
  });

  test('returns the parsed URL', () => {
    const r = checkFetchUrl('https://Example.COM/a', strict);
    expect(r.ok && r.url.href).toBe('https://example.com/a');
  });
});

describe('parseIpv6', () => {
  test.each([
    ['::1', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['::', [0, 0, 0, 0, 0, 0, 0, 0]],
    ['2001:db8::1', [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]],
    ['::ffff:127.0.0.1', [0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]],
    ['1:2:3:4:5:6:7:8', [1, 2, 3, 4, 5, 6, 7, 8]],
    ['fe80::1%eth0', [0xfe80, 0, 0, 0, 0, 0, 0, 1]],
  ])('%s', (text, groups) => {
    expect(parseIpv6(text)).toEqual(groups);
  });

  test.each(['1:2:3', '1::2::3', 'g::1', '1:2:3:4:5:6:7:8:9', '::1.2.3.256', '12345::'])('rejects %s', (text) => {
    expect(parseIpv6(text)).toBeNull();
  });
});

test('a blocked address says why', () => {
  expect(checkFetchUrl('http://0x7f.1/', strict)).toEqual({
    ok: false,
    code: 'blocked-address',
    reason: '127.0.0.1 is not a public address (loopback)',
  });
  expect(checkFetchUrl('http://[::ffff:10.0.0.1]/', strict)).toMatchObject({
    reason: '[::ffff:a00:1] is not a public address (private)',
  });
});
