/**
 * One remembered article as a store keeps it (IndexedDB in the extension, a file in the CLI, an export file), and
 * the repair that every record read from outside goes through: a corrupted or foreign record is refused (and
 * counted by the caller), never a crash.
 */
import type { MemoryEntry } from '../ports.ts';
import { SKETCH_SIZE } from '../text/sketch.ts';
import { estimateShingles } from './compactSketch.ts';

export interface MemoryRecord {
  url: string;
  title: string | null;
  publisher: string | null;
  /** Publication time the page declared (ms), when it did. */
  publishedAt: number | null;
  visitedAt: number;
  /**
   * b-bit word minima, SKETCH_SIZE bytes (see compactSketch), for records kept by versions up to 0.3; null for the
   * records written now, which the band index alone scores.
   */
  bits: Uint8Array | null;
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
  if (!Array.isArray(entry.sketch) || entry.sketch.length !== 2 * SKETCH_SIZE) return null;
  if (typeof entry.url !== 'string' || entry.url.length > MAX_URL || !/^https?:\/\//i.test(entry.url)) return null;
  if (!Number.isFinite(entry.visitedAt)) return null;
  return {
    url: entry.url,
    title: text(entry.title, MAX_TITLE),
    publisher: text(entry.publisher, MAX_PUBLISHER),
    publishedAt: finiteOrNull(entry.publishedAt),
    visitedAt: entry.visitedAt,
    bits: null,
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
  else if (v.bits !== undefined && v.bits !== null) return null;
  // Records of 0.2 kept both halves of the sketch, 0.3 the word half; those written now keep none.
  if (bits?.length === 2 * SKETCH_SIZE) bits = bits.slice(SKETCH_SIZE);
  if (bits?.length === 0) bits = null;
  if (bits && bits.length !== SKETCH_SIZE) return null;
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
 * A record as one byte string, the form the IndexedDB store keeps: a structured-cloned object pays for its property
 * names in every record. Version 2 (now): version byte, flags (1: published date, 2: word bits, 4: title slug),
 * visitedAt, publishedAt and size as varints (times in ms, zigzag), the word bits when flagged, then the URL (its
 * scheme and a leading `www.` as one code byte; when flagged, the place and word count of the title's slug, which is
 * left out of the URL's text), title and publisher, each as a varint byte length and UTF-8. Version 1 (0.3):
 * float64 times, a uint32 size, always the 64 word bits. Both are read.
 */
const PACK_V1 = 1;
const PACK_V2 = 2;
const HEAD_V1 = 1 + 8 + 8 + 4;
const HAS_PUBLISHED = 1;
const HAS_BITS = 2;
const HAS_SLUG = 4;
/** A slug shorter than this is not worth its two bytes of place and count. */
const MIN_SLUG = 8;
/** URL beginnings coded as one byte (index + 1; 0: none of these). */
const URL_PREFIXES = ['https://www.', 'https://', 'http://www.', 'http://'];
const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder('utf-8', { fatal: true });

function writeVarint(out: number[], n: number): void {
  let v = n;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

const zigzag = (n: number): number => {
  const v = Math.round(Math.max(-(2 ** 51), Math.min(2 ** 51, n)));
  return v >= 0 ? v * 2 : -v * 2 - 1;
};
const unzigzag = (z: number): number => (z % 2 === 0 ? z / 2 : -(z + 1) / 2);

/**
 * The title as a URL slug: marks stripped, lower case, words joined by hyphens. Many news URLs carry their title's
 * slug (`/2024/05/12/minister-resigns-after-vote`): kept once, in the title.
 */
function slugWords(title: string | null): string[] {
  if (!title) return [];
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 40);
}

/** Where the longest slug of the title's first words sits in the URL's text, if one is long enough. */
function findSlug(rest: string, title: string | null): { at: number; words: number; text: string } | null {
  const words = slugWords(title);
  let best: { at: number; words: number; text: string } | null = null;
  for (let n = 1; n <= words.length; n++) {
    const text = words.slice(0, n).join('-');
    const at = rest.indexOf(text);
    if (at < 0) break;
    if (text.length >= MIN_SLUG) best = { at, words: n, text };
  }
  return best;
}

export function packRecord(r: MemoryRecord): Uint8Array {
  const plain = packWith(r, false);
  if (!findSlug(r.url, r.title)) return plain;
  const slugged = packWith(r, true);
  // Kept only when it reads back as the same URL (normalisation tables could differ between engines).
  return slugged.length < plain.length && unpackRecord(slugged)?.url === r.url ? slugged : plain;
}

function packWith(r: MemoryRecord, slug: boolean): Uint8Array {
  const prefix = URL_PREFIXES.findIndex((p) => r.url.startsWith(p));
  let rest = prefix >= 0 ? r.url.slice(URL_PREFIXES[prefix]?.length) : r.url;
  const found = slug ? findSlug(rest, r.title) : null;
  const flags = (r.publishedAt !== null ? HAS_PUBLISHED : 0) | (r.bits ? HAS_BITS : 0) | (found ? HAS_SLUG : 0);
  const out: number[] = [PACK_V2, flags];
  writeVarint(out, zigzag(r.visitedAt));
  if (r.publishedAt !== null) writeVarint(out, zigzag(r.publishedAt));
  writeVarint(out, Math.max(0, Math.min(0xffffffff, Math.round(r.size))));
  if (r.bits) out.push(...r.bits.subarray(0, SKETCH_SIZE));
  out.push(prefix + 1);
  if (found) {
    writeVarint(out, found.at);
    writeVarint(out, found.words);
    rest = rest.slice(0, found.at) + rest.slice(found.at + found.text.length);
  }
  for (const t of [rest, r.title ?? '', r.publisher ?? '']) {
    const bytes = utf8.encode(t);
    writeVarint(out, bytes.length);
    for (const b of bytes) out.push(b);
  }
  return Uint8Array.from(out);
}

/** Reads the byte strings of both versions; null for anything else (foreign, cut short, not UTF-8). */
export function unpackRecord(bytes: Uint8Array): MemoryRecord | null {
  if (bytes[0] === PACK_V1) return unpackV1(bytes);
  if (bytes[0] !== PACK_V2 || bytes.length < 6) return null;
  const flags = bytes[1] ?? 0;
  let at = 2;
  const varint = (): number | null => {
    let v = 0;
    for (let shift = 0; shift <= 49; shift += 7) {
      if (at >= bytes.length) return null;
      const b = bytes[at++] ?? 0;
      v += (b & 0x7f) * 2 ** shift;
      if (!(b & 0x80)) return v;
    }
    return null;
  };
  const visited = varint();
  const published = flags & HAS_PUBLISHED ? varint() : null;
  const size = varint();
  if (visited === null || size === null || (flags & HAS_PUBLISHED && published === null)) return null;
  let bits: Uint8Array | null = null;
  if (flags & HAS_BITS) {
    if (at + SKETCH_SIZE > bytes.length) return null;
    bits = bytes.slice(at, at + SKETCH_SIZE);
    at += SKETCH_SIZE;
  }
  const prefix = at < bytes.length ? (bytes[at++] ?? 0) : -1;
  if (prefix < 0 || prefix > URL_PREFIXES.length) return null;
  const slugAt = flags & HAS_SLUG ? varint() : 0;
  const slugCount = flags & HAS_SLUG ? varint() : 0;
  if (slugAt === null || slugCount === null) return null;
  const texts: string[] = [];
  for (let k = 0; k < 3; k++) {
    const len = varint();
    if (len === null || at + len > bytes.length) return null;
    try {
      texts.push(fromUtf8.decode(bytes.subarray(at, at + len)));
    } catch {
      return null;
    }
    at += len;
  }
  let rest = texts[0] ?? '';
  if (flags & HAS_SLUG) {
    const slug = slugWords(texts[1] ?? '')
      .slice(0, slugCount)
      .join('-');
    if (slugAt > rest.length || slug.length < MIN_SLUG) return null;
    rest = rest.slice(0, slugAt) + slug + rest.slice(slugAt);
  }
  return repairRecord({
    url: (URL_PREFIXES[prefix - 1] ?? '') + rest,
    title: texts[1],
    publisher: texts[2],
    visitedAt: unzigzag(visited),
    publishedAt: published === null ? null : unzigzag(published),
    size,
    bits,
  });
}

function unpackV1(bytes: Uint8Array): MemoryRecord | null {
  if (bytes.length < HEAD_V1 + SKETCH_SIZE + 3) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const texts: string[] = [];
  let at = HEAD_V1 + SKETCH_SIZE;
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
    bits: bytes.slice(HEAD_V1, HEAD_V1 + SKETCH_SIZE),
  });
}
