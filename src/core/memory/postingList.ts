/**
 * A bucket's posting list as bytes: entry ids ascending, each as its gap from the previous id, Rice-coded, followed
 * by its check bits. Ids grow with every page remembered, so an append never sorts; with 64 bands over 65,536
 * buckets a gap is ~1,000 ids whatever the size of the memory (geometric), which Rice coding stores in ~12 bits
 * where a varint took 16–24: ~2 bytes a posting with a 4-bit check instead of ~2.4.
 *
 * Layout: byte 0 the Rice parameter k, byte 1 the check bits c, then the number of postings as a varint, then per
 * posting (gap − 1) >> k in unary (ones closed by a zero), the k low bits of gap − 1 and the c check bits, most
 * significant bit first. The count keeps the last byte's padding from reading as a posting.
 */
import { CHECK_BITS } from './memoryBands.ts';

export interface DecodedPostings {
  ids: number[];
  checks: number[];
}

const MAX_POSTINGS = 1_000_000;
/** Rice parameters up to this (a mean gap of millions of ids) fit the decoder's 24-bit reads. */
const MAX_K = 24;
const MAX_CHECK_BITS = 16;
/** A unary run longer than this is garbage (a gap of 2^k × 4,096 ids). */
const MAX_UNARY = 4096;

export class BitWriter {
  readonly out: number[] = [];
  private cur = 0;
  private bit = 0;
  one(b: number): void {
    this.cur |= (b & 1) << (7 - this.bit);
    if (++this.bit === 8) {
      this.out.push(this.cur);
      this.cur = 0;
      this.bit = 0;
    }
  }
  many(v: number, n: number): void {
    for (let i = n - 1; i >= 0; i--) this.one(Math.floor(v / 2 ** i) & 1);
  }
  end(): number[] {
    if (this.bit) this.out.push(this.cur);
    return this.out;
  }
}

export function readVarint(bytes: Uint8Array, start: number): { value: number; next: number } | null {
  let v = 0;
  let shift = 0;
  let i = start;
  for (;;) {
    if (i >= bytes.length || shift > 42) return null;
    const b = bytes[i++] ?? 0;
    v += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return { value: v, next: i };
  }
}

export function writeVarint(out: number[], n: number): void {
  let v = n;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** The check bits a stored list was written with (CHECK_BITS for none). */
export function checkBitsOf(bytes: Uint8Array | undefined): number {
  const c = bytes && bytes.length >= 2 ? (bytes[1] ?? CHECK_BITS) : CHECK_BITS;
  return c <= MAX_CHECK_BITS ? c : CHECK_BITS;
}

/** What can be read of a list; a truncated or garbage one decodes to its readable start, never throws. */
export function decodePostings(bytes: Uint8Array | undefined): DecodedPostings {
  const out: DecodedPostings = { ids: [], checks: [] };
  if (!bytes || bytes.length < 3) return out;
  const k = bytes[0] ?? 0;
  const c = bytes[1] ?? 0;
  const head = readVarint(bytes, 2);
  if (k > MAX_K || c > MAX_CHECK_BITS || !head) return out;
  readRice(bytes, head.next, bytes.length, k, c, 0, Math.min(head.value, MAX_POSTINGS), out);
  return out;
}

/**
 * Appends to `out` the postings Rice-coded in bytes[from, to): gaps from `base` (the id before the first), k low
 * bits, c check bits; at most `count`, and never a posting cut short by the end (padding, truncation).
 */
export function readRice(
  bytes: Uint8Array,
  from: number,
  to: number,
  k: number,
  c: number,
  base: number,
  count: number,
  out: DecodedPostings,
): void {
  if (k > MAX_K || c > MAX_CHECK_BITS) return;
  const { ids, checks } = out;
  const len = Math.min(to, bytes.length);
  const limit = Math.min(count, MAX_POSTINGS);
  // A bit window: `acc` holds the next `n` unread bits (n ≤ 31), refilled a byte at a time (hot: every lookup).
  let at = from;
  let acc = 0;
  let n = 0;
  const fill = (m: number): boolean => {
    while (n < m && at < len) {
      acc = ((acc << 8) | (bytes[at++] ?? 0)) >>> 0;
      n += 8;
    }
    return n >= m;
  };
  const take = (m: number): number => {
    n -= m;
    const v = (acc >>> n) & ((1 << m) - 1);
    acc &= (1 << n) - 1;
    return v;
  };
  const scale = 2 ** k;
  let id = base;
  for (let got = 0; got < limit; got++) {
    let q = 0;
    for (;;) {
      if (!fill(1)) return;
      if (take(1) === 0) break;
      if (++q > MAX_UNARY) return;
    }
    if (!fill(k)) return;
    const low = k ? take(k) : 0;
    if (!fill(c)) return;
    const check = c ? take(c) : 0;
    id += q * scale + low + 1;
    ids.push(id);
    checks.push(check);
  }
}

/** Writes ascending ids (above `base`) as Rice-coded gaps with their check bits; returns how many it wrote. */
export function writeRice(
  w: BitWriter,
  ids: readonly number[],
  checks: readonly number[],
  k: number,
  checkBits: number,
  base = 0,
): number {
  let prev = base;
  let wrote = 0;
  const mask = 2 ** checkBits;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] ?? 0;
    const g = id - prev - 1;
    if (g < 0) continue; // not ascending (or not above base): not representable, and never written by the stores
    const q = Math.floor(g / 2 ** k);
    for (let j = 0; j < q; j++) w.one(1);
    w.one(0);
    w.many(g % 2 ** k, k);
    w.many((checks[i] ?? 0) % mask, checkBits);
    prev = id;
    wrote++;
  }
  return wrote;
}

/** The Rice parameter for gaps averaging `mean`: log2 of it, near-optimal for geometric gaps. */
export function riceK(mean: number): number {
  return Math.max(0, Math.min(MAX_K, Math.floor(Math.log2(Math.max(1, mean * 0.69)))));
}

export function encodePostings(ids: readonly number[], checks: readonly number[], checkBits = CHECK_BITS): Uint8Array {
  const last = ids[ids.length - 1] ?? 0;
  const k = riceK(ids.length ? last / ids.length : 1);
  const out: number[] = [k, checkBits];
  writeVarint(out, ids.length);
  const w = new BitWriter();
  writeRice(w, ids, checks, k, checkBits);
  return Uint8Array.from([...out, ...w.end()]);
}

/**
 * Adds postings (ids greater than every id in the list) and drops the ids below `minLiveId` (entries evicted as the
 * oldest), so a bucket shrinks again as the memory turns over. A new list takes `checkBits`; a stored one keeps its own.
 */
export function appendPostings(
  bytes: Uint8Array | undefined,
  add: readonly { id: number; check: number }[],
  minLiveId = 0,
  checkBits = CHECK_BITS,
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
  return encodePostings(keptIds, keptChecks, bytes && bytes.length >= 3 ? checkBitsOf(bytes) : checkBits);
}

/**
 * A posting list as version 1 of the IndexedDB store wrote it (one varint of gap × 16 + check per posting), read
 * once by the store's upgrade to re-encode it.
 */
export function decodeVarintPostings(bytes: Uint8Array | undefined): DecodedPostings {
  const ids: number[] = [];
  const checks: number[] = [];
  if (!bytes) return { ids, checks };
  let i = 0;
  let id = 0;
  while (i < bytes.length && ids.length < MAX_POSTINGS) {
    const v = readVarint(bytes, i);
    if (!v) break; // truncated varint
    i = v.next;
    id += Math.floor(v.value / 16);
    ids.push(id);
    checks.push(v.value % 16);
  }
  return { ids, checks };
}
