import { expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { scanPage } from './scanPage.ts';

// The seed case as the scraper served it: WordPress theme, "by quoc_vu", source line as text with a trailing dot,
// and the nulled-theme footer.
const SEED = `<html lang="vi"><head><title>Tiếp tục thực hiện Quy chế dân chủ – Tin Nhanh</title>
<link rel="canonical" href="https://tinnhanh-tonghop24h.net/tiep-tuc/"></head><body>
<header id="masthead"><p class="site-title"><a href="https://tinnhanh-tonghop24h.net/">Tin Nhanh</a></p></header>
<article><header><h1 class="entry-title">Tiếp tục thực hiện Quy chế dân chủ</h1>
<div class="meta"><span class="td-post-author-name">by <a href="https://tinnhanh-tonghop24h.net/author/quoc_vu/">quoc_vu</a></span> <span>17 views</span></div></header>
<div class="td-post-content"><p>(AGO) – Sáng 7/4, Thường trực Ban Chỉ đạo Quy chế dân chủ ở cơ sở tỉnh An Giang tổ chức Hội nghị tổng kết.</p>
<figure><img src="https://baoangiang.com.vn/image/upload/hoi-nghi-1.jpg"><figcaption>Quang cảnh hội nghị</figcaption></figure>
<p>Năm 2022, Quy chế dân chủ ở cơ sở tiếp tục được các cơ quan, đơn vị triển khai thực hiện nghiêm túc.</p>
<p>MỸ LINH – TRỌNG TÍN</p>
<p>Nguồn thông tin : https://baoangiang.com.vn/tiep-tuc-a359678.html.</p></div></article>
<footer id="colophon"><div>© 2023 Tin Nhanh. <a href="https://www.themesfreedl-nulled.com/" rel="dofollow">Free WordPress Themes</a>, <a href="https://www.androidgamesapk-free.net/" rel="dofollow">Free Android Games</a></div></footer>
</body></html>`;

test('scanPage runs every detector on the seed copy', () => {
  const scan = scanPage(parseHTML(SEED).document as unknown as Document, 'https://tinnhanh-tonghop24h.net/tiep-tuc/');
  expect(scan.signals.map((s) => s.kind).sort()).toEqual(['hotlinked-media', 'source-line', 'spam-footer']);
  expect(scan.claims[0]).toEqual({
    value: 'https://baoangiang.com.vn/tiep-tuc-a359678.html',
    type: 'url',
    via: 'source-line',
  });
  expect(scan.hotlinkHosts).toEqual(['baoangiang.com.vn']);
  expect(scan.poster).toBe('quoc_vu');
  expect(scan.page.site).toBe('tinnhanh-tonghop24h.net');
});

test('an ordinary article page yields nothing', () => {
  const html =
    '<html><head><link rel="canonical" href="https://www.example-news.com/a/1"></head><body><article><h1>T</h1><p class="byline">By Jane Doe</p><div class="story-body"><p>Text of the story, long enough to be the article body of the page.</p><p>More text.</p></div></article><footer><p>Powered by WordPress | Theme by Example Themes</p></footer></body></html>';
  const scan = scanPage(parseHTML(html).document as unknown as Document, 'https://www.example-news.com/a/1');
  expect(scan.signals).toEqual([]);
  expect(scan.claims).toEqual([]);
});

test('a hostile page (thousands of links, long scripts, deep nesting) stays bounded', () => {
  const script = `<script>var a="${'free download '.repeat(1500)}";</script>`.repeat(40);
  const links = Array.from(
    { length: 3000 },
    (_, i) => `<p><a href="https://x${i}.com/a">Free WordPress Themes ${i}</a> <a href="https://x${i}.com/">h</a></p>`,
  ).join('');
  const html = `<html><head><title>T</title></head><body>${script}${links}${'<div>'.repeat(200)}${'Source: '.repeat(5000)}${'</div>'.repeat(200)}</body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  const t0 = Date.now();
  scanPage(doc, 'https://a.example.com/x');
  // Generous: shared CI machines are slow; the point is "no blow-up", not a benchmark.
  expect(Date.now() - t0).toBeLessThan(10_000);
});

test("claimed URLs lose feed campaign parameters (the publisher's own URL has none)", () => {
  const html =
    '<html><head><link rel="canonical" href="https://v8.dev/blog/wasm?utm_source=rss&amp;utm_medium=rss"></head><body><article><p>Text long enough to be an article body, or close to it anyway.</p></article></body></html>';
  const scan = scanPage(parseHTML(html).document as unknown as Document, 'https://copy-site-news24.xyz/wasm/');
  expect(scan.claims.map((c) => c.value)).toEqual(['https://v8.dev/blog/wasm']);
});
