import { expect, test } from 'vitest';
import { stripTrailingPunctuation } from './stripTrailingPunctuation.ts';

test.each([
  ['https://x.vn/a.html.', 'https://x.vn/a.html'],
  ['https://x.vn/a/),', 'https://x.vn/a/'],
  ['https://x.vn/a。', 'https://x.vn/a'],
  ['https://x.vn/a', 'https://x.vn/a'],
  // An ellipsis after a URL written out ("Source: https://…/a.html…") is not part of it.
  ['https://x.vn/a.html…', 'https://x.vn/a.html'],
  ['https://x.vn/a-b_c', 'https://x.vn/a-b_c'],
])('stripTrailingPunctuation(%s)', (raw, out) => {
  expect(stripTrailingPunctuation(raw)).toBe(out);
});
