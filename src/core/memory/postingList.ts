/**
 * A bucket's posting list as bytes: entry ids ascending, each written as one varint of (gap from the previous id) ×
 * 16 + its 4-bit check. Ids grow with every page remembered, so an append never sorts, and with 64 bands over 65,536
 * buckets the gaps stay near 1,000 ids: two bytes a posting at 100,000 articles.
 */
import { CHECK_BITS } from './memoryBands.ts';

const SCALE = 2 ** CHECK_BITS;

export interface DecodedPostings {
  ids: number[];
  checks: number[];
}

const MAX_POSTINGS = 1_000_000;

export function decodePostings(bytes: Uint8Array | undefined): DecodedPostings {
  const ids: number[] = [];
  const checks: number[] = [];
  if (!bytes) return { ids, checks };
  let i = 0;
  let id = 0;
  while (i < bytes.length && ids.length < MAX_POSTINGS) {
    let v = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[i++] ?? 0;
      v += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80 && i < bytes.length && shift < 49);
    if (b & 0x80) break; // truncated varint
    id += Math.floor(v / SCALE);
    ids.push(id);
    checks.push(v % SCALE);
  }
  return { ids, checks };
}

function writeVarint(out: number[], n: number): void {
  let v = n;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

export function encodePostings(ids: readonly number[], checks: readonly number[]): Uint8Array {
  const out: number[] = [];
  let prev = 0;
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k] ?? 0;
    writeVarint(out, (id - prev) * SCALE + ((checks[k] ?? 0) % SCALE));
    prev = id;
  }
  return Uint8Array.from(out);
}

/**
 * Adds postings (ids greater than every id in the list) and drops the ids below `minLiveId` (entries evicted as the
 * oldest), so a bucket shrinks again as the memory turns over.
 */
export function appendPostings(
  bytes: Uint8Array | undefined,
  add: readonly { id: number; check: number }[],
  minLiveId = 0,
): Uint8Array {
  const { ids, checks } = decodePostings(bytes);
  let from = 0;
  while (from < ids.length && (ids[from] ?? 0) < minLiveId) from++;
  const keptIds = ids.slice(from);
  const keptChecks = checks.slice(from);
  let last = keptIds.length ? (keptIds[keptIds.length - 1] ?? 0) : 0;
  for (const p of add) {
    if (p.id <= last) continue; // never out of order: the list must stay ascending
    keptIds.push(p.id);
    keptChecks.push(p.check);
    last = p.id;
  }
  if (from === 0 && keptIds.length === ids.length && bytes) return bytes;
  return encodePostings(keptIds, keptChecks);
}
