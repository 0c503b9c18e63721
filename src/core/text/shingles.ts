/**
 * Hashed word shingles (runs of SHINGLE_SIZE consecutive words). Three words: long enough that unrelated articles of
 * one language rarely share them, short enough that a copy with ~15 % of its words altered keeps most of them
 * (0.85³ ≈ 61 % survive; four- and five-word shingles keep 52 % and 44 %).
 */
import { hashString } from './hashString.ts';

export const SHINGLE_SIZE = 3;

/** Shingle hashes of one run of words; a run shorter than a shingle is one shingle of its own (short captions). */
export function shingleHashes(words: readonly string[], size = SHINGLE_SIZE): number[] {
  if (words.length === 0) return [];
  if (words.length < size) return [hashString(words.join(' '))];
  const out: number[] = [];
  for (let i = 0; i + size <= words.length; i++) out.push(hashString(words.slice(i, i + size).join(' ')));
  return out;
}
