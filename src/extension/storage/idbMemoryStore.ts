/**
 * The memory's store in IndexedDB (through `idb`), written by the background only. Object stores: `pages` (records
 * packed into bytes under ascending ids, the oldest first), `buckets` (the band index: bucket number → posting list
 * bytes; the URL band's buckets, numbered after the content ones, keep one record per URL), `pending` (page id →
 * postings of the last pages remembered, not yet merged into the buckets) and `meta` (count, first live id, migration
 * mark, skipped records, last quota error). Every call is one transaction, so a stopped worker leaves no
 * half-written page. Version 2 of the database; version 1 (0.3: pages as {k, v} objects under an index on the URL's
 * hash, varint posting lists) is rewritten by the upgrade, in its one transaction (see idbMemoryUpgrade).
 *
 * Why `pending`: merging one page's 64 postings into 64 bucket records costs 128 requests; adding them as one record
 * costs one. The log is merged into the buckets every FLUSH_AT pages, and a lookup adds it to the buckets it read, so
 * a page is found from the moment it is remembered. The log and the meta record are mirrored in memory (`hot`), so
 * a remember does not read them back and a lookup reads only its buckets and its candidates, in one transaction.
 * Writes use relaxed durability: losing the last pages remembered before a power cut is acceptable for a memory of
 * pages read, and waiting for the disk on every page visit is not.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { IndexedItem, MemoryStore } from '../../core/memory/indexedMemory.ts';
import { BANDS, BUCKETS, CHECK_BITS, URL_CHECK_BITS, urlPosting } from '../../core/memory/memoryBands.ts';
import { appendPostings, decodePostings, type DecodedPostings } from '../../core/memory/postingList.ts';
import { packRecord, repairRecord } from '../../core/memory/memoryRecord.ts';
import { upgradeFromV1, type StoredPageV1 } from './idbMemoryUpgrade.ts';

export const MEMORY_DB = 'provenance-memory';

/** A page as stored: packRecord's bytes (the upgrade rewrites older forms; one it could not read stays as it was). */
export type StoredPage = Uint8Array | StoredPageV1;

/** The record's value inside what `pages` holds, for repairRecord. */
export function pageValue(s: StoredPage | undefined): unknown {
  return s instanceof Uint8Array || s === undefined || s === null ? s : (s.v ?? s);
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

/**
 * Postings not yet in the buckets: for each page id (the key), BANDS values bucket × 16 + check, then the hash of
 * its URL (its URL band; pages logged by version 1 have no such value, their URL posting is in the buckets).
 */
export interface PendingLog {
  ids: number[];
  bands: Uint32Array[];
}

interface MemorySchema extends DBSchema {
  pages: { key: number; value: StoredPage };
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
const RELAXED = { durability: 'relaxed' } as const;

const EMPTY_META: MemoryMeta = { count: 0, minLive: 0 };

/** What this context knows the database holds, valid while it is the only writer (the background is). */
interface Hot {
  meta: MemoryMeta;
  log: PendingLog;
  /** The log by bucket, ids ascending. */
  adds: Map<number, DecodedPostings>;
}
const hot = new WeakMap<MemoryDb, Promise<Hot>>();

export const MEMORY_DB_VERSION = 2;

export function openMemoryDb(name = MEMORY_DB): Promise<MemoryDb> {
  return openDB<MemorySchema>(name, MEMORY_DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('pages', { autoIncrement: true });
        db.createObjectStore('buckets');
        db.createObjectStore('pending');
        db.createObjectStore('meta');
        return;
      }
      if (oldVersion < 2) await upgradeFromV1(tx as unknown as Parameters<typeof upgradeFromV1>[0]);
    },
  });
}

export async function readMeta(db: MemoryDb): Promise<MemoryMeta> {
  return { ...EMPTY_META, ...((await db.get('meta', 'meta')) ?? {}) };
}

/** Forgets the in-memory mirror: after a write that did not go through putPages, or a failed one. */
export function dropHot(db: MemoryDb): void {
  hot.delete(db);
}

function hotOf(db: MemoryDb): Promise<Hot> {
  let h = hot.get(db);
  if (!h) {
    h = (async () => {
      const tx = db.transaction(['meta', 'pending']);
      const [meta, ids, bands] = await Promise.all([
        tx.objectStore('meta').get('meta'),
        tx.objectStore('pending').getAllKeys(),
        tx.objectStore('pending').getAll(),
      ]);
      await tx.done;
      const log = { ids, bands: bands.map((b) => (b instanceof Uint32Array ? b : new Uint32Array())) };
      return { meta: { ...EMPTY_META, ...(meta ?? {}) }, log, adds: byBucket(log, 0) };
    })();
    h.catch(() => hot.delete(db));
    hot.set(db, h);
  }
  return h;
}

/** Drops the oldest pages until `keep` remain and moves the first live id past them. */
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
 * Ids of stored pages with these URLs: their URL band's postings (stored and pending) whose check matches, then a
 * look at the candidates' URLs (another URL may share the 28 bits).
 */
async function sameUrls(
  tx: WriteTx,
  items: readonly IndexedItem[],
  adds: Map<number, DecodedPostings>,
): Promise<number[]> {
  const urls = new Set(items.map((it) => it.record.url));
  const postings = items.map((it) => urlPosting(it.record.url));
  const stored = await Promise.all(postings.map((p) => tx.objectStore('buckets').get(p.bucket)));
  const candidates = new Set<number>();
  postings.forEach((p, i) => {
    const list = withPending(stored[i], adds.get(p.bucket));
    list.ids.forEach((id, k) => {
      if (list.checks[k] === p.check) candidates.add(id);
    });
  });
  if (candidates.size === 0) return [];
  const ids = [...candidates];
  const pages = await Promise.all(ids.map((id) => tx.objectStore('pages').get(id)));
  return ids.filter((_, i) => urls.has(repairRecord(pageValue(pages[i]))?.url ?? '')); // else a stale posting or another URL
}

/** A band with no posting in the log (a page imported with fewer bands). */
const NO_BAND = 0xffffffff;

/** What the pending log keeps of a page: its BANDS bands' bucket × 16 + check, then its URL's hash. */
function logValue(item: IndexedItem): Uint32Array {
  const url = urlPosting(item.record.url);
  const out = new Uint32Array(BANDS + 1).fill(NO_BAND);
  item.postings.slice(0, BANDS).forEach((p, i) => {
    out[i] = p.bucket * 16 + p.check;
  });
  out[BANDS] = (url.check * 2 ** 16 + (url.bucket - BUCKETS)) >>> 0;
  return out;
}

/**
 * Writes pages and their postings in one transaction (the adapter half of MemoryStore.put): a few pages go to the
 * pending log, a bulk write (or a full log) is merged into the buckets with everything pending. `unique` says the
 * caller knows none of these URLs is stored yet (the benchmark's fill), which spares one index lookup per page.
 */
export async function putPages(
  db: MemoryDb,
  items: readonly IndexedItem[],
  capacity: number,
  extraMeta: Partial<MemoryMeta> = {},
  options: { flush?: boolean; unique?: boolean } = {},
): Promise<void> {
  const h = await hotOf(db);
  try {
    await writePages(db, h, items, capacity, extraMeta, options);
  } catch (e) {
    dropHot(db);
    throw e;
  }
}

async function writePages(
  db: MemoryDb,
  h: Hot,
  items: readonly IndexedItem[],
  capacity: number,
  extraMeta: Partial<MemoryMeta>,
  options: { flush?: boolean; unique?: boolean },
): Promise<void> {
  const tx = db.transaction(['pages', 'buckets', 'pending', 'meta'], 'readwrite', RELAXED);
  const pages = tx.objectStore('pages');
  const meta = { ...h.meta, ...extraMeta };
  // The new records first: their writes need not wait for the look for an older copy of the URL.
  const added = Promise.all(items.map((it) => pages.add(packRecord(it.record))));
  // Same URL remembered again: the old record goes (its postings die with it: recall skips ids it cannot read).
  const dropped = options.unique || items.length === 0 ? [] : await sameUrls(tx, items, h.adds);
  const ids = await added;
  for (const id of dropped) void pages.delete(id);
  meta.count += ids.length - dropped.length;
  await evict(tx, meta, capacity);
  const bands = items.map(logValue);
  let log: PendingLog;
  if (!options.flush && items.length < BULK && h.log.ids.length + items.length < FLUSH_AT) {
    ids.forEach((id, i) => void tx.objectStore('pending').put(bands[i] ?? new Uint32Array(), id));
    log = { ids: [...h.log.ids, ...ids], bands: [...h.log.bands, ...bands] };
  } else {
    await mergeIntoBuckets(tx, { ids: [...h.log.ids, ...ids], bands: [...h.log.bands, ...bands] }, meta.minLive);
    log = { ids: [], bands: [] };
  }
  void tx.objectStore('meta').put(meta, 'meta');
  await tx.done;
  h.meta = meta;
  h.log = log;
  h.adds = byBucket(log, meta.minLive);
}

/** Postings of a log grouped by bucket (the URL band's too), ids ascending, the evicted left out. */
function byBucket(log: PendingLog, minLive: number): Map<number, DecodedPostings> {
  const adds = new Map<number, DecodedPostings>();
  const add = (bucket: number, id: number, check: number) => {
    const list = adds.get(bucket) ?? { ids: [], checks: [] };
    if (list.ids.length === 0) adds.set(bucket, list);
    list.ids.push(id);
    list.checks.push(check);
  };
  log.ids.forEach((id, i) => {
    if (id < minLive) return;
    const bands = log.bands[i] ?? new Uint32Array();
    const n = Math.min(bands.length, BANDS);
    for (let k = 0; k < n; k++) {
      const b = bands[k] ?? NO_BAND;
      if (b !== NO_BAND) add(Math.floor(b / 16), id, b % 16);
    }
    const url = bands[BANDS];
    if (url !== undefined) add(BUCKETS + (url & 0xffff), id, url >>> 16);
  });
  return adds;
}

async function mergeIntoBuckets(tx: WriteTx, log: PendingLog, minLive: number): Promise<void> {
  const adds = byBucket(log, minLive);
  const bucketStore = tx.objectStore('buckets');
  const bucketKeys = [...adds.keys()];
  const current = await Promise.all(bucketKeys.map((b) => bucketStore.get(b)));
  bucketKeys.forEach((b, i) => {
    const add = adds.get(b) ?? { ids: [], checks: [] };
    const list = add.ids.map((id, k) => ({ id, check: add.checks[k] ?? 0 }));
    void bucketStore.put(appendPostings(current[i], list, minLive, b >= BUCKETS ? URL_CHECK_BITS : CHECK_BITS), b);
  });
  void tx.objectStore('pending').clear();
}

/** A bucket as stored plus the pending postings of that bucket newer than everything in it. */
function withPending(stored: Uint8Array | undefined, add: DecodedPostings | undefined): DecodedPostings {
  const list = decodePostings(stored);
  if (!add) return list;
  // A merge that committed after the mirror was read would otherwise count those pages twice.
  const last = list.ids[list.ids.length - 1] ?? 0;
  add.ids.forEach((id, k) => {
    if (id <= last) return;
    list.ids.push(id);
    list.checks.push(add.checks[k] ?? 0);
  });
  return list;
}

/** The MemoryStore over an open database. */
export function idbMemoryStore(db: () => Promise<MemoryDb>): MemoryStore {
  return {
    async put(items, capacity) {
      await putPages(await db(), items, capacity);
    },
    async lookup(keys, choose) {
      const d = await db();
      const { adds } = await hotOf(d);
      const tx = d.transaction(['buckets', 'pages']);
      const buckets = tx.objectStore('buckets');
      const stored = await Promise.all(keys.map((k) => buckets.get(k)));
      const ids = choose(stored.map((bytes, i) => withPending(bytes, adds.get(keys[i] ?? -1))));
      // Still inside the transaction: the candidates are read without a second one.
      const pages = tx.objectStore('pages');
      const out = await Promise.all(ids.map((id) => pages.get(id)));
      await tx.done;
      return out.map(pageValue);
    },
  };
}
