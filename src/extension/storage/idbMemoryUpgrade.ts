/**
 * The upgrade of the memory's database to version 4, run inside the version-change transaction: either all of it
 * commits or none (a worker stopped midway leaves the old version, and the next start runs it again), nothing lost.
 * Versions 1 and 2 are first brought to version 3's layout (upgradeStore), then version 3's bucket records become
 * version 4's group records (bucketsToGroups).
 *
 * To version 3:
 * The `pages` store (one record per page) becomes `blocks` (BLOCK pages a record); version 1's pages (`{k, v}`
 * objects, v a packed record of version 1, under an index on the URL's hash) are repacked and get the URL band's
 * postings in place of the index, and its varint posting lists become Rice-coded ones; the pending log is merged
 * into the buckets. A record that cannot be read stays as it was (in its block when it is bytes), to be skipped and
 * counted when read; one that is not even bytes is counted now.
 */
import type { IDBPTransaction } from 'idb';
import { BUCKETS, CHECK_BITS, URL_BUCKETS, URL_CHECK_BITS, urlPosting } from '../../core/memory/memoryBands.ts';
import { packRecord, repairRecord } from '../../core/memory/memoryRecord.ts';
import { blockOf, encodeBlock, type BlockPage } from '../../core/memory/pageBlock.ts';
import { groupOf } from '../../core/memory/postingGroup.ts';
import {
  appendPostings,
  decodePostings,
  decodeVarintPostings,
  encodePostings,
  type DecodedPostings,
} from '../../core/memory/postingList.ts';
import { byBucket, mergeIntoGroups, type GroupTx, type MemoryMeta } from './idbMemoryStore.ts';

interface Cursor {
  key: unknown;
  primaryKey: unknown;
  value: unknown;
  update(value: unknown): Promise<unknown>;
  continue(): Promise<Cursor | null>;
}
interface Store {
  openCursor(): Promise<Cursor | null>;
  delete?(key: unknown): Promise<unknown>;
  get(key: unknown): Promise<unknown>;
  put(value: unknown, key?: unknown): Promise<unknown>;
  clear(): Promise<unknown>;
}
type UpgradeTx = Pick<IDBPTransaction<unknown, string[], 'versionchange'>, 'done'> & {
  objectStore(name: string): Store;
};

/** What a page record held before version 3: packed bytes (2) or `{k, v}` (1), or older objects. */
function pageBytes(value: unknown): { bytes: Uint8Array | null; url: string | null } {
  const inner =
    typeof value === 'object' && value !== null && !(value instanceof Uint8Array)
      ? ((value as { v?: unknown }).v ?? value)
      : value;
  const record = repairRecord(inner);
  if (record) return { bytes: packRecord(record), url: record.url };
  return { bytes: inner instanceof Uint8Array ? inner : null, url: null };
}

export async function upgradeStore(tx: UpgradeTx, oldVersion: number): Promise<void> {
  const meta = (await tx.objectStore('meta').get('meta')) as MemoryMeta | undefined;
  const pages = tx.objectStore('pages');
  const urlLists = new Map<number, { id: number; check: number }[]>();
  let block: BlockPage[] = [];
  let lastId = 0;
  let lost = 0;
  const blocks = tx.objectStore('blocks');
  const flushBlock = () => {
    const first = block[0];
    if (first) void blocks.put(encodeBlock(block), blockOf(first.id));
    block = [];
  };
  for (let c = await pages.openCursor(); c; c = await c.continue()) {
    const id = c.primaryKey;
    if (typeof id !== 'number' || !Number.isInteger(id) || id < 1) continue;
    const { bytes, url } = pageBytes(c.value);
    if (!bytes) {
      lost++;
      continue;
    }
    if (block[0] && blockOf(block[0].id) !== blockOf(id)) flushBlock();
    block.push({ id, bytes });
    lastId = id;
    if (oldVersion < 2 && url) {
      const p = urlPosting(url);
      const list = urlLists.get(p.bucket) ?? [];
      list.push({ id, check: p.check });
      urlLists.set(p.bucket, list);
    }
  }
  flushBlock();
  const buckets = tx.objectStore('buckets');
  if (oldVersion < 2) {
    for (let c = await buckets.openCursor(); c; c = await c.continue()) {
      const { ids, checks } = decodeVarintPostings(c.value instanceof Uint8Array ? c.value : undefined);
      void c.update(encodePostings(ids, checks));
    }
    // After the loop above, which would take them for old lists: cursor order is page order, so ids ascend.
    for (const [bucket, list] of urlLists) void buckets.put(appendPostings(undefined, list, 0, URL_CHECK_BITS), bucket);
  }
  // The pending log's postings (its pages are in blocks now): version 1's have no URL value, their URL postings were
  // just written with every page's.
  const log = new Map<number, { b: Uint32Array }>();
  const pending = tx.objectStore('pending');
  for (let c = await pending.openCursor(); c; c = await c.continue())
    if (typeof c.key === 'number' && c.value instanceof Uint32Array) log.set(c.key, { b: c.value });
  const minLive = meta?.minLive ?? 0;
  await mergeIntoBuckets(tx, byBucket(log, minLive), minLive);
  await pending.clear();
  const next: MemoryMeta = { count: 0, minLive: 0, ...(meta ?? {}) };
  next.nextId = Math.max(next.nextId ?? 1, lastId + 1);
  if (lost) next.skipped = (next.skipped ?? 0) + lost;
  await tx.objectStore('meta').put(next, 'meta');
}

/** Version 3's merge of postings into its bucket records (one Rice-coded list a bucket), for the pending log above. */
async function mergeIntoBuckets(tx: UpgradeTx, adds: Map<number, DecodedPostings>, minLive: number): Promise<void> {
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

/**
 * Version 3's `buckets` (bucket → one Rice-coded list) into version 4's `groups` (GROUP buckets × one epoch to a
 * record), a group at a time in key order so that only one group's postings are held at once; ids below the first
 * live one are dropped. A list that cannot be read keeps its readable start; a foreign key is skipped.
 */
export async function bucketsToGroups(tx: UpgradeTx): Promise<void> {
  const meta = (await tx.objectStore('meta').get('meta')) as MemoryMeta | undefined;
  const minLive = meta?.minLive ?? 0;
  const groupTx = tx as unknown as GroupTx;
  let group = -1;
  let adds = new Map<number, DecodedPostings>();
  for (let c = await tx.objectStore('buckets').openCursor(); c; c = await c.continue()) {
    const bucket = c.key;
    if (typeof bucket !== 'number' || !Number.isInteger(bucket) || bucket < 0 || bucket >= BUCKETS + URL_BUCKETS)
      continue;
    if (groupOf(bucket) !== group) {
      await mergeIntoGroups(groupTx, adds);
      adds = new Map();
      group = groupOf(bucket);
    }
    const list = decodePostings(c.value instanceof Uint8Array ? c.value : undefined);
    const live: DecodedPostings = { ids: [], checks: [] };
    list.ids.forEach((id, k) => {
      if (id < minLive) return;
      live.ids.push(id);
      live.checks.push(list.checks[k] ?? 0);
    });
    if (live.ids.length) adds.set(bucket, live);
  }
  await mergeIntoGroups(groupTx, adds);
}
