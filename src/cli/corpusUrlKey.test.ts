import { describe, expect, test } from 'vitest';
import { corpusUrlKey } from './corpusUrlKey.ts';

describe('corpusUrlKey', () => {
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
    expect(corpusUrlKey(a)).toBe(corpusUrlKey(b));
  });

  test.each([
    ['https://example.com/?p=1', 'https://example.com/?p=2'],
    ['https://example.com/a?p=1', 'https://example.com/a'],
    ['https://example.com:8080/a', 'https://example.com/a'],
    ['https://example.com/A', 'https://example.com/a'],
    ['https://www.example.com/a', 'https://example.com/a'],
  ])('%s ≠ %s', (a, b) => {
    expect(corpusUrlKey(a)).not.toBe(corpusUrlKey(b));
  });

  test.each(['not a url', 'ftp://example.com/a', 'mailto:x@example.com', ''])('%s has no key', (u) => {
    expect(corpusUrlKey(u)).toBeNull();
  });
});
