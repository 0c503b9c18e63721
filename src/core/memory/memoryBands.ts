/**
 * The band index of the memory: where a sketch's postings go, so that a lookup reads only the entries that share a
 * band with the page instead of comparing it with every remembered page.
 *
 * Bands have one row (r = 1), one per shingle slot of the sketch. A paraphrase keeps ~30–60 % of its original's
 * 3-word shingles and an aggregator's excerpt (one to three paragraphs) only |excerpt| / |original| ≈ 5–35 % of
 * them; wider bands (r ≥ 2) would square those rates and lose the excerpts, which is what LSH Ensemble's small-r
 * partitions are for. Unrelated news texts share well under 1 % of their shingles, so one-row bands stay selective.
 * A band hashes (slot, value) into one of BUCKETS buckets and keeps a 4-bit check of the value in each posting:
 * postings of other slots or values that land in the same bucket are dropped on reading (all but 1 in 16).
 */
import { hashString } from '../text/hashString.ts';
import { SKETCH_SIZE } from '../text/sketch.ts';

/** Bucket records of the band index (16 bits), few enough that the per-record overhead of a store stays small. */
export const BUCKETS = 1 << 16;
/** Bands per sketch: every shingle slot. */
export const BANDS = SKETCH_SIZE;

/** Bits of the value kept with a posting to tell it from others in its bucket. */
export const CHECK_BITS = 4;
const CHECK_MASK = (1 << CHECK_BITS) - 1;

export interface Posting {
  bucket: number;
  check: number;
}

const BAND_SEEDS: number[] = Array.from({ length: BANDS }, (_, i) => (0x9e3779b1 * (i + 1)) >>> 0);

function mix(h: number, seed: number): number {
  let x = (h ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The postings of a full sketch (2 × SKETCH_SIZE values), one per band; [] for an empty or foreign sketch. */
export function postingsOf(sketch: readonly number[]): Posting[] {
  if (sketch.length !== 2 * SKETCH_SIZE) return [];
  const out: Posting[] = [];
  for (let i = 0; i < BANDS; i++) {
    const h = mix(sketch[i] ?? 0, BAND_SEEDS[i] ?? i);
    out.push({ bucket: h & (BUCKETS - 1), check: (h >>> 16) & CHECK_MASK });
  }
  return out;
}

/**
 * The URL band: a store that keeps one record per URL finds the older record of a URL in the bucket of its hash
 * (4,096 buckets numbered after the content buckets, a 16-bit check: 28 bits of the hash, so a false candidate once
 * in ~2,700 remembers at 100,000 pages), ~4 bytes a page where an index on the URL's hash took ~50.
 */
export const URL_BUCKETS = 1 << 12;
export const URL_CHECK_BITS = 16;

export function urlPosting(url: string): Posting {
  const h = hashString(url) >>> 0;
  return { bucket: BUCKETS + (h & (URL_BUCKETS - 1)), check: h >>> 16 };
}
