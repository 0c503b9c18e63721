import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { SMALL_PAGE_CHARS, SMALL_PAGE_ELEMENTS, wholeSmallPage } from './wholeSmallPage.ts';

function page(body: string, head = ''): Document {
  const window = new Window({ url: 'https://news.example/2024/05/story.html' });
  window.document.write(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

const story =
  '<article><h1>Floods</h1><p class="lead">Residents were moved to safety before the river rose.</p></article>';
const dataBlock = (chars: number) => `<script type="application/json">{"s":"${'x'.repeat(chars)}"}</script>`;
const divs = (n: number) => '<div>a</div>'.repeat(n);

describe('wholeSmallPage', () => {
  test.each([
    ['a small article page', page(story), true],
    [
      'a small page whose data block is left out (over the cap only before trimming)',
      page(story + dataBlock(SMALL_PAGE_CHARS)),
      true,
    ],
    ['a page over the element budget', page(story + divs(SMALL_PAGE_ELEMENTS)), false],
    ['a page over the character cap once trimmed', page(`${story}<p>${'y'.repeat(SMALL_PAGE_CHARS)}</p>`), false],
  ])('%s: sent whole = %s', (_name, doc, whole) => {
    const html = wholeSmallPage(doc);
    expect(html !== null).toBe(whole);
    if (html === null) return;
    expect(html.length).toBeLessThanOrEqual(SMALL_PAGE_CHARS);
    expect(html).toContain('<p class="lead">Residents were moved to safety before the river rose.</p>');
    expect(html).not.toContain('xxxx');
  });
});
