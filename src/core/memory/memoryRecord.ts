/**
 * One remembered article as a store keeps it (IndexedDB in the extension, a file in the CLI, an export file), and
 * the repair that every record read from outside goes through: a corrupted or foreign record is refused (and
 * counted by the caller), never a crash.
 */
import type { MemoryEntry } from '../ports.ts';
import { SKETCH_SIZE } from '../text/sketch.ts';
import { compactSketch, estimateShingles } from './compactSketch.ts';

export interface MemoryRecord {
  url: string;
  title: string | null;
  publisher: string | null;
  /** Publication time the page declared (ms), when it did. */
  publishedAt: number | null;
  visitedAt: number;
  /** b-bit word minima, SKETCH_SIZE bytes (see compactSketch). */
  bits: Uint8Array;
  /** Estimated distinct shingles of the text. */
  size: number;
}

const MAX_URL = 2048;
const MAX_TITLE = 300;
const MAX_PUBLISHER = 200;

function finiteOrNull(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function text(v: unknown, max: number): string | null {
  return typeof v === 'string' && v.trim() ? v.slice(0, max) : null;
}

/** A page being remembered, reduced to what the store keeps; null when it has no usable URL or sketch. */
export function toRecord(entry: MemoryEntry): MemoryRecord | null {
  const bits = compactSketch(entry.sketch);
  if (!bits || typeof entry.url !== 'string' || entry.url.length > MAX_URL || !/^https?:\/\//i.test(entry.url))
    return null;
  if (!Number.isFinite(entry.visitedAt)) return null;
  return {
    url: entry.url,
    title: text(entry.title, MAX_TITLE),
    publisher: text(entry.publisher, MAX_PUBLISHER),
    publishedAt: finiteOrNull(entry.publishedAt),
    visitedAt: entry.visitedAt,
    bits,
    size: estimateShingles(entry.sketch),
  };
}

/** A record read back from a store or a file (packed or as an object); null when it is not one of ours. */
export function repairRecord(value: unknown): MemoryRecord | null {
  if (value instanceof Uint8Array) return unpackRecord(value);
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.url !== 'string' || v.url.length > MAX_URL || !/^https?:\/\//i.test(v.url)) return null;
  const visitedAt = finiteOrNull(v.visitedAt);
  if (visitedAt === null) return null;
  let bits: Uint8Array | null = null;
  if (v.bits instanceof Uint8Array) bits = v.bits;
  else if (Array.isArray(v.bits) && v.bits.every((n) => Number.isInteger(n) && n >= 0 && n <= 255))
    bits = Uint8Array.from(v.bits as number[]);
  // Records of 0.2 kept both halves of the sketch; only the word half is read now.
  if (bits?.length === 2 * SKETCH_SIZE) bits = bits.slice(SKETCH_SIZE);
  if (!bits || bits.length !== SKETCH_SIZE) return null;
  const size = finiteOrNull(v.size);
  return {
    url: v.url,
    title: text(v.title, MAX_TITLE),
    publisher: text(v.publisher, MAX_PUBLISHER),
    publishedAt: finiteOrNull(v.publishedAt),
    visitedAt,
    bits,
    size: size !== null && size >= 0 ? Math.round(size) : 0,
  };
}

/** What `recall` hands back: the page as remembered, without the sketch (only its compact form is kept). */
export function toEntry(record: MemoryRecord): MemoryEntry {
  return {
    url: record.url,
    title: record.title,
    visitedAt: record.visitedAt,
    sketch: [],
    ...(record.publisher ? { publisher: record.publisher } : {}),
    ...(record.publishedAt !== null ? { publishedAt: record.publishedAt } : {}),
  };
}

/**
 * A record as one byte string, the form the IndexedDB store keeps: a structured-cloned object pays for its nine
 * property names in every record (~100 bytes, a quarter of a page's bytes at 100,000 pages). Layout: version byte,
 * visitedAt and publishedAt (float64, NaN for none), size (uint32), the SKETCH_SIZE sketch bytes, then url, title
 * and publisher as a varint byte length and UTF-8 (length 0 for none).
 */
const PACK_VERSION = 1;
const HEAD = 1 + 8 + 8 + 4;
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder('utf-8', { fatal: true });

export function packRecord(r: MemoryRecord): Uint8Array {
  const texts = [r.url, r.title ?? '', r.publisher ?? ''].map((t) => utf8.encode(t));
  const out = new Uint8Array(HEAD + SKETCH_SIZE + texts.reduce((n, t) => n + t.length + 2, 0));
  const view = new DataView(out.buffer);
  out[0] = PACK_VERSION;
  view.setFloat64(1, r.visitedAt);
  view.setFloat64(9, r.publishedAt ?? Number.NaN);
  view.setUint32(17, Math.max(0, Math.min(0xffffffff, Math.round(r.size))));
  out.set(r.bits.subarray(0, SKETCH_SIZE), HEAD);
  let at = HEAD + SKETCH_SIZE;
  for (const t of texts) {
    out[at++] = (t.length & 0x7f) | (t.length > 0x7f ? 0x80 : 0);
    if (t.length > 0x7f) out[at++] = t.length >>> 7;
    out.set(t, at);
    at += t.length;
  }
  return out.slice(0, at);
}

export function unpackRecord(bytes: Uint8Array): MemoryRecord | null {
  if (bytes.length < HEAD + SKETCH_SIZE + 3 || bytes[0] !== PACK_VERSION) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const texts: string[] = [];
  let at = HEAD + SKETCH_SIZE;
  for (let k = 0; k < 3; k++) {
    let len = bytes[at++] ?? 0;
    if (len & 0x80) len = (len & 0x7f) | ((bytes[at++] ?? 0) << 7);
    if (at + len > bytes.length) return null;
    try {
      texts.push(fromUtf8.decode(bytes.subarray(at, at + len)));
    } catch {
      return null;
    }
    at += len;
  }
  const publishedAt = view.getFloat64(9);
  return repairRecord({
    url: texts[0],
    title: texts[1],
    publisher: texts[2],
    visitedAt: view.getFloat64(1),
    publishedAt: Number.isNaN(publishedAt) ? null : publishedAt,
    size: view.getUint32(17),
    bits: bytes.slice(HEAD, HEAD + SKETCH_SIZE),
  });
}
