import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractArticle } from './extractArticle.ts';

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;
const para = (n: number, lang = 'en'): string =>
  lang === 'vi'
    ? `Đoạn ${n}: Thường trực Ban Chỉ đạo Quy chế dân chủ ở cơ sở tỉnh An Giang tổ chức Hội nghị tổng kết, đánh giá kết quả việc thực hiện trong năm qua, với nhiều ý kiến đóng góp.`
    : `Paragraph ${n}: the council met on Tuesday to discuss the budget, and members said that the schools would receive more money next year, according to the report.`;

function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tiêu đề bài | Báo An Giang</title>${head}</head><body>
  <nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li></ul></nav>${body}
  <footer>Free WordPress Themes, Free Android Games</footer></body></html>`;
}

describe('extractArticle', () => {
  test('reads title, byline, site, date, language and block paragraphs with Readability on linkedom', () => {
    const head = `<meta property="og:site_name" content="Báo An Giang"><meta property="article:published_time" content="2023-04-07T10:35:00+07:00">
      <meta name="author" content="Mỹ Linh, Trọng Tín">`;
    const body = `<article><h1>Tiêu đề bài</h1>
      <p>${para(1, 'vi')}</p><figure><img src="https://x.example/a.jpg"><figcaption>Quang cảnh hội nghị</figcaption></figure>
      <p>${para(2, 'vi')}</p><ul><li>${para(3, 'vi')}</li></ul><blockquote>${para(4, 'vi')}</blockquote>
      <h2>Phần hai</h2><p>${para(5, 'vi')}<br>${para(6, 'vi')}</p></article>`;
    const doc = parse(page(body, head));
    const before = doc.body.innerHTML;
    const a = extractArticle(doc, 'https://baoangiang.com.vn/x.html');
    expect(doc.body.innerHTML).toBe(before); // Readability worked on a clone.
    expect(a.siteName).toBe('Báo An Giang');
    expect(a.byline).toBe('Mỹ Linh, Trọng Tín');
    expect(a.published).toBe('2023-04-07T10:35:00+07:00');
    expect(a.lang).toBe('vi');
    expect(a.paragraphs).toContain('Quang cảnh hội nghị');
    expect(a.paragraphs).toContain('Phần hai');
    expect(a.paragraphs.filter((p) => p.startsWith('Đoạn')).length).toBe(6);
    expect(a.paragraphs.join(' ')).not.toContain('Free WordPress Themes');
    expect(a.text).toBe(a.paragraphs.join('\n\n'));
    expect(a.words).toBeGreaterThan(150);
  });

  test('keeps the lines of a byline apart', () => {
    const body = `<article><div class="byline">By Nathan Willis
      March 25, 2015</div>${[1, 2, 3, 4, 5].map((n) => `<p>${para(n)}</p>`).join('')}</article>`;
    const a = extractArticle(parse(page(body)), 'https://lwn.example/a');
    expect(a.byline).toBe('By Nathan Willis\nMarch 25, 2015');
  });

  test('falls back to the largest text container when Readability finds no article', () => {
    const doc = parse('<html><body><div><p>Short one.</p><p>Short two.</p></div></body></html>');
    const a = extractArticle(doc, 'https://x.example/');
    expect(a.paragraphs).toEqual(['Short one.', 'Short two.']);
    expect(a.words).toBe(4);
  });

  test('an empty document gives an empty article', () => {
    const a = extractArticle(parse('<html><body></body></html>'), 'https://x.example/');
    expect(a.paragraphs).toEqual([]);
    expect(a.words).toBe(0);
  });

  test('caps the text of a huge page', () => {
    const huge = `<article>${Array.from({ length: 5000 }, (_, i) => `<p>${para(i)}</p>`).join('')}</article>`;
    const a = extractArticle(parse(page(huge)), 'https://x.example/');
    expect(a.paragraphs.length).toBeLessThanOrEqual(2000);
    expect(a.text.length).toBeLessThanOrEqual(200_000 + 2 * 2000);
  });

  test('drops scripts and styles from the text', () => {
    const body = `<article>${[1, 2, 3, 4].map((n) => `<p>${para(n)}<script>var leak = 1;</script><style>.x{}</style></p>`).join('')}</article>`;
    const a = extractArticle(parse(page(body)), 'https://x.example/');
    expect(a.text).not.toContain('leak');
  });
});
