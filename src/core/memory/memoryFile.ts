/**
 * The memory as a file a reader moves between browsers or hands to the CLI: JSON lines, a header line
 * `{"format":"provenance-memory","version":3}` then one page a line (its record, `bits` as numbers when it has word
 * bits, and `bands`: its postings as bucket × 16 + check, since the full sketch is not kept). Every line read is
 * validated; a bad one is skipped and counted, never a crash.
 */
import type { IndexedItem } from './indexedMemory.ts';
import { BANDS, BUCKETS, CHECK_BITS } from './memoryBands.ts';
import { decodePostings, type DecodedPostings } from './postingList.ts';
import { repairRecord, type MemoryRecord } from './memoryRecord.ts';

export const MEMORY_FILE_FORMAT = 'provenance-memory';
/** 1: `bits` held both halves of the sketch (128 bytes); 2: the word half only (64); 3: none or 64. All are read. */
export const MEMORY_FILE_VERSION = 3;
const SCALE = 2 ** CHECK_BITS;

export const memoryFileHeader = (): string =>
  JSON.stringify({ format: MEMORY_FILE_FORMAT, version: MEMORY_FILE_VERSION });

export function memoryFileLine(record: MemoryRecord, bands: readonly number[]): string {
  const { bits, ...rest } = record;
  return JSON.stringify(bits ? { ...rest, bits: Array.from(bits), bands } : { ...rest, bands });
}

/** The pages of a file's text, oldest visit first (so a capacity keeps the most recent), and the lines skipped. */
export function parseMemoryFile(text: string): { items: IndexedItem[]; skipped: number } {
  const lines = text.split('\n').filter((l) => l.trim());
  if (!knownHeader(lines[0] ?? '')) return { items: [], skipped: lines.length };
  const items: IndexedItem[] = [];
  let skipped = 0;
  for (const line of lines.slice(1)) {
    const item = parseLine(line);
    if (item) items.push(item);
    else skipped++;
  }
  items.sort((a, b) => a.record.visitedAt - b.record.visitedAt);
  return { items, skipped };
}

function knownHeader(line: string): boolean {
  try {
    const head = JSON.parse(line) as { format?: unknown; version?: unknown };
    const v = head?.version;
    return head?.format === MEMORY_FILE_FORMAT && typeof v === 'number' && v >= 1 && v <= MEMORY_FILE_VERSION;
  } catch {
    return false;
  }
}

function parseLine(line: string): IndexedItem | null {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return null;
  }
  const record = repairRecord(value);
  const bands = (value as { bands?: unknown } | null)?.bands;
  if (!record || !Array.isArray(bands) || bands.length === 0 || bands.length > BANDS) return null;
  if (!bands.every((b) => Number.isInteger(b) && b >= 0 && b < BUCKETS * SCALE)) return null;
  return { record, postings: (bands as number[]).map((b) => ({ bucket: Math.floor(b / SCALE), check: b % SCALE })) };
}

/**
 * Each page's postings, rebuilt from posting lists (bucket → bytes or decoded) for the ids in [from, to]: what a store keeps
 * of a page's bands is spread over the buckets.
 */
export function bandsByPage(
  buckets: Iterable<[bucket: number, list: Uint8Array | DecodedPostings]>,
  from: number,
  to: number,
): Map<number, number[]> {
  const bands = new Map<number, number[]>();
  for (const [bucket, list] of buckets) {
    if (!Number.isInteger(bucket) || bucket < 0 || bucket >= BUCKETS) continue;
    const { ids, checks } = list instanceof Uint8Array ? decodePostings(list) : list;
    ids.forEach((id, k) => {
      if (id < from || id > to) return;
      const list = bands.get(id) ?? [];
      list.push(bucket * SCALE + (checks[k] ?? 0));
      bands.set(id, list);
    });
  }
  return bands;
}

/** A whole memory as a file's text (the CLI's file-backed memory; the extension exports in parts). */
export function memoryFileText(
  records: Iterable<[id: number, record: MemoryRecord]>,
  buckets: Iterable<[bucket: number, bytes: Uint8Array]>,
): string {
  const bands = bandsByPage(buckets, 0, Number.MAX_SAFE_INTEGER);
  const lines = [memoryFileHeader()];
  for (const [id, record] of records) lines.push(memoryFileLine(record, bands.get(id) ?? []));
  return `${lines.join('\n')}\n`;
}
