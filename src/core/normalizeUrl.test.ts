import { expect, test } from 'vitest';
import { normalizeUrl, sameUrl } from './normalizeUrl.ts';

test.each([
  ['https://Example.COM/a/b/', 'example.com/a/b'],
  ['http://example.com:80/a?x=1#frag', 'example.com/a?x=1'],
  ['https://baoangiang.com.vn/x-a359678.html.', 'baoangiang.com.vn/x-a359678.html'],
  ['https://example.com:8443/a', 'example.com:8443/a'],
  ['javascript:alert(1)', null],
  ['not a url', null],
])('normalizeUrl(%s)', (raw, expected) => {
  expect(normalizeUrl(raw)).toBe(expected);
});

test('http and https of one page are the same page', () => {
  expect(sameUrl('http://a.example/x/', 'https://a.example/x')).toBe(true);
  expect(sameUrl('https://a.example/x?p=1', 'https://a.example/x?p=2')).toBe(false);
});
