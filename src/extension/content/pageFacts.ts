/**
 * What the content script reads of the live page for its one message (`page-seen`): the title, how many paragraphs
 * there are, and short excerpts of the text of three long ones (the first, a middle one, the last of those read),
 * from which the background tells whether its own cookieless fetch of the URL serves the page the reader sees
 * (background/liveFacts.ts keys them, looksLikeLivePage.ts compares). The excerpts go as the page has them: keying
 * text (lower case, letters and digits, textKey.ts) is the background's work, not the page's. Read in the same pass: whether the paragraphs hold enough running text for a
 * news item (with article markup or JSON-LD, what makes a page worth checking, looksLikeArticle.ts).
 * Only `getElementsByTagName`, `item()` and `textContent` of at most SCANNED paragraphs, stopped at WANTED_LONG long ones: no `innerText`, no layout,
 * no serialisation. Measured in traced page loads, finding the article's element (the old digest's first step) cost
 * 0.3–2.8 ms; this reads no ancestors and keeps no map.
 */
import { EXCERPT_CHARS, MAX_COUNTED_PARAGRAPHS, MAX_SAMPLES, MAX_TITLE_CHARS } from '../limits.ts';
import { itemOf } from './countElements.ts';

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
/** ~150 words in long paragraphs, or this many of them. */
const ENOUGH_PARAGRAPH_CHARS = 800;
const ENOUGH_LONG_PARAGRAPHS = 5;

export interface PageFacts {
  title: string;
  /** `<p>` elements in the document, at most MAX_COUNTED_PARAGRAPHS. */
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

export function readPageFacts(doc: Document): PageFacts {
  const paragraphs = doc.getElementsByTagName('p');
  const long: string[] = [];
  let runningChars = 0;
  let read = 0;
  // Item by item with `item(i)`, never `[i]` (which counts them all first, countElements.ts).
  for (; read < SCANNED && long.length < WANTED_LONG; read++) {
    const p = itemOf(paragraphs, read);
    if (!p) break;
    const text = p.textContent ?? '';
    if (text.length < LONG_PARAGRAPH) continue;
    const trimmed = text.trim();
    if (trimmed.length < LONG_PARAGRAPH) continue;
    runningChars += trimmed.length;
    long.push(trimmed);
  }
  // Past the paragraphs read, one native count, stopped at the cap.
  const count = !itemOf(paragraphs, read)
    ? read
    : itemOf(paragraphs, MAX_COUNTED_PARAGRAPHS)
      ? MAX_COUNTED_PARAGRAPHS
      : paragraphs.length;
  const picked =
    long.length <= MAX_SAMPLES ? long : [long[0], long[Math.floor(long.length / 2)], long[long.length - 1]];
  return {
    title: (doc.title ?? '').slice(0, MAX_TITLE_CHARS),
    paragraphs: Math.min(count, MAX_COUNTED_PARAGRAPHS),
    excerpts: picked.map((t) => excerptOf(t ?? '')).slice(0, MAX_SAMPLES),
    enoughText: runningChars >= ENOUGH_PARAGRAPH_CHARS || long.length >= ENOUGH_LONG_PARAGRAPHS,
  };
}
