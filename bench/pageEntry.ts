/**
 * Bundled into each measured page: the content script's capture (`snapshotPage`), a plain TreeWalker over the
 * page's text (the cheapest thing any content script could do: the baseline), and a Readability parse of a clone
 * (what a content script that extracted the article itself would pay).
 */
import { Readability } from '@mozilla/readability';
import { snapshotPage } from '../src/extension/content/snapshotPage.ts';

function plainWalk(doc: Document): number {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n.nodeValue ?? '').length;
  return chars;
}

function readability(doc: Document): number {
  const article = new Readability(doc.cloneNode(true) as Document).parse();
  return article?.textContent?.length ?? 0;
}

function snapshot(doc: Document): number {
  return snapshotPage(doc)?.html.length ?? 0;
}

const METHODS = { walk: plainWalk, snapshot, readability } as const;
export type Method = keyof typeof METHODS;

export interface PageTiming {
  /** Mean ms per run over a batch long enough to beat the timer's coarse resolution. */
  perRun: Record<Method, number>;
  /** The first (cold) run of each, in ms: the single task the page would see. */
  first: Record<Method, number>;
  /** Whether the snapshot gate let the page through (null: not an article, nothing sent). */
  snapshotSent: boolean;
}

/** Runs `fn` until `minMs` have passed (at least `minRuns`, at most `maxRuns` times) and returns ms per run. */
function timeBatch(fn: () => unknown, minMs: number, minRuns: number, maxRuns: number): number {
  let runs = 0;
  const start = performance.now();
  let elapsed = 0;
  while (runs < maxRuns && (runs < minRuns || elapsed < minMs)) {
    fn();
    runs++;
    elapsed = performance.now() - start;
  }
  return elapsed / runs;
}

export function measure(): PageTiming {
  const first = {} as Record<Method, number>;
  const perRun = {} as Record<Method, number>;
  for (const [name, fn] of Object.entries(METHODS) as [Method, (d: Document) => number][]) {
    const t0 = performance.now();
    fn(document);
    first[name] = performance.now() - t0;
  }
  // Interleave the methods' batches twice so that a GC or a background hiccup does not land on one method only.
  for (let round = 0; round < 2; round++) {
    for (const [name, fn] of Object.entries(METHODS) as [Method, (d: Document) => number][]) {
      const t = timeBatch(() => fn(document), 15, 3, 5000);
      perRun[name] = round === 0 ? t : Math.min(perRun[name], t);
    }
  }
  return { perRun, first, snapshotSent: snapshotPage(document) !== null };
}
