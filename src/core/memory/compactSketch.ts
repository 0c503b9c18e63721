/**
 * What the memory keeps of a sketch: b-bit MinHash of the word half only (the low 8 bits of each of the SKETCH_SIZE
 * word minima, 64 bytes) and the estimated number of distinct shingles, which turns a resemblance into a containment
 * (how much of an excerpt lies inside a remembered article). The shingle half is not kept: its agreement with a query
 * is what the band index already counts (one band per shingle slot, 20 bits of the value per posting), exactly and
 * without b-bit noise, so storing it again would double the bytes for a worse estimate.
 */
import { SKETCH_SIZE } from '../text/sketch.ts';

const B = 8;
/** Chance that two unrelated 8-bit values agree: subtracted from b-bit agreements (Li & König's estimator). */
const CHANCE = 1 / (1 << B);

export function compactSketch(sketch: readonly number[]): Uint8Array | null {
  if (sketch.length !== 2 * SKETCH_SIZE) return null;
  const out = new Uint8Array(SKETCH_SIZE);
  for (let i = 0; i < SKETCH_SIZE; i++) out[i] = (sketch[SKETCH_SIZE + i] ?? 0) & 0xff;
  return out;
}

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
  /** Jaccard estimate over distinct words. */
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
  bits: Uint8Array,
  querySize: number,
  size: number,
  sharedSlots: number,
): Likeness {
  if (query.length !== 2 * SKETCH_SIZE || bits.length !== SKETCH_SIZE)
    return { shingles: 0, words: 0, resemblance: 0, containment: 0 };
  const shingles = Math.min(1, Math.max(0, sharedSlots / SKETCH_SIZE));
  const words = wordJaccard(query, bits);
  // |Q ∩ X| = J (|Q| + |X|) / (1 + J); containment = |Q ∩ X| / |Q|.
  const containment =
    querySize > 0 && size > 0 ? Math.min(1, (shingles * (querySize + size)) / ((1 + shingles) * querySize)) : shingles;
  return { shingles, words, resemblance: (shingles + words) / 2, containment };
}
