import { describe, expect, test } from 'vitest';
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

describe('normalizeUrl', () => {
  test.each([
    ['https://baoangiang.com.vn/a-359678.html', 'http://baoangiang.com.vn/a-359678.html'],
    ['https://Example.COM/Path', 'https://example.com/Path'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['http://example.com:80/a', 'https://example.com/a'],
    ['https://example.com/a/', 'https://example.com/a'],
    ['https://example.com/a#comments', 'https://example.com/a'],
    ['https://example.com/a.html.', 'https://example.com/a.html'],
    ['https://example.com/a),', 'https://example.com/a'],
    ['https://example.com/', 'https://example.com'],
    ['//example.com/a', 'https://example.com/a'],
    ['  https://example.com/a  ', 'https://example.com/a'],
  ])('%s = %s', (a, b) => {
    expect(normalizeUrl(a)).toBe(normalizeUrl(b));
  });

  test.each([
    ['https://example.com/?p=1', 'https://example.com/?p=2'],
    ['https://example.com/a?p=1', 'https://example.com/a'],
    ['https://example.com:8080/a', 'https://example.com/a'],
    ['https://example.com/A', 'https://example.com/a'],
    ['https://www.example.com/a', 'https://example.com/a'],
  ])('%s ≠ %s', (a, b) => {
    expect(normalizeUrl(a)).not.toBe(normalizeUrl(b));
  });

  test.each(['not a url', 'ftp://example.com/a', 'mailto:x@example.com', ''])('%s has no key', (u) => {
    expect(normalizeUrl(u)).toBeNull();
  });
});
