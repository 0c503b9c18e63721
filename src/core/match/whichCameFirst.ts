/**
 * Of two pages with the same text, which came first, from evidence only: never from which one the reader happened
 * to read first (a content farm's verbatim copy read first would otherwise make the real original, read later, its
 * "copy"). The evidence, strongest first: a canonical or syndication link from one to the other; copy signs (a
 * scraper footer, a source line, disguised text…) on one side only; one text clearly fuller than the other (copies
 * drop paragraphs and trim to excerpts; an original does not wrap another's text in more of its own); one side a
 * known publisher (the directory) and the other not; declared publication times at least a minute apart. Nothing
 * decisive → unclear.
 */
import type { Signal, SignalKind } from '../report.ts';
import { sameUrl } from '../url/normalizeUrl.ts';

export interface PageEvidence {
  url: string;
  /** Declared publication time (ISO or any Date-parsable form), when the page gives one. */
  published: string | null;
  signals: readonly Signal[];
  /** The page's site is in the publisher directory. */
  knownPublisher: boolean;
  /** Words of the page's article text (0 when unknown). */
  words: number;
}

export type FirstOrder = 'page' | 'other' | 'unclear';

/** Signs that a page republishes something (what a licensed or original page does not carry about itself). */
const COPY_KINDS: ReadonlySet<SignalKind> = new Set<SignalKind>([
  'spam-footer',
  'source-line',
  'feed-footer',
  'obfuscated-text',
  'mis-decoded-text',
  'hotlinked-media',
  'wire-dateline',
  'read-more',
  'copied-boilerplate',
]);
const COPY_STRENGTH = 0.5;
/** Closer than this, two declared times say nothing (rounding, time zones written as local time). */
const MIN_TIME_GAP_MS = 60_000;
/** A text this much longer than one it contains is the fuller one: a dropped paragraph, not rounding. */
const FULLER_RATIO = 1.15;

function pointsTo(signals: readonly Signal[], url: string): boolean {
  return signals.some(
    (s) =>
      (s.kind === 'canonical' || s.kind === 'syndication-meta') && s.target !== undefined && sameUrl(s.target, url),
  );
}

function copySigns(signals: readonly Signal[]): boolean {
  return signals.some((s) => COPY_KINDS.has(s.kind) && s.strength >= COPY_STRENGTH);
}

function time(published: string | null): number | null {
  if (!published) return null;
  const t = Date.parse(published);
  return Number.isFinite(t) ? t : null;
}

export function whichCameFirst(page: PageEvidence, other: PageEvidence): { first: FirstOrder; why: string } {
  const pageToOther = pointsTo(page.signals, other.url);
  const otherToPage = pointsTo(other.signals, page.url);
  if (pageToOther !== otherToPage)
    return pageToOther ? { first: 'other', why: 'canonical' } : { first: 'page', why: 'canonical' };
  const pageCopy = copySigns(page.signals);
  const otherCopy = copySigns(other.signals);
  if (pageCopy !== otherCopy)
    return pageCopy ? { first: 'other', why: 'copy-signs' } : { first: 'page', why: 'copy-signs' };
  if (page.words > 0 && other.words > 0) {
    if (other.words >= page.words * FULLER_RATIO) return { first: 'other', why: 'fuller-text' };
    if (page.words >= other.words * FULLER_RATIO) return { first: 'page', why: 'fuller-text' };
  }
  if (page.knownPublisher !== other.knownPublisher)
    return page.knownPublisher ? { first: 'page', why: 'known-publisher' } : { first: 'other', why: 'known-publisher' };
  // Dates come last: a page can declare any date, and a farm can back-date its copy.
  const [tp, to] = [time(page.published), time(other.published)];
  if (tp !== null && to !== null && Math.abs(tp - to) >= MIN_TIME_GAP_MS)
    return tp < to ? { first: 'page', why: 'published-earlier' } : { first: 'other', why: 'published-earlier' };
  return { first: 'unclear', why: 'no-evidence' };
}
