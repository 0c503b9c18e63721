/**
 * The memory's store in IndexedDB (through `idb`), written by the background only. Object stores: `blocks` (pages as
 * packed records, BLOCK to a record under block numbers that ascend with page ids, the oldest first; see pageBlock),
 * `groups` (the band index: one record per GROUP buckets and EPOCH page ids, under group × 2^20 + epoch, so that a
 * band's records of every epoch are one key range; see postingGroup; the URL band's buckets, numbered after the
 * content ones, keep one record per URL), `pending` (page id → the record and postings of the last pages remembered,
 * not yet in a block nor in the index) and `meta` (count, next and first live id, migration mark, skipped records,
 * last quota error). Every call is one transaction, so a stopped worker leaves no half-written page. Version 4 of the
 * database; versions 1 to 3 are rewritten by the upgrade, in its one transaction (see idbMemoryUpgrade).
 *
 * Why `pending`: remembering a page then writes one record (and the meta record) instead of a block and 65 index
 * records. The log is moved into blocks and buckets every FLUSH_AT pages, and a lookup reads it from memory, so a
 * page is found from the moment it is remembered. The log and the meta record are mirrored in memory (`hot`), so a
 * remember does not read them back and a lookup reads only its buckets and its candidates' blocks, in one
 * transaction. Writes use relaxed durability: losing the last pages remembered before a power cut is acceptable for
 * a memory of pages read, and waiting for the disk on every page visit is not.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { IndexedItem, MemoryStore } from '../../core/memory/indexedMemory.ts';
import { BANDS, BUCKETS, CHECK_BITS, URL_BUCKETS, URL_CHECK_BITS, urlPosting } from '../../core/memory/memoryBands.ts';
import { packRecord, repairRecord } from '../../core/memory/memoryRecord.ts';
import { BLOCK, blockOf, decodeBlock, encodeBlock, type BlockPage } from '../../core/memory/pageBlock.ts';
import {
  appendToGroup,
  decodeGroup,
  decodeGroupList,
  EPOCH,
  epochOf,
  GROUP,
  groupOf,
} from '../../core/memory/postingGroup.ts';
import type { DecodedPostings } from '../../core/memory/postingList.ts';
import { bucketsToGroups, upgradeStore } from './idbMemoryUpgrade.ts';

export const MEMORY_DB = 'provenance-memory';
export const MEMORY_DB_VERSION = 4;

/** Index records: content groups, then the URL band's. */
export const GROUPS = (BUCKETS + URL_BUCKETS) / GROUP;
const EPOCH_KEYS = 2 ** 20;
/** The key of a group's record for an epoch: a group's epochs are consecutive keys, read as one range. */
export const groupKey = (group: number, epoch: number): number => group * EPOCH_KEYS + epoch;
const groupRange = (group: number, fromEpoch: number, toEpoch = EPOCH_KEYS - 1): IDBKeyRange =>
  IDBKeyRange.bound(groupKey(group, fromEpoch), groupKey(group, toEpoch));
/** The id the first gap of an epoch's lists counts from (ids start at 1). */
export const epochBase = (epoch: number): number => Math.max(0, epoch * EPOCH - 1);
const checkBitsOfGroup = (group: number): number => (group >= BUCKETS / GROUP ? URL_CHECK_BITS : CHECK_BITS);

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
  groups: { key: number; value: Uint8Array };
  pending: { key: number; value: PendingPage };
  meta: { key: 'meta'; value: MemoryMeta };
}

/** Pages that wait in the log before one move into blocks and buckets. */
export const FLUSH_AT = 256;
/** A write of this many pages or more (an import, the migration) goes straight into blocks and buckets. */
const BULK = 64;

export type MemoryDb = IDBPDatabase<MemorySchema>;
type WriteTx = IDBPTransaction<MemorySchema, ('blocks' | 'groups' | 'pending' | 'meta')[], 'readwrite'>;
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

/**
 * Opens (and creates or upgrades) the memory's database. `stopMidway` (tests only) aborts an upgrade once the index
 * is rewritten for version 4 and before the old one goes, as a worker stopped there would: it proves that the
 * upgrade leaves the old version whole and runs again at the next start.
 */
export function openMemoryDb(name = MEMORY_DB, stopMidway = false): Promise<MemoryDb> {
  return openDB<MemorySchema>(name, MEMORY_DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('blocks');
        db.createObjectStore('groups');
        db.createObjectStore('pending');
        db.createObjectStore('meta');
        return;
      }
      const raw = db as unknown as IDBPDatabase;
      const upgradeTx = tx as unknown as Parameters<typeof upgradeStore>[0];
      if (oldVersion < 3) {
        raw.createObjectStore('blocks');
        await upgradeStore(upgradeTx, oldVersion);
        raw.deleteObjectStore('pages');
      }
      raw.createObjectStore('groups');
      await bucketsToGroups(upgradeTx);
      if (stopMidway) {
        await tx.objectStore('meta').get('meta'); // after every write queued before it
        tx.done.catch(() => undefined);
        tx.abort();
        return;
      }
      raw.deleteObjectStore('buckets');
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
  meta: MemoryMeta,
): Promise<number[]> {
  const { minLive } = meta;
  const urls = new Set(items.map((it) => it.record.url));
  const postings = items.map((it) => urlPosting(it.record.url));
  const stored = await readBuckets(
    tx,
    postings.map((p) => p.bucket),
    meta,
  );
  const candidates = new Set<number>();
  postings.forEach((p, i) => {
    const list = withPending(stored[i] ?? { ids: [], checks: [] }, adds.get(p.bucket), minLive);
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
  const tx = db.transaction(['blocks', 'groups', 'pending', 'meta'], 'readwrite', RELAXED);
  const meta = { ...h.meta, ...extraMeta };
  const log = new Map(h.log);
  // Same URL remembered again: the old record goes (its postings die with it: recall skips ids it cannot read).
  if (!options.unique && items.length) {
    const dropped = await sameUrls(tx, items, h.adds, log, meta);
    await deletePages(tx, dropped, log);
    meta.count -= dropped.length;
  }
  let nextId = Math.max(meta.nextId ?? 1, 1);
  const added = items.map((it) => ({ id: nextId++, page: { r: packRecord(it.record), b: logBands(it) } }));
  meta.nextId = nextId;
  for (const { id, page } of added) log.set(id, page);
  meta.count += added.length;
  await evict(tx, meta, capacity, log);
  dropEpochs(tx, epochOf(h.meta.minLive), epochOf(meta.minLive));
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

/** Deletes the index records of the epochs [from, to), whose pages have all been evicted. */
function dropEpochs(tx: WriteTx, from: number, to: number): void {
  if (to <= from) return;
  for (let g = 0; g < GROUPS; g++) void tx.objectStore('groups').delete(groupRange(g, from, to - 1));
}

/** Moves the log into blocks (appending to the last block when it has room) and its postings into the index. */
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
  await mergeIntoGroups(tx, byBucket(log, minLive));
  void tx.objectStore('pending').clear();
}

/** Store access the index's writes need (a write's transaction or the upgrade's). */
export interface GroupTx {
  objectStore(name: 'groups'): { get(k: number): Promise<unknown>; put(v: Uint8Array, k: number): unknown };
}

/**
 * Adds postings (by bucket, ids ascending, above every id stored) to the index: only the records of the epochs
 * they fall in are read and rewritten, the last one or two; older epochs' records are never written again.
 */
export async function mergeIntoGroups(tx: GroupTx, adds: ReadonlyMap<number, DecodedPostings>): Promise<void> {
  const byKey = new Map<number, Map<number, DecodedPostings>>();
  for (const [bucket, list] of adds) {
    list.ids.forEach((id, i) => {
      const key = groupKey(groupOf(bucket), epochOf(id));
      const subs = byKey.get(key) ?? new Map<number, DecodedPostings>();
      byKey.set(key, subs);
      const sub = subs.get(bucket % GROUP) ?? { ids: [], checks: [] };
      subs.set(bucket % GROUP, sub);
      sub.ids.push(id);
      sub.checks.push(list.checks[i] ?? 0);
    });
  }
  const store = tx.objectStore('groups');
  const keys = [...byKey.keys()];
  const current = await Promise.all(keys.map((k) => store.get(k)));
  keys.forEach((key, i) => {
    const group = Math.floor(key / EPOCH_KEYS);
    const stored = current[i] instanceof Uint8Array ? current[i] : undefined;
    const subs = byKey.get(key) ?? new Map<number, DecodedPostings>();
    void store.put(appendToGroup(stored, epochBase(key % EPOCH_KEYS), subs, checkBitsOfGroup(group)), key);
  });
}

/**
 * The stored posting lists of these buckets, each its epochs' lists end to end (ids ascending), from the epoch of
 * the first live id: one key range per group, read once however many of the buckets share it.
 */
async function readBuckets(
  tx: {
    objectStore(name: 'groups'): {
      getAll(range: IDBKeyRange): Promise<Uint8Array[]>;
      get(key: number): Promise<Uint8Array | undefined>;
    };
  },
  buckets: readonly number[],
  meta: MemoryMeta,
): Promise<DecodedPostings[]> {
  const { minLive } = meta;
  const from = epochOf(minLive);
  const groups = [...new Set(buckets.map(groupOf))];
  const store = tx.objectStore('groups');
  // A range read costs more than a plain one in Chromium (~1.3× measured): while every live id is in one epoch
  // (a memory under 65,536 pages), each group is one plain read.
  const oneEpoch = meta.nextId !== undefined && epochOf(Math.max(0, meta.nextId - 1)) <= from;
  const records = await Promise.all(
    groups.map((g) =>
      oneEpoch ? store.get(groupKey(g, from)).then((r) => (r ? [r] : [])) : store.getAll(groupRange(g, from)),
    ),
  );
  const byGroup = new Map(groups.map((g, i) => [g, records[i] ?? []]));
  return buckets.map((b) => {
    const out: DecodedPostings = { ids: [], checks: [] };
    for (const bytes of byGroup.get(groupOf(b)) ?? []) {
      const list = decodeGroupList(bytes, b % GROUP);
      const last = out.ids[out.ids.length - 1] ?? 0;
      list.ids.forEach((id, k) => {
        if (id <= last || id < minLive) return; // evicted, or a garbled record out of order
        out.ids.push(id);
        out.checks.push(list.checks[k] ?? 0);
      });
    }
    return out;
  });
}

/**
 * Every bucket's stored postings in the epochs holding ids [from, to] (an export rebuilds pages' bands from them:
 * a page's full sketch is not kept), as [bucket, list] pairs.
 */
export async function listsBetween(
  tx: { objectStore(name: 'groups'): { getAll(range: IDBKeyRange): Promise<Uint8Array[]> } },
  from: number,
  to: number,
): Promise<[number, DecodedPostings][]> {
  if (to < from) return [];
  const groups = Array.from({ length: GROUPS }, (_, g) => g);
  const records = await Promise.all(
    groups.map((g) => tx.objectStore('groups').getAll(groupRange(g, epochOf(from), epochOf(to)))),
  );
  const out: [number, DecodedPostings][] = [];
  records.forEach((recs, g) => {
    for (const bytes of recs)
      decodeGroup(bytes).forEach((list, sub) => {
        if (list.ids.length) out.push([g * GROUP + sub, list]);
      });
  });
  return out;
}

/** A bucket as stored plus the pending postings of that bucket newer than everything in it (evicted ids left out). */
function withPending(list: DecodedPostings, add: DecodedPostings | undefined, minLive: number): DecodedPostings {
  if (!add) return list;
  // A merge that committed after the mirror was read would otherwise count those pages twice.
  const last = list.ids[list.ids.length - 1] ?? 0;
  add.ids.forEach((id, k) => {
    if (id <= last || id < minLive) return;
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
      const { adds, log, meta } = await hotOf(d);
      const tx = d.transaction(['groups', 'blocks']);
      const stored = await readBuckets(tx, keys, meta);
      const ids = choose(stored.map((list, i) => withPending(list, adds.get(keys[i] ?? -1), meta.minLive)));
      // Still inside the transaction: the candidates are read without a second one.
      // Not waiting for the transaction's end: a read-only one has nothing to commit, and its end comes later.
      const out = await readPages(tx, ids, log);
      tx.done.catch(() => undefined);
      return out;
    },
  };
}
