import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { blockParagraphs } from './blockParagraphs.ts';

const root = (html: string): Element =>
  (parseHTML(`<html><body><div id="r">${html}</div></body></html>`).document as unknown as Document).getElementById(
    'r',
  )!;

describe('blockParagraphs', () => {
  test.each<[string, string, string[]]>([
    ['paragraphs and headings', '<h2>Phần hai</h2><p>Một  đoạn\n văn.</p>', ['Phần hai', 'Một đoạn văn.']],
    [
      'inline markup stays in its paragraph',
      '<p>A <b>bold</b> and <a href="#">linked</a> word.</p>',
      ['A bold and linked word.'],
    ],
    [
      'list items and quotes',
      '<ul><li>One</li><li>Two</li></ul><blockquote>Quoted</blockquote>',
      ['One', 'Two', 'Quoted'],
    ],
    [
      'table cells with captions',
      '<table><tr><td><img src="a.jpg"></td></tr><tr><td>Quang cảnh hội nghị</td></tr></table>',
      ['Quang cảnh hội nghị'],
    ],
    ['loose text between blocks', '<div>Loose text<p>Inner</p>tail</div>', ['Loose text', 'Inner', 'tail']],
    ['line breaks split', '<p>MỸ LINH<br>TRỌNG TÍN</p>', ['MỸ LINH', 'TRỌNG TÍN']],
    [
      'scripts, styles and forms are not text',
      '<p>Text<script>var x = 1;</script><style>p{}</style></p><button>Share</button>',
      ['Text'],
    ],
    ['empty blocks vanish', '<p> </p><div>\u00a0</div><p>Kept</p>', ['Kept']],
  ])('%s', (_, html, out) => {
    expect(blockParagraphs(root(html))).toEqual(out);
  });

  test('caps paragraphs and characters', () => {
    const html = Array.from({ length: 50 }, (_, i) => `<p>Paragraph number ${i}</p>`).join('');
    expect(blockParagraphs(root(html), { maxParagraphs: 10, maxChars: 1000 }).length).toBe(10);
    const capped = blockParagraphs(root(html), { maxParagraphs: 100, maxChars: 40 });
    expect(capped.join('').length).toBeLessThanOrEqual(40);
  });

  test('deep nesting does not overflow the stack', () => {
    const deep = `${'<div>'.repeat(5000)}<p>Deep</p>${'</div>'.repeat(5000)}`;
    expect(blockParagraphs(root(deep))).toEqual(['Deep']);
  });
});
