import { expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { scanPage } from './scanPage.ts';

const P =
  '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>';
const ORIGINAL = 'https://baoangiang.com.vn/tiep-tuc-a359678.html';
const page = `<html><head><title>T</title><link rel="canonical" href="${ORIGINAL}"></head><body>
<article><h1>Tiếp tục</h1><div class="entry-content">${P}${P}${P}${P}<p>Nguồn thông tin : ${ORIGINAL}.</p></div></article>
<footer class="site-footer"><p>© 2024 Tin Nhanh</p><div style="display:none"><a href="https://free-themes.example/">Free WordPress Themes</a>, <a href="https://apk.example/">Free Android Games</a></div></footer>
</body></html>`;

test('every page finding says where it sits, in a code the UI can word, and how a hidden one was hidden', () => {
  const scan = scanPage(parseHTML(page).document as unknown as Document, 'https://tinnhanh-example24h.net/tiep-tuc/');
  const byKind = new Map(scan.signals.map((s) => [s.kind, s]));
  expect(byKind.get('source-line')?.place).toBe('article-end');
  expect(byKind.get('canonical')?.place).toBe('head');
  expect(byKind.get('spam-footer')?.place).toBe('footer');
  expect(byKind.get('spam-footer')?.hiddenBy).toBe('display:none');
});
