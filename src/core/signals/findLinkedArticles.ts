/**
 * Short lines of the text that point to an article on another site, whatever wrapper holds them (a table cell, a
 * blockquote, `small`, a list's last item, a boxed `div`) and whatever words lead them: "<any label>: <a
 * href=other-site/article>…</a>" or the URL written out. A scraper's source line has this shape in every language;
 * so does an honest page's "related" link, which is why these are hints only: an original is taken from them only
 * when its fetched text contains this page's text (check.ts, confirmHints.ts).
 */
import type { PageBlock, PageData } from '../page/pageData.ts';
import { URL_TEXT_RE } from './sourceLinePatterns.ts';
import { isArticleUrl, lineLength, linksOfBlock, offSiteUrl, shortLinkText } from './offSiteLinks.ts';
import { placeOf } from './sourceLinePlace.ts';
import type { ShapeHint } from './findExcerptShape.ts';

/** A line, not a paragraph that happens to cite another outlet. */
const MAX_LINE_CHARS = 200;
/** Blocks longer than this are not read at all (a line with a very long URL is still shorter). */
const MAX_TEXT = 2000;
/** Hints kept per page: each may cost a fetch. */
const MAX_HINTS = 2;
/** Blocks looked at around the main column (a source line may sit just above or below it). */
const AROUND_MAIN = 6;
const MAX_BLOCKS = 400;

/** Off-site article links on short lines near the text, the top and end of the text first. */
export function findLinkedArticles(page: PageData): ShapeHint[] {
  if (!page.main) return [];
  const from = Math.max(0, page.main.start - AROUND_MAIN);
  const to = Math.min(page.blocks.length - 1, page.main.end + AROUND_MAIN, from + MAX_BLOCKS);
  const edge: ShapeHint[] = [];
  const middle: ShapeHint[] = [];
  const seen = new Set<string>();
  for (let i = from; i <= to; i++) {
    const b = page.blocks[i];
    if (!b || b.hidden || b.region || /^h[1-6]$/u.test(b.tag)) continue;
    const text = b.text.replace(/\s+/gu, ' ').trim();
    if (!text || text.length > MAX_TEXT || lineLength(text).chars > MAX_LINE_CHARS) continue;
    const url = linkedArticle(page, b, text);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const hint: ShapeHint = {
      kind: 'source-line',
      block: b,
      line: text.slice(0, 300),
      claims: [{ value: url, type: 'url', via: 'source-line' }],
      excerpt: [],
    };
    (placeOf(page, b) === 'middle' ? middle : edge).push(hint);
  }
  return [...edge, ...middle].slice(0, MAX_HINTS);
}

function linkedArticle(page: PageData, b: PageBlock, text: string): string | null {
  for (const l of linksOfBlock(page, b.index)) {
    const url = offSiteUrl(page, l.href);
    if (url && isArticleUrl(url) && shortLinkText(l.text, url)) return url;
  }
  const written = URL_TEXT_RE.exec(text)?.[0];
  if (!written) return null;
  const url = offSiteUrl(page, /^www\./iu.test(written) ? `https://${written}` : written);
  return url && isArticleUrl(url) ? url : null;
}
