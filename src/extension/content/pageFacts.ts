/**
 * What the content script reads of the live page for its one message (`page-seen`): the title, how many paragraphs
 * the article has, and short excerpts of the text of three long ones (the first, a middle one, the last of those read),
 * from which the background tells whether its own cookieless fetch of the URL serves the page the reader sees
 * (background/liveFacts.ts keys them, looksLikeLivePage.ts compares). The excerpts go as the page has them: keying
 * text (lower case, letters and digits, textKey.ts) is the background's work, not the page's. Read in the same pass: whether the paragraphs hold enough running text for a
 * news item (with article markup or JSON-LD, what makes a page worth checking, looksLikeArticle.ts).
 * Only `getElementsByTagName`, `item()` and `textContent` of at most SCANNED paragraphs, stopped at WANTED_LONG long ones: no `innerText`, no layout,
 * no serialisation. Measured in traced page loads, finding the article's element (the old digest's first step) cost
 * 0.3–2.8 ms; this reads no ancestors (but the long paragraphs' parents) and keeps no map.
 * The paragraphs are counted in the long ones' parents (the article's block), never to the end of the document:
 * past the article, a page's remaining markup (a data table, an SVG chart, thousands of comments) made that native
 * walk cost 0.3–5 ms on the bench's heavy pages, for a count that on a plain page is the same.
 */
import { EXCERPT_CHARS, MAX_COUNTED_PARAGRAPHS, MAX_SAMPLES, MAX_TITLE_CHARS } from '../limits.ts';
import { countUpTo, itemOf } from './countElements.ts';

/** Paragraphs read for their text at most (a listing's short items come first on many pages; the article is within these). */
const SCANNED = 150;
/**
 * Reading stops at this many long paragraphs: enough running text is then certain, and the samples (the first, the
 * middle and the last of these) still reach past a paywall's lead of two to four paragraphs. Measured in traced page
 * loads, reading every one of 150 paragraphs cost 0.5-1 ms; an article's first long paragraphs come early.
 */
const WANTED_LONG = 8;
/** Paragraphs this long count as running text (shorter: captions, buttons, footers). */
const LONG_PARAGRAPH = 60;
/** A long paragraph's parent with more elements than this is not counted (a data table, an SVG chart inside). */
const MAX_BLOCK_ELEMENTS = 3000;
/** ~150 words in long paragraphs, or this many of them. */
const ENOUGH_PARAGRAPH_CHARS = 800;
const ENOUGH_LONG_PARAGRAPHS = 5;

export interface PageFacts {
  title: string;
  /**
   * `<p>` elements of the article, at most MAX_COUNTED_PARAGRAPHS: every one in the document when reading reached the
   * last; else the paragraphs read or those of a long one's parent (the article's block), whichever is more.
   * Never more than the document has, so a fetch of the same markup always has as many (looksLikeLivePage.ts).
   */
  paragraphs: number;
  /** Up to MAX_SAMPLES excerpts of at most EXCERPT_CHARS, each the middle of a long paragraph's text. */
  excerpts: string[];
  /** Enough running text in long paragraphs for a short news item. */
  enoughText: boolean;
}

/** The middle EXCERPT_CHARS of a paragraph's text (its start is often a dateline or a name), or all of a shorter one. */
function excerptOf(text: string): string {
  if (text.length <= EXCERPT_CHARS) return text;
  const start = (text.length - EXCERPT_CHARS) >> 1;
  return text.slice(start, start + EXCERPT_CHARS);
}

/**
 * The most `<p>` elements that one of the elements' parents holds (the article's block, on most pages), counted
 * natively in a parent of at most MAX_BLOCK_ELEMENTS elements only: one holding a data table or an SVG chart is not
 * walked. No wrapper is made for the parent's other children (in the content script's own world, each new kind of
 * element costs its interface's set-up: visiting them one by one cost more than the old count on plain pages).
 */
function paragraphsInParents(elements: readonly Element[]): number {
  let most = 0;
  let last: Element | null = null;
  for (const el of elements) {
    const parent = el.parentElement;
    if (!parent || parent === last) continue;
    last = parent;
    if (countUpTo(parent, MAX_BLOCK_ELEMENTS) > MAX_BLOCK_ELEMENTS) continue;
    most = Math.max(most, parent.getElementsByTagName('p').length);
  }
  return most;
}

export function readPageFacts(doc: Document): PageFacts {
  const paragraphs = doc.getElementsByTagName('p');
  const long: string[] = [];
  const longElements: Element[] = [];
  let runningChars = 0;
  let read = 0;
  let last = false;
  // Item by item with `item(i)`, never `[i]` (which counts them all first, countElements.ts).
  for (; read < SCANNED && long.length < WANTED_LONG; read++) {
    const p = itemOf(paragraphs, read);
    if (!p) {
      last = true;
      break;
    }
    const text = p.textContent ?? '';
    if (text.length < LONG_PARAGRAPH) continue;
    const trimmed = text.trim();
    if (trimmed.length < LONG_PARAGRAPH) continue;
    runningChars += trimmed.length;
    long.push(trimmed);
    longElements.push(p);
  }
  // Reading reached the last paragraph: all are counted. Else those of the article's block (not even `item(read)`,
  // which would walk on past a chart or a table to the next paragraph).
  const count = last ? read : Math.max(read, paragraphsInParents(longElements));
  const picked =
    long.length <= MAX_SAMPLES ? long : [long[0], long[Math.floor(long.length / 2)], long[long.length - 1]];
  return {
    title: (doc.title ?? '').slice(0, MAX_TITLE_CHARS),
    paragraphs: Math.min(count, MAX_COUNTED_PARAGRAPHS),
    excerpts: picked.map((t) => excerptOf(t ?? '')).slice(0, MAX_SAMPLES),
    enoughText: runningChars >= ENOUGH_PARAGRAPH_CHARS || long.length >= ENOUGH_LONG_PARAGRAPHS,
  };
}
