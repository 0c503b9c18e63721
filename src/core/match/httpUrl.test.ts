import { expect, test } from 'vitest';
import { httpUrl } from './httpUrl.ts';

test.each([
  ['https://baoangiang.com.vn/tiep-tuc-a359678.html.', undefined, 'https://baoangiang.com.vn/tiep-tuc-a359678.html'],
  ['  https://a.example/x?y=1), ', undefined, 'https://a.example/x?y=1'],
  ['/rss/thoi-su.rss', 'https://bao.example/', 'https://bao.example/rss/thoi-su.rss'],
  ['//cdn.example/a.jpg', 'https://bao.example/', 'https://cdn.example/a.jpg'],
  ['javascript:alert(1)', undefined, null],
  ['data:image/png;base64,xx', 'https://bao.example/', null],
  ['/relative', undefined, null],
  ['not a url', undefined, null],
])('%s (base %s) → %s', (url, base, out) => {
  expect(httpUrl(url, base)).toBe(out);
});
