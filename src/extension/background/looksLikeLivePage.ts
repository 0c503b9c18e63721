/**
 * Does the background's own fetch of a page serve what the reader's tab shows? The content script sends a few facts
 * of the live DOM (`page-seen`, content/pageFacts.ts; its excerpts keyed into samples by liveFacts.ts); the fetched markup must show the same title, at least half
 * as many paragraphs as the live article (those beside its long paragraphs: comments and other blocks that scripts
 * add to the live page are not counted), and every sample of the live paragraphs' text. It does not when scripts built the article,
 * when the site serves a cookieless request a login wall, a consent page or a shortened paywalled text, or cloaks;
 * the background then takes the tab's own copy (router.ts). A false "no" costs the page one serialisation; a false
 * "yes" would check another text than the reader's, so every test here leans to "no".
 * Plain string scans, linear in the markup (no regular expression that can backtrack across the page).
 */
import { textKey } from '../textKey.ts';
import type { LiveFacts } from './liveFacts.ts';

/** Raw-text and inert elements: their insides are not paragraphs the live DOM counts or text `textContent` of a `<p>` has. */
const SKIPPED = /<!--|<(script|style|template|noscript|textarea|xmp|iframe|svg|math)\b/gi;
const TITLE = /<title\b[^<>]*>/i;
const PARAGRAPH = /<[pP][\s>/]/g;
const PARAGRAPH_END = /<\/[pP]\s*>|<[pP][\s>/]/g;
const TAG = /<[^<>]*>/g;
/** A paragraph's text is read this far (a `<p>` left open runs on to the next one or this bound). */
const MAX_PARAGRAPH_CHARS = 20_000;
/** Paragraphs read for the samples (the live page's were among its first 150). */
const MAX_PARAGRAPHS_READ = 2000;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Character references decoded (other named ones, mostly punctuation, dropped: textKey keeps letters only). */
function decode(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi, (_m, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? '';
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** The markup without comments and the insides of raw-text and inert elements. */
function withoutSkipped(html: string): string {
  const kept: string[] = [];
  let at = 0;
  SKIPPED.lastIndex = 0;
  for (let m = SKIPPED.exec(html); m; m = SKIPPED.exec(html)) {
    kept.push(html.slice(at, m.index));
    let end: number;
    if (m[0] === '<!--') {
      const close = html.indexOf('-->', m.index + 4);
      end = close < 0 ? html.length : close + 3;
    } else {
      const close = new RegExp(`</${m[1]}\\s*>`, 'gi');
      close.lastIndex = m.index + m[0].length;
      const found = close.exec(html);
      end = found ? found.index + found[0].length : html.length;
    }
    at = end;
    SKIPPED.lastIndex = end;
  }
  kept.push(html.slice(at));
  return kept.join(' ');
}

function titleOf(html: string): string {
  const open = TITLE.exec(html);
  if (!open) return '';
  const start = open.index + open[0].length;
  const end = html.slice(start, start + 10_000).search(/<\/title\s*>/i);
  return end < 0 ? '' : decode(html.slice(start, start + end));
}

/** The same title, or one inside the other (a script prefixing "(2) " for notifications) covering half of it. */
function sameTitle(fetched: string, live: string): boolean {
  const a = textKey(fetched);
  const b = textKey(live);
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length > 0 && long.includes(short) && short.length * 2 >= long.length;
}

/** `<p>` start tags, counted only as far as `enough`. */
function countParagraphs(markup: string, enough: number): number {
  let count = 0;
  PARAGRAPH.lastIndex = 0;
  while (count < enough && PARAGRAPH.exec(markup)) count++;
  return count;
}

/** Whether every sample is in the text of one of the first paragraphs (each keyed alone: no page-long string). */
function samplesFound(markup: string, samples: readonly string[]): boolean {
  const missing = new Set(samples);
  PARAGRAPH.lastIndex = 0;
  for (let read = 0; missing.size > 0 && read < MAX_PARAGRAPHS_READ; read++) {
    const m = PARAGRAPH.exec(markup);
    if (!m) break;
    const start = m.index + 2;
    // Ends at its end tag or the next paragraph (which the scan finds anyway: linear over the page).
    PARAGRAPH_END.lastIndex = start;
    const close = PARAGRAPH_END.exec(markup)?.index ?? markup.length;
    const inner = markup.slice(start, Math.min(close, start + MAX_PARAGRAPH_CHARS));
    const key = textKey(decode(inner.slice(inner.indexOf('>') + 1).replace(TAG, '')));
    for (const sample of missing) if (key.includes(sample)) missing.delete(sample);
    PARAGRAPH.lastIndex = start;
  }
  return missing.size === 0;
}

export function looksLikeLivePage(html: string, seen: Pick<LiveFacts, 'title' | 'paragraphs' | 'samples'>): boolean {
  // Nothing sampled (no long paragraph in the live page): nothing to tell a shell from the page by.
  if (seen.samples.length === 0) return false;
  if (!sameTitle(titleOf(html), seen.title)) return false;
  const markup = withoutSkipped(html);
  if (countParagraphs(markup, Math.ceil(seen.paragraphs / 2)) * 2 < seen.paragraphs) return false;
  return samplesFound(markup, seen.samples);
}
