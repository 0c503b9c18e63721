/**
 * A record of the band index as version 4 of the store keeps it: the posting lists of GROUP consecutive buckets for
 * the pages of one epoch (EPOCH consecutive ids).
 *
 * Why groups: a store pays for every record it keeps, whatever its size (IndexedDB in Chromium: ~115 bytes a record
 * on disk at 100,000 pages, measured, against ~190 bytes of postings in a bucket), so 65,536 bucket records cost
 * more than their postings; 16 buckets to a record keep a lookup at one record a band. Why epochs: a record is
 * rewritten whenever pages are added to it, and a rewritten record leaves its old copy on disk until LevelDB
 * compacts it; with epochs only the records of the last epoch are ever rewritten, older ones are written once, so
 * what the disk holds beyond the live data stays bounded by one epoch's index (≤ ~8 MB) instead of the whole index.
 *
 * Layout: byte 0 the Rice parameter k, byte 1 the check bits c, the epoch's first id minus one (varint, the base
 * the first gap counts from), then GROUP varints, the byte length of each bucket's list, then the lists, each
 * starting on a byte: per posting (gap − 1) >> k in unary (ones closed by a zero), the k low bits of gap − 1 and the
 * c check bits. k + c ≥ 7, so the padding closing a list (≤ 7 zero bits) never reads as a posting.
 */
import { BitWriter, readRice, readVarint, riceK, writeRice, writeVarint, type DecodedPostings } from './postingList.ts';

export const GROUP = 16;
/** Pages (ids) to an epoch: at 100,000 pages a lookup reads 2 records a band, and what is rewritten stays ≤ ~8 MB. */
export const EPOCH = 1 << 16;

export const groupOf = (bucket: number): number => Math.floor(bucket / GROUP);
export const epochOf = (id: number): number => Math.floor(id / EPOCH);

const MAX_K = 24;
const MAX_CHECK_BITS = 16;

interface Header {
  k: number;
  c: number;
  base: number;
  /** Byte offsets of each list's start, then the end. */
  starts: number[];
}

function header(bytes: Uint8Array | undefined): Header | null {
  if (!(bytes instanceof Uint8Array) || bytes.length < 3) return null;
  const k = bytes[0] ?? 0;
  const c = bytes[1] ?? 0;
  if (k > MAX_K || c > MAX_CHECK_BITS || k + c < 7) return null;
  const base = readVarint(bytes, 2);
  if (!base) return null;
  let at = base.next;
  const lengths: number[] = [];
  for (let i = 0; i < GROUP; i++) {
    const v = readVarint(bytes, at);
    if (!v) return null;
    lengths.push(v.value);
    at = v.next;
  }
  const starts = [at];
  for (const len of lengths) starts.push(Math.min(bytes.length, (starts[starts.length - 1] ?? at) + len));
  return { k, c, base: base.value, starts };
}

function listAt(bytes: Uint8Array, h: Header, sub: number): DecodedPostings {
  const out: DecodedPostings = { ids: [], checks: [] };
  const from = h.starts[sub];
  const to = h.starts[sub + 1];
  if (from === undefined || to === undefined || to <= from) return out;
  readRice(bytes, from, to, h.k, h.c, h.base, Number.MAX_SAFE_INTEGER, out);
  return out;
}

/** The list of bucket `sub` (0 … GROUP − 1) of a group record; empty for a garbled or foreign record, never a throw. */
export function decodeGroupList(bytes: Uint8Array | undefined, sub: number): DecodedPostings {
  const h = header(bytes);
  return h && bytes ? listAt(bytes, h, sub) : { ids: [], checks: [] };
}

/** All GROUP lists of a group record (empty ones for a garbled record). */
export function decodeGroup(bytes: Uint8Array | undefined): DecodedPostings[] {
  const h = header(bytes);
  return Array.from({ length: GROUP }, (_, sub) => (h && bytes ? listAt(bytes, h, sub) : { ids: [], checks: [] }));
}

/** The check bits a stored group record was written with (null for a garbled one). */
export function groupCheckBits(bytes: Uint8Array | undefined): number | null {
  return header(bytes)?.c ?? null;
}

/** A group record of these GROUP lists (ids ascending, all above `base`), their checks `checkBits` wide. */
export function encodeGroup(base: number, lists: readonly DecodedPostings[], checkBits: number): Uint8Array {
  let span = 0;
  let count = 0;
  for (const l of lists) {
    if (!l.ids.length) continue;
    span += (l.ids[l.ids.length - 1] ?? base) - base;
    count += l.ids.length;
  }
  const k = Math.max(riceK(count ? span / count : 1), 7 - checkBits, 0);
  const bodies = Array.from({ length: GROUP }, (_, sub) => {
    const l = lists[sub];
    if (!l?.ids.length) return [];
    const w = new BitWriter();
    writeRice(w, l.ids, l.checks, k, checkBits, base);
    return w.end();
  });
  const out: number[] = [k, checkBits];
  writeVarint(out, base);
  for (const b of bodies) writeVarint(out, b.length);
  for (const b of bodies) for (const x of b) out.push(x);
  return Uint8Array.from(out);
}

/**
 * A group record with postings added (ids above every id in their list; others are dropped, lists must stay
 * ascending). `adds` maps a bucket's place in the group to its new postings. A garbled stored record is replaced.
 */
export function appendToGroup(
  bytes: Uint8Array | undefined,
  base: number,
  adds: ReadonlyMap<number, DecodedPostings>,
  checkBits: number,
): Uint8Array {
  const h = header(bytes);
  const keep = h && bytes && h.base === base;
  const lists = Array.from({ length: GROUP }, (_, sub) => (keep ? listAt(bytes, h, sub) : { ids: [], checks: [] }));
  for (const [sub, add] of adds) {
    const list = lists[sub];
    if (!list) continue;
    let last = list.ids[list.ids.length - 1] ?? base;
    add.ids.forEach((id, i) => {
      if (id <= last) return;
      list.ids.push(id);
      list.checks.push(add.checks[i] ?? 0);
      last = id;
    });
  }
  return encodeGroup(base, lists, keep ? h.c : checkBits);
}
