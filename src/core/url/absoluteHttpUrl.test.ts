import { expect, test } from 'vitest';
import { absoluteHttpUrl } from './absoluteHttpUrl.ts';

test.each([
  ['/a/b', 'https://site.com/x/', 'https://site.com/a/b'],
  ['javascript:alert(1)', 'https://site.com/', null],
  ['mailto:a@b.c', 'https://site.com/', null],
  ['#top', 'https://site.com/', null],
  ['//cdn.site.com/i.png', 'https://site.com/', 'https://cdn.site.com/i.png'],
])('absoluteHttpUrl(%s)', (href, base, out) => {
  expect(absoluteHttpUrl(href, base)).toBe(out);
});
