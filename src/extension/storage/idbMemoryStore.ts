/**
 * The memory's store in IndexedDB (through `idb`), written by the background only. Three object stores:
 * `pages` (records under ascending ids, the oldest first; an index on a hash of the URL keeps one record per URL),
 * `buckets` (the band index: bucket number → posting list bytes) and `meta` (count, first live id, migration mark,
 * skipped records, last quota error). Every call is one transaction, so a stopped worker leaves no half-written page.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { IndexedItem, MemoryStore } from '../../core/memory/indexedMemory.ts';
import { appendPostings } from '../../core/memory/postingList.ts';
import type { MemoryRecord } from '../../core/memory/memoryRecord.ts';
import { hashString } from '../../core/text/hashString.ts';

export const MEMORY_DB = 'provenance-memory';

interface StoredPage extends MemoryRecord {
  /** hashString(url): the URL index, 4 bytes a page instead of the whole URL. */
  k: number;
}

export interface MemoryMeta {
  count: number;
  /** Ids below this were evicted: their postings are dropped when a bucket is next written. */
  minLive: number;
  /** Entries of the old storage.local list already moved here (the migration resumes from it). */
  migrated?: number;
  /** Records found unreadable and skipped, all time. */
  skipped?: number;
  /** The last quota error, for the options page. */
  quotaError?: { at: number; message: string } | null;
}

interface MemorySchema extends DBSchema {
  pages: { key: number; value: StoredPage; indexes: { k: number } };
  buckets: { key: number; value: Uint8Array };
  meta: { key: 'meta'; value: MemoryMeta };
}

export type MemoryDb = IDBPDatabase<MemorySchema>;
type WriteTx = IDBPTransaction<MemorySchema, ('pages' | 'buckets' | 'meta')[], 'readwrite'>;

const EMPTY_META: MemoryMeta = { count: 0, minLive: 0 };

export function openMemoryDb(name = MEMORY_DB): Promise<MemoryDb> {
  return openDB<MemorySchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('pages', { autoIncrement: true }).createIndex('k', 'k');
      db.createObjectStore('buckets');
      db.createObjectStore('meta');
    },
  });
}

export async function readMeta(db: MemoryDb): Promise<MemoryMeta> {
  return { ...EMPTY_META, ...((await db.get('meta', 'meta')) ?? {}) };
}

/** Drops the oldest pages until `keep` remain; returns the new first live id. */
async function evict(tx: WriteTx, meta: MemoryMeta, keep: number): Promise<void> {
  let extra = meta.count - Math.max(0, keep);
  if (extra <= 0) return;
  let cursor = await tx.objectStore('pages').openCursor();
  while (cursor && extra > 0) {
    await cursor.delete();
    meta.count--;
    extra--;
    cursor = await cursor.continue();
  }
  meta.minLive = cursor ? cursor.primaryKey : meta.minLive;
  if (!cursor) meta.count = 0;
}

/** Writes pages and their postings in one transaction (the adapter half of MemoryStore.put). */
export async function putPages(db: MemoryDb, items: readonly IndexedItem[], capacity: number, extraMeta: Partial<MemoryMeta> = {}): Promise<void> {
  const tx = db.transaction(['pages', 'buckets', 'meta'], 'readwrite');
  const pages = tx.objectStore('pages');
  const meta = { ...EMPTY_META, ...((await tx.objectStore('meta').get('meta')) ?? {}), ...extraMeta };
  // Same URL remembered again: the old record goes (its postings die with it: recall skips ids it cannot read).
  const keys = items.map((it) => hashString(it.record.url));
  const olds = await Promise.all(keys.map((k) => pages.index('k').getAll(IDBKeyRange.only(k))));
  const oldKeys = await Promise.all(keys.map((k) => pages.index('k').getAllKeys(IDBKeyRange.only(k))));
  const dropped = new Set<number>();
  olds.forEach((list, i) =>
    list.forEach((page, j) => {
      const key = oldKeys[i]?.[j];
      if (key !== undefined && page.url === items[i]?.record.url && !dropped.has(key)) dropped.add(key);
    }),
  );
  for (const key of dropped) void pages.delete(key);
  meta.count -= dropped.size;
  const ids = await Promise.all(items.map((it, i) => pages.add({ ...it.record, k: keys[i] ?? 0 })));
  meta.count += ids.length;
  await evict(tx, meta, capacity);
  const adds = new Map<number, { id: number; check: number }[]>();
  items.forEach((it, i) => {
    const id = ids[i] ?? 0;
    if (id < meta.minLive) return; // already evicted (an import larger than the capacity)
    for (const p of it.postings) {
      const list = adds.get(p.bucket) ?? [];
      list.push({ id, check: p.check });
      adds.set(p.bucket, list);
    }
  });
  const bucketStore = tx.objectStore('buckets');
  const bucketKeys = [...adds.keys()];
  const current = await Promise.all(bucketKeys.map((b) => bucketStore.get(b)));
  bucketKeys.forEach((b, i) => void bucketStore.put(appendPostings(current[i], adds.get(b) ?? [], meta.minLive), b));
  void tx.objectStore('meta').put(meta, 'meta');
  await tx.done;
}

/** The MemoryStore over an open database. */
export function idbMemoryStore(db: () => Promise<MemoryDb>): MemoryStore {
  return {
    async put(items, capacity) {
      await putPages(await db(), items, capacity);
    },
    async buckets(keys) {
      const tx = (await db()).transaction('buckets');
      const out = await Promise.all(keys.map((k) => tx.store.get(k)));
      await tx.done;
      return out;
    },
    async records(ids) {
      const tx = (await db()).transaction('pages');
      const out = await Promise.all(ids.map((id) => tx.store.get(id)));
      await tx.done;
      return out;
    },
  };
}
