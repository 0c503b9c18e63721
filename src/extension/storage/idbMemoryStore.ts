/**
 * The memory's store in IndexedDB (through `idb`), written by the background only. Object stores: `blocks` (pages as
 * packed records, BLOCK to a record under block numbers that ascend with page ids, the oldest first; see pageBlock),
 * `buckets` (the band index: bucket number → posting list bytes; the URL band's buckets, numbered after the content
 * ones, keep one record per URL), `pending` (page id → the record and postings of the last pages remembered, not yet
 * in a block nor in the buckets) and `meta` (count, next and first live id, migration mark, skipped records, last
 * quota error). Every call is one transaction, so a stopped worker leaves no half-written page. Version 3 of the
 * database; versions 1 and 2 are rewritten by the upgrade, in its one transaction (see idbMemoryUpgrade).
 *
 * Why `pending`: remembering a page then writes one record (and the meta record) instead of a block and 65 bucket
 * records. The log is moved into blocks and buckets every FLUSH_AT pages, and a lookup reads it from memory, so a
 * page is found from the moment it is remembered. The log and the meta record are mirrored in memory (`hot`), so a
 * remember does not read them back and a lookup reads only its buckets and its candidates' blocks, in one
 * transaction. Writes use relaxed durability: losing the last pages remembered before a power cut is acceptable for
 * a memory of pages read, and waiting for the disk on every page visit is not.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { IndexedItem, MemoryStore } from '../../core/memory/indexedMemory.ts';
import { BANDS, BUCKETS, CHECK_BITS, URL_CHECK_BITS, urlPosting } from '../../core/memory/memoryBands.ts';
import { packRecord, repairRecord } from '../../core/memory/memoryRecord.ts';
import { BLOCK, blockOf, decodeBlock, encodeBlock, type BlockPage } from '../../core/memory/pageBlock.ts';
import { appendPostings, decodePostings, type DecodedPostings } from '../../core/memory/postingList.ts';
import { upgradeStore } from './idbMemoryUpgrade.ts';

export const MEMORY_DB = 'provenance-memory';
export const MEMORY_DB_VERSION = 3;

export interface MemoryMeta {
  count: number;
  /** Ids below this were evicted: their postings are dropped when a bucket is next written. */
  minLive: number;
  /** The id the next page gets (ids ascend, never reused). */
  nextId?: number;
  /** Entries of the old storage.local list already moved here (the migration resumes from it). */
  migrated?: number;
  /** Records found unreadable and skipped, all time. */
  skipped?: number;
  /** The last quota error, for the options page. */
  quotaError?: { at: number; message: string } | null;
}

/** A page not yet in a block: its packed record, and its BANDS bands' bucket × 16 + check then its URL's hash. */
export interface PendingPage {
  r: Uint8Array;
  b: Uint32Array;
}

interface MemorySchema extends DBSchema {
  blocks: { key: number; value: Uint8Array };
  buckets: { key: number; value: Uint8Array };
  pending: { key: number; value: PendingPage };
  meta: { key: 'meta'; value: MemoryMeta };
}

/** Pages that wait in the log before one move into blocks and buckets. */
export const FLUSH_AT = 256;
/** A write of this many pages or more (an import, the migration) goes straight into blocks and buckets. */
const BULK = 64;

export type MemoryDb = IDBPDatabase<MemorySchema>;
type WriteTx = IDBPTransaction<MemorySchema, ('blocks' | 'buckets' | 'pending' | 'meta')[], 'readwrite'>;
/** What reading pages needs of a transaction (a lookup's or a write's). */
interface ReadTx {
  objectStore(name: 'blocks'): { get(key: number): Promise<Uint8Array | undefined> };
}
const RELAXED = { durability: 'relaxed' } as const;

const EMPTY_META: MemoryMeta = { count: 0, minLive: 0 };

/** What this context knows the database holds, valid while it is the only writer (the background is). */
interface Hot {
  meta: MemoryMeta;
  /** The pending log, ids ascending. */
  log: Map<number, PendingPage>;
  /** The log's postings by bucket, ids ascending. */
  adds: Map<number, DecodedPostings>;
}
const hot = new WeakMap<MemoryDb, Promise<Hot>>();

export function openMemoryDb(name = MEMORY_DB): Promise<MemoryDb> {
  return openDB<MemorySchema>(name, MEMORY_DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('blocks');
        db.createObjectStore('buckets');
        db.createObjectStore('pending');
        db.createObjectStore('meta');
        return;
      }
      const raw = db as unknown as IDBPDatabase;
      raw.createObjectStore('blocks');
      await upgradeStore(tx as unknown as Parameters<typeof upgradeStore>[0], oldVersion);
      raw.deleteObjectStore('pages');
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

function isPending(v: unknown): v is PendingPage {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v as PendingPage).r instanceof Uint8Array &&
    (v as PendingPage).b instanceof Uint32Array
  );
}

function hotOf(db: MemoryDb): Promise<Hot> {
  let h = hot.get(db);
  if (!h) {
    h = (async () => {
      const tx = db.transaction(['meta', 'pending']);
      const [meta, ids, pages] = await Promise.all([
        tx.objectStore('meta').get('meta'),
        tx.objectStore('pending').getAllKeys(),
        tx.objectStore('pending').getAll(),
      ]);
      await tx.done;
      const log = new Map<number, PendingPage>();
      ids.forEach((id, i) => {
        const p = pages[i];
        if (isPending(p)) log.set(id, p);
      });
      const m = { ...EMPTY_META, ...(meta ?? {}) };
      return { meta: m, log, adds: byBucket(log, m.minLive) };
    })();
    h.catch(() => hot.delete(db));
    hot.set(db, h);
  }
  return h;
}

/** The ids' packed records (undefined when gone), from the log or their blocks (each block read once). */
async function readPages(
  tx: ReadTx,
  ids: readonly number[],
  log: ReadonlyMap<number, PendingPage>,
): Promise<(Uint8Array | undefined)[]> {
  const wanted = [...new Set(ids.filter((id) => !log.has(id)).map(blockOf))];
  const blocks = await Promise.all(wanted.map((b) => tx.objectStore('blocks').get(b)));
  const found = new Map<number, Uint8Array>();
  wanted.forEach((b, i) => {
    for (const p of decodeBlock(b, blocks[i])) found.set(p.id, p.bytes);
  });
  return ids.map((id) => log.get(id)?.r ?? found.get(id));
}

/** Removes pages from their blocks (a block left empty goes) or from the log. */
async function deletePages(tx: WriteTx, ids: readonly number[], log: Map<number, PendingPage>): Promise<void> {
  const gone = new Set(ids);
  for (const id of ids) {
    if (log.delete(id)) void tx.objectStore('pending').delete(id);
  }
  const blocks = [...new Set(ids.map(blockOf))];
  const stored = await Promise.all(blocks.map((b) => tx.objectStore('blocks').get(b)));
  blocks.forEach((b, i) => {
    if (stored[i] === undefined) return;
    const kept = decodeBlock(b, stored[i]).filter((p) => !gone.has(p.id));
    if (kept.length) void tx.objectStore('blocks').put(encodeBlock(kept), b);
    else void tx.objectStore('blocks').delete(b);
  });
}

/** Drops the oldest pages until `keep` remain (blocks first, then the log) and moves the first live id past them. */
async function evict(tx: WriteTx, meta: MemoryMeta, keep: number, log: Map<number, PendingPage>): Promise<void> {
  let extra = meta.count - Math.max(0, keep);
  if (extra <= 0) return;
  const store = tx.objectStore('blocks');
  for (let c = await store.openCursor(); c && extra > 0; c = await c.continue()) {
    const pages = decodeBlock(c.key, c.value);
    if (pages.length <= extra) {
      await c.delete();
      extra -= pages.length;
      meta.count -= pages.length;
      meta.minLive = (c.key + 1) * BLOCK;
      continue;
    }
    const kept = pages.slice(extra);
    await c.update(encodeBlock(kept));
    meta.count -= extra;
    meta.minLive = kept[0]?.id ?? meta.minLive;
    extra = 0;
  }
  for (const id of [...log.keys()]) {
    if (extra <= 0) break;
    log.delete(id);
    void tx.objectStore('pending').delete(id);
    meta.count--;
    extra--;
    meta.minLive = id + 1;
  }
  if (meta.count <= 0) {
    meta.count = 0;
    meta.minLive = Math.max(meta.minLive, meta.nextId ?? 0);
  }
}

/**
 * Ids of stored pages with these URLs: their URL band's postings (stored and pending) whose check matches, then a
 * look at the candidates' URLs (another URL may share the 28 bits).
 */
async function sameUrls(
  tx: WriteTx,
  items: readonly IndexedItem[],
  adds: Map<number, DecodedPostings>,
  log: Map<number, PendingPage>,
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
  const pages = await readPages(tx, ids, log);
  return ids.filter((_, i) => urls.has(repairRecord(pages[i])?.url ?? '')); // else a stale posting or another URL
}

/** A band with no posting in the log (a page imported with fewer bands). */
const NO_BAND = 0xffffffff;

/** What the pending log keeps of a page's postings: its BANDS bands' bucket × 16 + check, then its URL's hash. */
export function logBands(item: IndexedItem): Uint32Array {
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
 * pending log, a bulk write (or a full log) goes into blocks and buckets with everything pending. `unique` says the
 * caller knows none of these URLs is stored yet (the benchmark's fill), which spares a look for an older copy.
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
  const tx = db.transaction(['blocks', 'buckets', 'pending', 'meta'], 'readwrite', RELAXED);
  const meta = { ...h.meta, ...extraMeta };
  const log = new Map(h.log);
  // Same URL remembered again: the old record goes (its postings die with it: recall skips ids it cannot read).
  if (!options.unique && items.length) {
    const dropped = await sameUrls(tx, items, h.adds, log);
    await deletePages(tx, dropped, log);
    meta.count -= dropped.length;
  }
  let nextId = Math.max(meta.nextId ?? 1, 1);
  const added = items.map((it) => ({ id: nextId++, page: { r: packRecord(it.record), b: logBands(it) } }));
  meta.nextId = nextId;
  for (const { id, page } of added) log.set(id, page);
  meta.count += added.length;
  await evict(tx, meta, capacity, log);
  const logged = !options.flush && items.length < BULK && log.size < FLUSH_AT;
  if (logged) {
    for (const { id, page } of added) if (log.has(id)) void tx.objectStore('pending').put(page, id);
  } else {
    await flushLog(tx, log, meta.minLive);
    log.clear();
  }
  void tx.objectStore('meta').put(meta, 'meta');
  await tx.done;
  h.meta = meta;
  h.log = log;
  if (!logged) h.adds = new Map();
  else {
    // Only the new pages' postings are added (ids above all others: lists stay ascending). Pages since dropped or
    // evicted keep theirs until the next move into the buckets: a lookup then finds no record and skips them.
    const fresh = new Map(added.filter(({ id }) => log.has(id)).map(({ id, page }) => [id, page]));
    for (const [bucket, list] of byBucket(fresh, meta.minLive)) {
      const into = h.adds.get(bucket);
      if (!into) h.adds.set(bucket, list);
      else {
        into.ids.push(...list.ids);
        into.checks.push(...list.checks);
      }
    }
  }
}

/** Postings of a log grouped by bucket (the URL band's too), ids ascending, the evicted left out. */
export function byBucket(log: ReadonlyMap<number, { b: Uint32Array }>, minLive: number): Map<number, DecodedPostings> {
  const adds = new Map<number, DecodedPostings>();
  const add = (bucket: number, id: number, check: number) => {
    const list = adds.get(bucket) ?? { ids: [], checks: [] };
    if (list.ids.length === 0) adds.set(bucket, list);
    list.ids.push(id);
    list.checks.push(check);
  };
  for (const [id, { b: bands }] of log) {
    if (id < minLive) continue;
    const n = Math.min(bands.length, BANDS);
    for (let k = 0; k < n; k++) {
      const b = bands[k] ?? NO_BAND;
      if (b !== NO_BAND) add(Math.floor(b / 16), id, b % 16);
    }
    const url = bands[BANDS];
    if (url !== undefined) add(BUCKETS + (url & 0xffff), id, url >>> 16);
  }
  return adds;
}

/** Moves the log into blocks (appending to the last block when it has room) and its postings into the buckets. */
async function flushLog(tx: WriteTx, log: ReadonlyMap<number, PendingPage>, minLive: number): Promise<void> {
  const byBlock = new Map<number, BlockPage[]>();
  for (const [id, page] of log) {
    const list = byBlock.get(blockOf(id)) ?? [];
    list.push({ id, bytes: page.r });
    byBlock.set(blockOf(id), list);
  }
  const blocks = [...byBlock.keys()];
  const stored = await Promise.all(blocks.map((b) => tx.objectStore('blocks').get(b)));
  blocks.forEach((b, i) => {
    const before = decodeBlock(b, stored[i]);
    const last = before[before.length - 1]?.id ?? -1;
    const pages = [...before, ...(byBlock.get(b) ?? []).filter((p) => p.id > last)];
    void tx.objectStore('blocks').put(encodeBlock(pages), b);
  });
  await mergeIntoBuckets(tx, byBucket(log, minLive), minLive);
  void tx.objectStore('pending').clear();
}

export async function mergeIntoBuckets(
  tx: { objectStore(name: 'buckets'): { get(k: number): Promise<unknown>; put(v: Uint8Array, k: number): unknown } },
  adds: Map<number, DecodedPostings>,
  minLive: number,
): Promise<void> {
  const bucketStore = tx.objectStore('buckets');
  const bucketKeys = [...adds.keys()];
  const current = await Promise.all(bucketKeys.map((b) => bucketStore.get(b)));
  bucketKeys.forEach((b, i) => {
    const add = adds.get(b) ?? { ids: [], checks: [] };
    const list = add.ids.map((id, k) => ({ id, check: add.checks[k] ?? 0 }));
    const stored = current[i] instanceof Uint8Array ? current[i] : undefined;
    void bucketStore.put(appendPostings(stored, list, minLive, b >= BUCKETS ? URL_CHECK_BITS : CHECK_BITS), b);
  });
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
      const { adds, log } = await hotOf(d);
      const tx = d.transaction(['buckets', 'blocks']);
      const buckets = tx.objectStore('buckets');
      const stored = await Promise.all(keys.map((k) => buckets.get(k)));
      const ids = choose(stored.map((bytes, i) => withPending(bytes, adds.get(keys[i] ?? -1))));
      // Still inside the transaction: the candidates are read without a second one.
      const out = await readPages(tx, ids, log);
      await tx.done;
      return out;
    },
  };
}
