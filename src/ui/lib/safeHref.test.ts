import { describe, expect, test } from 'vitest';
import { safeHref } from './safeHref.ts';

describe('safeHref', () => {
  test.each([
    ['https://baoangiang.com.vn/tiep-tuc-a359678.html', 'https://baoangiang.com.vn/tiep-tuc-a359678.html'],
    ['http://example.com', 'http://example.com/'],
    ['  https://example.com/a?b=1#c  ', 'https://example.com/a?b=1#c'],
    ['HTTPS://EXAMPLE.COM/Path', 'https://example.com/Path'],
    ['https://例え.jp/記事', 'https://xn--r8jz45g.jp/%E8%A8%98%E4%BA%8B'],
  ])('keeps %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });

  test.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    [' javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['chrome://settings'],
    ['ftp://example.com/'],
    ['//example.com/no-scheme'],
    ['/relative/path'],
    ['not a url'],
    [''],
    ['https://bank.example@evil.example/'],
    ['https://' + 'a'.repeat(3000) + '.com/'],
  ])('rejects %s', (input) => {
    expect(safeHref(input)).toBeNull();
  });

  test.each([[null], [undefined]])('rejects %s', (input) => {
    expect(safeHref(input)).toBeNull();
  });
});
