/**
 * How a remembered page is scored against a query. The memory keeps of a sketch its shingle half in the band index
 * (one band per shingle slot, 20 bits of the value per posting: the bands a page shares with a query count its equal
 * slots, exactly and without b-bit noise) and the estimated number of distinct shingles, which turns a resemblance
 * into a containment (how much of an excerpt lies inside a remembered article). Records of 0.3 also kept b-bit
 * MinHash of the word half (the low 8 bits of each word minimum, 64 bytes): still used when present. Records written
 * now do without: on the benchmark's 500 paraphrases and 500 excerpts at 10,000 articles, recall@5 was the same
 * (1.00 / 0.932 without, 1.00 / 0.938 with, 3 excerpts in 500) for a quarter of a page's bytes.
 */
import { SKETCH_SIZE } from '../text/sketch.ts';

const B = 8;
/** Chance that two unrelated 8-bit values agree: subtracted from b-bit agreements (Li & König's estimator). */
const CHANCE = 1 / (1 << B);

/**
 * Distinct shingles of the sketched text, from the shingle minima alone: for n uniform 32-bit hashes the minimum is
 * ~2^32 / (n + 1), so n ≈ k / Σ(min / 2^32) − 1 (±13 % with k = 64). Lets old entries, kept without their size, be
 * scored for containment too.
 */
export function estimateShingles(sketch: readonly number[]): number {
  if (sketch.length !== 2 * SKETCH_SIZE) return 0;
  let sum = 0;
  for (let i = 0; i < SKETCH_SIZE; i++) sum += (sketch[i] ?? 0) / 4294967296;
  return sum > 0 ? Math.max(1, Math.round(SKETCH_SIZE / sum - 1)) : 0;
}

function wordJaccard(query: readonly number[], bits: Uint8Array): number {
  let same = 0;
  for (let i = 0; i < SKETCH_SIZE; i++) if (((query[SKETCH_SIZE + i] ?? 0) & 0xff) === bits[i]) same++;
  const agree = same / SKETCH_SIZE;
  return Math.max(0, (agree - CHANCE) / (1 - CHANCE));
}

export interface Likeness {
  /** Jaccard estimate over 3-word shingles. */
  shingles: number;
  /** Jaccard estimate over distinct words (the shingles' when the record keeps no word bits). */
  words: number;
  /** Mean of the two, the scale of `resemblance` in text/sketch. */
  resemblance: number;
  /** 0..1: share of the query's shingles found in the remembered text (1 for an excerpt of it). */
  containment: number;
}

/**
 * A full sketch (the page) against a remembered page: its compact word bits, its size and the number of shingle
 * slots it shares with the query (the bands it was found in).
 */
export function likeness(
  query: readonly number[],
  bits: Uint8Array | null,
  querySize: number,
  size: number,
  sharedSlots: number,
): Likeness {
  if (query.length !== 2 * SKETCH_SIZE || (bits && bits.length !== SKETCH_SIZE))
    return { shingles: 0, words: 0, resemblance: 0, containment: 0 };
  const shingles = Math.min(1, Math.max(0, sharedSlots / SKETCH_SIZE));
  const words = bits ? wordJaccard(query, bits) : shingles;
  // |Q ∩ X| = J (|Q| + |X|) / (1 + J); containment = |Q ∩ X| / |Q|.
  const containment =
    querySize > 0 && size > 0 ? Math.min(1, (shingles * (querySize + size)) / ((1 + shingles) * querySize)) : shingles;
  return { shingles, words, resemblance: (shingles + words) / 2, containment };
}
