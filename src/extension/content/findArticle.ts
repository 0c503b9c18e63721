/**
 * The content script's guess at where the article is, and whether there is one: the element holding the most
 * paragraph text, widened up to its <article> or a few levels while it stays small, and whether the paragraphs hold
 * enough running text for a news item. Only `getElementsByTagName`, `textContent` and parent links
 * (no styles, no layout, no `innerText`), so it costs the page a few native calls per paragraph. A guess: the
 * background checks what it is sent with the whole engine, and asks for the whole page when the digest shows anything.
 */
import { countUpTo, itemOf } from './countElements.ts';

/** An article root is widened only while it holds at most this many elements (the digest's article budget). */
export const MAX_ARTICLE_ELEMENTS = 3000;
/** Paragraphs read to find the article, and long ones counted (a listing's short items come first on many pages). */
const MAX_PARAGRAPHS = 2000;
const MAX_LONG_PARAGRAPHS = 400;
/** Short paragraphs (captions, buttons) do not say where the article is. */
const MIN_PARAGRAPH_CHARS = 25;
/** How far the article may widen above the element holding the most paragraph text. */
const MAX_WIDEN = 3;

export interface ArticleGuess {
  /** The element holding the most paragraph text, widened while small; null on a page without paragraphs. */
  root: Element | null;
  /**
   * Enough running text in long paragraphs for a short news item: with article markup or JSON-LD, what makes the
   * page worth a digest (looksLikeArticle.ts), read in the same pass over the paragraphs.
   */
  enoughText: boolean;
}

/** Paragraphs this long count as running text (shorter: captions, buttons, footers). */
const LONG_PARAGRAPH = 60;
/** ~150 words in long paragraphs, or this many of them, within the first paragraphs scanned. */
const ENOUGH_PARAGRAPH_CHARS = 800;
const ENOUGH_LONG_PARAGRAPHS = 5;
const ENOUGH_WITHIN = 400;

export function findArticle(doc: Document): ArticleGuess {
  const body = doc.body;
  if (!body) return { root: null, enoughText: false };
  const paragraphs = doc.getElementsByTagName('p');
  const score = new Map<Element, number>();
  let best: Element | null = null;
  let bestScore = 0;
  let long = 0;
  let runningChars = 0;
  let running = 0;
  // Item by item with `item(i)`, never `.length` or `[i]` (which counts them all first, countElements.ts): the
  // browser then finds paragraphs only as far as they are read.
  for (let i = 0; i < MAX_PARAGRAPHS && long < MAX_LONG_PARAGRAPHS; i++) {
    const p = itemOf(paragraphs, i);
    if (!p) break;
    const text = p.textContent ?? '';
    const length = text.length;
    if (length < MIN_PARAGRAPH_CHARS) continue;
    if (i < ENOUGH_WITHIN && length >= LONG_PARAGRAPH) {
      const trimmed = text.trim().length;
      if (trimmed >= LONG_PARAGRAPH) {
        runningChars += trimmed;
        running++;
      }
    }
    const parent = p.parentElement;
    if (!parent) continue;
    long++;
    const total = (score.get(parent) ?? 0) + length;
    score.set(parent, total);
    if (total > bestScore) {
      bestScore = total;
      best = parent;
    }
  }
  const enoughText = runningChars >= ENOUGH_PARAGRAPH_CHARS || running >= ENOUGH_LONG_PARAGRAPHS;
  const found = best ?? doc.querySelector('[itemprop="articleBody"]');
  if (!found) return { root: null, enoughText };
  let root: Element = found;
  const article = root.closest('article');
  if (article && article !== root && countUpTo(article, MAX_ARTICLE_ELEMENTS) <= MAX_ARTICLE_ELEMENTS)
    return { root: article, enoughText };
  for (let i = 0; i < MAX_WIDEN; i++) {
    const up: Element | null = root.parentElement;
    if (!up || up === body || up === doc.documentElement || countUpTo(up, MAX_ARTICLE_ELEMENTS) > MAX_ARTICLE_ELEMENTS)
      break;
    root = up;
  }
  return { root, enoughText };
}
