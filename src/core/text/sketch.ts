/**
 * A small, deterministic fingerprint of an article (MinHash) to remember pages read earlier and to find, among them,
 * the original of a copy, even a paraphrased one (~15 % of the words altered, paragraphs dropped).
 *
 * SKETCH_SIZE minimum hashes over 3-word shingles (order-sensitive, rare across unrelated texts) followed by
 * SKETCH_SIZE over the set of distinct words (survives paraphrase better). `resemblance` is the mean of the two
 * Jaccard estimates. 128 small integers: thousands of pages fit in extension storage.
 */
import { hashString } from './hashString.ts';
import { shingleHashes } from './shingles.ts';
import { tokenize } from './tokenize.ts';

export const SKETCH_SIZE = 64;
const MAX_WORDS = 20_000;

// Fixed per-slot seeds so that every sketch ever stored stays comparable.
const SEEDS: number[] = Array.from({ length: SKETCH_SIZE }, (_, i) => hashString(`provenance-minhash-${i}`));

/** A 32-bit integer mix (murmur3 finaliser): turns one hash into SKETCH_SIZE independent-looking ones. */
function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

function minHash(values: Iterable<number>): number[] {
  const mins = new Array<number>(SKETCH_SIZE).fill(0xffffffff);
  let any = false;
  for (const v of values) {
    any = true;
    for (let i = 0; i < SKETCH_SIZE; i++) {
      const m = mix(v, SEEDS[i] ?? i);
      if (m < (mins[i] ?? 0xffffffff)) mins[i] = m;
    }
  }
  return any ? mins : [];
}

/** The sketch of a text: 2 × SKETCH_SIZE numbers, or [] for a text without words. */
export function sketch(text: string, lang?: string): number[] {
  void lang; // Tokenisation is script-driven; kept for callers that know the language.
  const words = tokenize(text, { fold: true, maxWords: MAX_WORDS });
  if (words.length === 0) return [];
  const shingles = minHash(new Set(shingleHashes(words)));
  const wordSet = minHash(new Set(words.map((w) => hashString(w))));
  return [...shingles, ...wordSet];
}

function agreement(a: readonly number[], b: readonly number[], from: number, to: number): number {
  let same = 0;
  for (let i = from; i < to; i++) if (a[i] === b[i]) same++;
  return same / (to - from);
}

/** 0..1: how much two sketched texts resemble each other (≈ the mean of shingle and word Jaccard similarity). */
export function resemblance(a: readonly number[], b: readonly number[]): number {
  if (a.length !== 2 * SKETCH_SIZE || b.length !== 2 * SKETCH_SIZE) return 0;
  return (agreement(a, b, 0, SKETCH_SIZE) + agreement(a, b, SKETCH_SIZE, 2 * SKETCH_SIZE)) / 2;
}
