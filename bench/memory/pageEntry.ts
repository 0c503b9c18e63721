/** What the memory benchmark runs inside a Chromium page: the extension's IndexedDB memory, unchanged. */
import type { MemoryEntry } from '../../src/core/ports.ts';
import { indexedItem, type IndexedItem } from '../../src/core/memory/indexedMemory.ts';
import { SKETCH_SIZE } from '../../src/core/text/sketch.ts';
import { idbMemory } from '../../src/extension/storage/idbMemory.ts';
import { openMemoryDb, putPages, readMeta, type MemoryDb } from '../../src/extension/storage/idbMemoryStore.ts';

let db: Promise<MemoryDb> | null = null;
const open = (): Promise<MemoryDb> => (db ??= openMemoryDb('provenance-memory-bench'));
const CAPACITY = 1_000_000;
const memory = idbMemory(open, () => CAPACITY);

/** Bulk fill: one transaction per batch, URLs known to be new (no lookup of an older copy per page). */
export interface FillBatch {
  /** base64 of the sketches' uint32 values, 2 × SKETCH_SIZE per article. */
  sketches: string;
  heads: [url: string, title: string, publisher: string, visitedAt: number][];
}

export async function fill(batch: FillBatch): Promise<{ count: number; writeMs: number }> {
  const raw = Uint8Array.from(atob(batch.sketches), (ch) => ch.charCodeAt(0));
  const values = new Uint32Array(raw.buffer);
  const width = 2 * SKETCH_SIZE;
  const items = batch.heads
    .map(([url, title, publisher, visitedAt], i) =>
      indexedItem({
        url,
        title,
        publisher,
        visitedAt,
        sketch: Array.from(values.subarray(i * width, (i + 1) * width)),
      }),
    )
    .filter((x): x is IndexedItem => x !== null);
  const t0 = performance.now();
  await putPages(await open(), items, CAPACITY, {}, { unique: true });
  return { count: (await readMeta(await open())).count, writeMs: Math.round(performance.now() - t0) };
}

export async function remember(entries: MemoryEntry[]): Promise<number[]> {
  const times: number[] = [];
  for (const e of entries) {
    const t0 = performance.now();
    await memory.remember(e);
    times.push(performance.now() - t0);
  }
  return times;
}

export async function recall(sketches: number[][]): Promise<{ ms: number[]; urls: string[][] }> {
  const ms: number[] = [];
  const urls: string[][] = [];
  for (const s of sketches) {
    const t0 = performance.now();
    const got = await memory.recall(s, 5);
    ms.push(performance.now() - t0);
    urls.push(got.map((e) => e.url));
  }
  return { ms, urls };
}

export async function usage(): Promise<number | null> {
  return (await navigator.storage.estimate()).usage ?? null;
}

/** Live data by object store (records and value bytes), to tell it from what LevelDB keeps beyond it. */
export async function breakdown(): Promise<Record<string, { records: number; bytes: number }>> {
  const d = await open();
  const out: Record<string, { records: number; bytes: number }> = {};
  for (const name of [...d.objectStoreNames]) {
    const tx = d.transaction(name as 'blocks');
    let records = 0;
    let bytes = 0;
    for (let c = await tx.store.openCursor(); c; c = await c.continue()) {
      records++;
      const v = c.value as unknown;
      if (v instanceof Uint8Array) bytes += v.byteLength;
      else if (v && typeof v === 'object' && 'r' in v && 'b' in v)
        bytes += (v as { r: Uint8Array; b: Uint32Array }).r.byteLength + (v as { b: Uint32Array }).b.byteLength;
      else bytes += JSON.stringify(v).length;
    }
    await tx.done;
    out[name] = { records, bytes };
  }
  return out;
}
