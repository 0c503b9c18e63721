import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { escapeHtml, textToDocument } from './textToDocument.ts';
import { extractArticle } from './extractArticle.ts';

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;

describe('textToDocument', () => {
  const capture = [
    '',
    'Tiếp tục thực hiện Quy chế dân chủ ở cơ sở',
    '',
    'by quoc_vu',
    '17 views',
    '',
    ' – Sáng 7/4, Thường trực Ban Chỉ đạo tổ chức Hội nghị <script>alert(1)</script> & tổng kết.',
    'A second line of the same paragraph.',
    '',
    'MỸ LINH – TRỌNG TÍN',
  ].join('\r\n');

  test('first line is the title and h1, blank-line blocks are paragraphs, markup stays text', () => {
    const doc = textToDocument(capture, 'https://archive.example/x', parse);
    expect(doc.title).toBe('Tiếp tục thực hiện Quy chế dân chủ ở cơ sở');
    expect(doc.querySelector('h1')?.textContent).toBe('Tiếp tục thực hiện Quy chế dân chủ ở cơ sở');
    const ps = [...doc.querySelectorAll('p')].map((p) => p.textContent);
    expect(ps).toEqual([
      'by quoc_vu\n17 views',
      '– Sáng 7/4, Thường trực Ban Chỉ đạo tổ chức Hội nghị <script>alert(1)</script> & tổng kết.\nA second line of the same paragraph.',
      'MỸ LINH – TRỌNG TÍN',
    ]);
    expect(doc.querySelectorAll('p')[0]?.querySelectorAll('br').length).toBe(1);
    expect(doc.querySelector('script')).toBeNull();
  });

  test('Readability reads the made document', () => {
    const body = Array.from({ length: 6 }, (_, i) =>
      `Paragraph ${i} of a long enough article text, with several words, commas, and sentences. `.repeat(3),
    ).join('\n\n');
    const doc = textToDocument(`A title\n\n${body}`, 'https://archive.example/y', parse);
    const a = extractArticle(doc, 'https://archive.example/y');
    expect(a.title).toBe('A title');
    expect(a.paragraphs.length).toBe(6);
  });

  test.each([
    ['<b>&"\'', '&lt;b&gt;&amp;&quot;&#39;'],
    ['plain', 'plain'],
  ])('escapeHtml(%s)', (input, out) => {
    expect(escapeHtml(input)).toBe(out);
  });
});
