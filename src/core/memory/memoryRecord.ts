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
  /** b-bit sketch (see compactSketch). */
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

/** A record read back from a store or a file; null when it is not one of ours. */
export function repairRecord(value: unknown): MemoryRecord | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.url !== 'string' || v.url.length > MAX_URL || !/^https?:\/\//i.test(v.url)) return null;
  const visitedAt = finiteOrNull(v.visitedAt);
  if (visitedAt === null) return null;
  let bits: Uint8Array | null = null;
  if (v.bits instanceof Uint8Array) bits = v.bits;
  else if (Array.isArray(v.bits) && v.bits.every((n) => Number.isInteger(n) && n >= 0 && n <= 255))
    bits = Uint8Array.from(v.bits as number[]);
  if (!bits || bits.length !== 2 * SKETCH_SIZE) return null;
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
