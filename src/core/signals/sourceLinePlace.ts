/**
 * Where a block sits in the article: scrapers put the source line at the top or the end, while a "Source:" in the
 * middle of the text cites a fact or a picture. The top and end allow for short lead lines and trailing bylines.
 */
import type { PageBlock, PageData } from '../page/readPage.ts';

export type Place = 'top' | 'end' | 'middle' | 'unknown';

/** A paragraph of running text, not a lead line: this many characters (CJK text says as much in fewer). */
const SUBSTANTIAL = 120;
const SUBSTANTIAL_CJK = 50;
// Paragraphs of prose; list items and headings after the text are a page's "in this issue" or "related" lists.
const PROSE_TAGS = new Set(['p', 'div', 'blockquote', 'section', 'article']);
const edges = new WeakMap<PageData, { first: number; last: number }>();

/** Where a block sits in the article: the first or last blocks of the main text column, or between. */
export function placeOf(page: PageData, b: PageBlock): Place {
  if (!page.main) return 'unknown';
  const { start, end } = page.main;
  const { first, last } = textEdges(page);
  // Short lead lines (a dateline, a photo caption, "X reports") may come before the first real paragraph, and a
  // byline or tags after the last one: a credit among them is still at the top or the end.
  if (b.index >= start - 4 && b.index <= Math.max(start + 1, first)) return 'top';
  if (b.index >= Math.min(end - 2, last) && b.index <= end + 8) return 'end';
  return 'middle';
}

/** The first and last paragraphs of running text in the main column (cached per page: placeOf runs per block). */
function textEdges(page: PageData): { first: number; last: number } {
  const cached = edges.get(page);
  if (cached) return cached;
  const { start, end } = page.main ?? { start: 0, end: -1 };
  let first = start;
  let last = end;
  const running = (b: PageBlock | undefined): boolean =>
    !!b &&
    PROSE_TAGS.has(b.tag) &&
    !b.region &&
    !b.hidden &&
    !b.inFigure &&
    b.text.length >= (/[\u3000-\u9fff\uac00-\ud7af]/u.test(b.text.slice(0, 40)) ? SUBSTANTIAL_CJK : SUBSTANTIAL);
  for (let i = start; i <= end; i++)
    if (running(page.blocks[i])) {
      first = i;
      break;
    }
  for (let i = end; i >= start; i--)
    if (running(page.blocks[i])) {
      last = i;
      break;
    }
  const found = { first, last };
  edges.set(page, found);
  return found;
}
