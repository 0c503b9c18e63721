/**
 * The memory of articles read, over any store that keeps records and band buckets (IndexedDB in the extension, a
 * file in the CLI): remembering writes one record and appends its postings to BANDS buckets; recalling reads those
 * buckets only, counts the bands each remembered page shares with the query, and scores the few best by their
 * b-bit sketch, for resemblance (copies, paraphrases) and containment (excerpts).
 */
import type { Memory, MemoryEntry } from '../ports.ts';
import { likeness } from './compactSketch.ts';
import { postingsOf, type Posting } from './memoryBands.ts';
import type { DecodedPostings } from './postingList.ts';
import { repairRecord, toEntry, toRecord, type MemoryRecord } from './memoryRecord.ts';
import { estimateShingles } from './compactSketch.ts';

export interface IndexedItem {
  record: MemoryRecord;
  postings: Posting[];
}

/** What a store does; every method is one transaction of its own. */
export interface MemoryStore {
  /**
   * Atomically: drops the entries with the same URLs, adds the records under new ascending ids, appends their
   * postings to the buckets (see postingList.appendPostings) and drops the oldest entries beyond `capacity`.
   */
  put(items: readonly IndexedItem[], capacity: number): Promise<void>;
  /**
   * One read (one transaction): the posting lists of these buckets, in order, then the raw stored values under the
   * ids `choose` picks from them (undefined when gone; the memory repairs them).
   */
  lookup(keys: readonly number[], choose: (lists: readonly DecodedPostings[]) => readonly number[]): Promise<unknown[]>;
}

/** Pages sharing fewer bands than this are chance: one shared shingle is common between unrelated news texts. */
const MIN_HITS = 2;
/**
 * Remembered pages read and scored per lookup, best band counts first: one more than asked for (a candidate may be
 * gone or below the thresholds), at most MAX_SCORED. Each is a block read after the index's: a lookup with 12
 * candidates paid ~3× the median's block time, and the true original was among the 4 sharing most bands whenever
 * it was found at all (100,000 pages, 400 paraphrases and 400 excerpts: recall@5 the same reading 4, 6, 8 or 12).
 */
const MAX_SCORED = 12;
/** Below this resemblance two texts share little more than common words. */
const MIN_RESEMBLANCE = 0.1;
/** An excerpt: most of the query's shingles are in the remembered text... */
const MIN_CONTAINMENT = 0.5;
/** ...and enough shared slots that it is no accident of a short query. */
const MIN_CONTAINED_HITS = 2;

export interface IndexedMemoryOptions {
  capacity: () => number | Promise<number>;
  /** Told of every record that could not be read (corrupted or foreign). */
  onSkipped?: (count: number) => void;
}

export function indexedItem(entry: MemoryEntry): IndexedItem | null {
  const record = toRecord(entry);
  const postings = postingsOf(entry.sketch);
  return record && postings.length ? { record, postings } : null;
}

/** Ids sharing at least MIN_HITS bands with the query, most shared first. */
export function countHits(
  postings: readonly Posting[],
  lists: readonly DecodedPostings[],
): { id: number; hits: number }[] {
  const hits = new Map<number, number>();
  postings.forEach((p, band) => {
    const { ids, checks } = lists[band] ?? { ids: [], checks: [] };
    for (let k = 0; k < ids.length; k++) {
      if (checks[k] !== p.check) continue;
      const id = ids[k] ?? 0;
      hits.set(id, (hits.get(id) ?? 0) + 1);
    }
  });
  return [...hits]
    .filter(([, n]) => n >= MIN_HITS)
    .map(([id, n]) => ({ id, hits: n }))
    .sort((a, b) => b.hits - a.hits || b.id - a.id);
}

export async function recallIndexed(
  store: MemoryStore,
  sketch: readonly number[],
  limit: number,
  onSkipped?: (n: number) => void,
): Promise<MemoryEntry[]> {
  const postings = postingsOf(sketch);
  if (limit <= 0 || postings.length === 0) return [];
  let best: { id: number; hits: number }[] = [];
  const raw = await store.lookup(
    postings.map((p) => p.bucket),
    (lists) => {
      best = countHits(postings, lists).slice(0, Math.min(MAX_SCORED, limit + 1));
      return best.map((b) => b.id);
    },
  );
  if (best.length === 0) return [];
  const querySize = estimateShingles(sketch);
  const scored: { record: MemoryRecord; score: number }[] = [];
  let skipped = 0;
  raw.forEach((value, k) => {
    if (value === undefined) return; // evicted or replaced since its postings were written
    const record = repairRecord(value);
    if (!record) {
      skipped++;
      return;
    }
    const hits = best[k]?.hits ?? 0;
    const like = likeness(sketch, record.bits, querySize, record.size, hits);
    const contained = like.containment >= MIN_CONTAINMENT && hits >= MIN_CONTAINED_HITS;
    if (like.resemblance < MIN_RESEMBLANCE && !contained) return;
    scored.push({ record, score: Math.max(like.resemblance, contained ? like.containment * 0.9 : 0) });
  });
  if (skipped) onSkipped?.(skipped);
  const seen = new Set<string>();
  return scored
    .sort((a, b) => b.score - a.score || b.record.visitedAt - a.record.visitedAt)
    .filter((s) => {
      if (seen.has(s.record.url)) return false;
      seen.add(s.record.url);
      return true;
    })
    .slice(0, limit)
    .map((s) => toEntry(s.record));
}

/** The core `Memory` port over a store. */
export function indexedMemory(store: MemoryStore, options: IndexedMemoryOptions): Memory {
  return {
    async remember(entry) {
      const item = indexedItem(entry);
      if (!item) return;
      await store.put([item], Math.max(0, await options.capacity()));
    },
    recall(sketch, limit) {
      return recallIndexed(store, sketch, limit, options.onSkipped);
    },
  };
}
