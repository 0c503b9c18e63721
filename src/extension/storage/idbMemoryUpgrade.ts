/**
 * The upgrade of the memory's database from version 1 (0.3) to 2, run inside the version-change transaction: either
 * all of it commits or none (a worker stopped midway leaves version 1, and the next start runs it again), nothing
 * lost. Pages stored as `{k, v}` objects (v: a packed record of version 1) under an index on the URL's hash become
 * packed records of version 2 and the index goes, replaced by the URL band's postings; varint posting lists become
 * Rice-coded ones. A record that cannot be read stays as it was, to be skipped and counted when read.
 */
import type { IDBPTransaction } from 'idb';
import { URL_CHECK_BITS, urlPosting } from '../../core/memory/memoryBands.ts';
import { packRecord, repairRecord } from '../../core/memory/memoryRecord.ts';
import { appendPostings, decodeVarintPostings, encodePostings } from '../../core/memory/postingList.ts';

/** A page as version 1 stored it. */
export interface StoredPageV1 {
  /** hashString(url), under the index `k`. */
  k?: number;
  v?: Uint8Array;
}

interface Cursor {
  key: unknown;
  primaryKey: unknown;
  value: unknown;
  update(value: unknown): Promise<unknown>;
  continue(): Promise<Cursor | null>;
}
interface Store {
  indexNames: DOMStringList;
  deleteIndex(name: string): void;
  openCursor(): Promise<Cursor | null>;
  put(value: unknown, key?: number): Promise<unknown>;
}
type UpgradeTx = Pick<IDBPTransaction<unknown, string[], 'versionchange'>, 'done'> & {
  objectStore(name: string): Store;
};

export async function upgradeFromV1(tx: UpgradeTx): Promise<void> {
  const pages = tx.objectStore('pages');
  if (pages.indexNames.contains('k')) pages.deleteIndex('k');
  const urlLists = new Map<number, { id: number; check: number }[]>();
  for (let c = await pages.openCursor(); c; c = await c.continue()) {
    const v = c.value as StoredPageV1 | Uint8Array | null;
    const record = repairRecord(v instanceof Uint8Array || v === null || typeof v !== 'object' ? v : (v.v ?? v));
    const id = c.primaryKey;
    if (!record || typeof id !== 'number') continue;
    void c.update(packRecord(record));
    const p = urlPosting(record.url);
    const list = urlLists.get(p.bucket) ?? [];
    list.push({ id, check: p.check });
    urlLists.set(p.bucket, list);
  }
  const buckets = tx.objectStore('buckets');
  for (let c = await buckets.openCursor(); c; c = await c.continue()) {
    const { ids, checks } = decodeVarintPostings(c.value instanceof Uint8Array ? c.value : undefined);
    void c.update(encodePostings(ids, checks));
  }
  // After the loop above, which would take them for old lists: cursor order is page order, so ids ascend.
  for (const [bucket, list] of urlLists) void buckets.put(appendPostings(undefined, list, 0, URL_CHECK_BITS), bucket);
}
