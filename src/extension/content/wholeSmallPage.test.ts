import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { SMALL_PAGE_CHARS, SMALL_PAGE_ELEMENTS, SMALL_PAGE_SERVED_BYTES, wholeSmallPage } from './wholeSmallPage.ts';

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
    ['a small article page', page(story), 0, true],
    ['a small article page, its size as served known', page(story), SMALL_PAGE_SERVED_BYTES, true],
    ['a small page served bigger than the limit', page(story), SMALL_PAGE_SERVED_BYTES + 1, false],
    [
      'a small page whose data block is left out (over the cap only before trimming)',
      page(story + dataBlock(SMALL_PAGE_CHARS)),
      0,
      true,
    ],
    ['a page over the element budget', page(story + divs(SMALL_PAGE_ELEMENTS)), 0, false],
    ['a page over the character cap once trimmed', page(`${story}<p>${'y'.repeat(SMALL_PAGE_CHARS)}</p>`), 0, false],
  ])('%s (served: %s bytes): sent whole = %s', (_name, doc, served, whole) => {
    const html = wholeSmallPage(doc, served);
    expect(html !== null).toBe(whole);
    if (html === null) return;
    expect(html.length).toBeLessThanOrEqual(SMALL_PAGE_CHARS);
    expect(html).toContain('<p class="lead">Residents were moved to safety before the river rose.</p>');
    expect(html).not.toContain('xxxx');
  });
});
