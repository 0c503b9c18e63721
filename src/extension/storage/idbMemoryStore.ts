/**
 * The memory's store in IndexedDB (through `idb`), written by the background only. Three object stores:
 * `pages` (records under ascending ids, the oldest first; an index on a hash of the URL keeps one record per URL),
 * `buckets` (the band index: bucket number → posting list bytes), `pending` (page id → postings of the last pages
 * remembered, not yet merged into the buckets) and `meta` (count, first live id, migration mark, skipped records, last quota
 * error). Every call is one transaction, so a stopped worker leaves no half-written page.
 *
 * Why `pending`: merging one page's 64 postings into 64 bucket records costs 128 requests, ~15 ms on a busy machine;
 * adding them as one record costs one. The log is merged into the buckets every FLUSH_AT pages (a few
 * hundred requests per page saved to a few per page amortised, since pages share buckets), and a lookup reads it
 * beside the buckets, so a page is found from the moment it is remembered.
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

/** Postings not yet in the buckets: for each page id (the key), BANDS values bucket × 16 + check. */
export interface PendingLog {
  ids: number[];
  bands: Uint32Array[];
}

interface MemorySchema extends DBSchema {
  pages: { key: number; value: StoredPage; indexes: { k: number } };
  buckets: { key: number; value: Uint8Array };
  pending: { key: number; value: Uint32Array };
  meta: { key: 'meta'; value: MemoryMeta };
}

/** Pages whose postings wait in the log before one merge into the buckets. */
export const FLUSH_AT = 256;
/** A write of this many pages or more (an import, the migration) goes straight into the buckets. */
const BULK = 64;

export type MemoryDb = IDBPDatabase<MemorySchema>;
type WriteTx = IDBPTransaction<MemorySchema, ('pages' | 'buckets' | 'pending' | 'meta')[], 'readwrite'>;

const EMPTY_META: MemoryMeta = { count: 0, minLive: 0 };

export function openMemoryDb(name = MEMORY_DB): Promise<MemoryDb> {
  return openDB<MemorySchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('pages', { autoIncrement: true }).createIndex('k', 'k');
      db.createObjectStore('buckets');
      db.createObjectStore('pending');
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

/**
 * Writes pages and their postings in one transaction (the adapter half of MemoryStore.put): a few pages go to the
 * pending log, a bulk write (or a full log) is merged into the buckets with everything pending.
 */
export async function putPages(
  db: MemoryDb,
  items: readonly IndexedItem[],
  capacity: number,
  extraMeta: Partial<MemoryMeta> = {},
  flush = false,
): Promise<void> {
  const tx = db.transaction(['pages', 'buckets', 'pending', 'meta'], 'readwrite');
  const pages = tx.objectStore('pages');
  const [storedMeta, pendingCount] = await Promise.all([
    tx.objectStore('meta').get('meta'),
    tx.objectStore('pending').count(),
  ]);
  const meta = { ...EMPTY_META, ...(storedMeta ?? {}), ...extraMeta };
  // Same URL remembered again: the old record goes (its postings die with it: recall skips ids it cannot read).
  const keys = items.map((it) => hashString(it.record.url));
  const olds = await Promise.all(keys.map((k) => pages.index('k').getAllKeys(IDBKeyRange.only(k))));
  const dropped = new Set<number>(olds.flat());
  const oldPages = await Promise.all([...dropped].map((key) => pages.get(key)));
  const urls = new Set(items.map((it) => it.record.url));
  [...dropped].forEach((key, i) => {
    if (urls.has(oldPages[i]?.url ?? '')) void pages.delete(key);
    else dropped.delete(key); // another URL with the same hash
  });
  meta.count -= dropped.size;
  const ids = await Promise.all(items.map((it, i) => pages.add({ ...it.record, k: keys[i] ?? 0 })));
  meta.count += ids.length;
  await evict(tx, meta, capacity);
  const bands = items.map((it) => Uint32Array.from(it.postings, (p) => p.bucket * 16 + p.check));
  if (!flush && items.length < BULK && pendingCount + items.length < FLUSH_AT) {
    ids.forEach((id, i) => void tx.objectStore('pending').put(bands[i] ?? new Uint32Array(), id));
  } else {
    const log = await readPending(tx.objectStore('pending'));
    await mergePending(tx, { ids: [...log.ids, ...ids], bands: [...log.bands, ...bands] }, meta.minLive);
  }
  void tx.objectStore('meta').put(meta, 'meta');
  await tx.done;
}

/** Postings of the log grouped by bucket, ids ascending, the evicted left out. */
async function readPending(store: {
  getAllKeys(): Promise<number[]>;
  getAll(): Promise<Uint32Array[]>;
}): Promise<PendingLog> {
  const [ids, bands] = await Promise.all([store.getAllKeys(), store.getAll()]);
  return { ids, bands: bands.map((b) => (b instanceof Uint32Array ? b : new Uint32Array())) };
}

function pendingByBucket(log: PendingLog | undefined, minLive: number): Map<number, { id: number; check: number }[]> {
  const adds = new Map<number, { id: number; check: number }[]>();
  if (!log) return adds;
  log.ids.forEach((id, i) => {
    if (id < minLive) return;
    for (const b of log.bands[i] ?? []) {
      const bucket = Math.floor(b / 16);
      const list = adds.get(bucket) ?? [];
      list.push({ id, check: b % 16 });
      adds.set(bucket, list);
    }
  });
  return adds;
}

async function mergePending(tx: WriteTx, log: PendingLog, minLive: number): Promise<void> {
  const adds = pendingByBucket(log, minLive);
  const bucketStore = tx.objectStore('buckets');
  const bucketKeys = [...adds.keys()];
  const current = await Promise.all(bucketKeys.map((b) => bucketStore.get(b)));
  bucketKeys.forEach((b, i) => void bucketStore.put(appendPostings(current[i], adds.get(b) ?? [], minLive), b));
  void tx.objectStore('pending').clear();
}

/** The MemoryStore over an open database. */
export function idbMemoryStore(db: () => Promise<MemoryDb>): MemoryStore {
  return {
    async put(items, capacity) {
      await putPages(await db(), items, capacity);
    },
    async buckets(keys) {
      const tx = (await db()).transaction(['buckets', 'pending']);
      const buckets = tx.objectStore('buckets');
      const [out, log] = await Promise.all([
        Promise.all(keys.map((k) => buckets.get(k))),
        readPending(tx.objectStore('pending')),
      ]);
      await tx.done;
      if (log.ids.length === 0) return out;
      // Pending ids are newer than every id in the buckets: appending keeps each list ascending.
      const adds = pendingByBucket(log, 0);
      return out.map((bytes, i) => {
        const add = adds.get(keys[i] ?? -1);
        return add ? appendPostings(bytes, add) : bytes;
      });
    },
    async records(ids) {
      const tx = (await db()).transaction('pages');
      const out = await Promise.all(ids.map((id) => tx.store.get(id)));
      await tx.done;
      return out;
    },
  };
}
