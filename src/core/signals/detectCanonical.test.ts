import { expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { detectCanonical } from './detectCanonical.ts';

function run(head: string, url = 'https://tintuc-example-365.live/p_40851'): ReturnType<typeof detectCanonical> {
  const html = `<html><head>${head}</head><body><p>x</p></body></html>`;
  return detectCanonical(readPage(parseHTML(html).document as unknown as Document, url));
}

test.each([
  [
    'canonical to another site',
    '<link rel="canonical" href="https://baoangiang.com.vn/tiep-tuc-a359678.html">',
    'https://baoangiang.com.vn/tiep-tuc-a359678.html',
    1,
  ],
  [
    'og:url to another site',
    '<meta property="og:url" content="https://www.iab.com/news/lean">',
    'https://www.iab.com/news/lean',
    1,
  ],
  [
    'both',
    '<link rel="canonical" href="https://v8.dev/blog/wasm"><meta property="og:url" content="https://v8.dev/blog/wasm">',
    'https://v8.dev/blog/wasm',
    2,
  ],
  [
    'http canonical kept as given',
    '<link rel="canonical" href="http://www.businessinsider.com/super-mario-run-2016-11">',
    'http://www.businessinsider.com/super-mario-run-2016-11',
    1,
  ],
])('%s fires', (_name, head, claim, n) => {
  const r = run(head);
  expect(r.signals).toHaveLength(n);
  expect(r.claims[0]?.value).toBe(claim);
});

test.each([
  ['same-site canonical', '<link rel="canonical" href="https://tintuc-example-365.live/tiep-tuc/">'],
  ['relative canonical', '<link rel="canonical" href="/tiep-tuc/">'],
  ['www sub-domain of the same site', '<link rel="canonical" href="https://www.tintuc-example-365.live/tiep-tuc/">'],
  ['no canonical', '<title>x</title>'],
  ['javascript: canonical', '<link rel="canonical" href="javascript:alert(1)">'],
])('%s stays quiet', (_name, head) => {
  expect(run(head).signals).toEqual([]);
});

test('sister domain of one brand is normal', () => {
  expect(
    run('<link rel="canonical" href="https://www.bbc.co.uk/news/world-1">', 'https://www.bbc.com/news/world-1').signals,
  ).toEqual([]);
});

test("canonical at another site's homepage is weak and names no article", () => {
  const r = run('<link rel="canonical" href="https://example.org/">');
  expect(r.signals[0]?.strength).toBeLessThan(0.5);
  expect(r.claims).toEqual([]);
});
