/**
 * Where a lookup's time goes (bench/memory/profileRun.ts runs it in Chromium): the store's lookup taken apart into
 * its phases, and the index reads done several ways over the same database, interleaved query by query.
 */
import { unwrap } from 'idb';
import { countHits } from '../../src/core/memory/indexedMemory.ts';
import { postingsOf } from '../../src/core/memory/memoryBands.ts';
import { decodeGroupList, epochOf, groupOf, GROUP } from '../../src/core/memory/postingGroup.ts';
import { decodeBlock, blockOf } from '../../src/core/memory/pageBlock.ts';
import { repairRecord } from '../../src/core/memory/memoryRecord.ts';
import { groupKey, openMemoryDb, readMeta, type MemoryDb } from '../../src/extension/storage/idbMemoryStore.ts';
export { fill } from './pageEntry.ts';

let db: Promise<MemoryDb> | null = null;
const open = (): Promise<MemoryDb> => (db ??= openMemoryDb('provenance-memory-bench'));

type Way = 'range' | 'plain' | 'rawRange' | 'range2tx' | 'plainFirst' | 'keys';
const req = <T>(r: IDBRequest<T>): Promise<T> =>
  new Promise((ok, ko) => {
    r.onsuccess = () => ok(r.result);
    r.onerror = () => ko(r.error);
  });

export async function profile(arg: { sketches: number[][]; ways: Way[] }): Promise<Record<string, number[]>> {
  const d = await open();
  const meta = await readMeta(d);
  const from = epochOf(meta.minLive);
  const to = epochOf(Math.max(0, (meta.nextId ?? 1) - 1));
  const epochs = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const out: Record<string, number[]> = {};
  const note = (k: string, v: number) => {
    const into = out[k] ?? [];
    out[k] = into;
    into.push(v);
  };
  for (const s of arg.sketches) {
    for (const way of arg.ways) {
      const t0 = performance.now();
      const postings = postingsOf(s);
      const groups = [...new Set(postings.map((p) => groupOf(p.bucket)))];
      let tx = d.transaction(['groups', 'blocks']);
      const t1 = performance.now();
      let records: Uint8Array[][];
      if (way === 'range')
        records = await Promise.all(
          groups.map((g) => tx.objectStore('groups').getAll(IDBKeyRange.bound(groupKey(g, from), groupKey(g, to)))),
        );
      else if (way === 'plain')
        records = await Promise.all(
          groups.map((g) =>
            Promise.all(epochs.map((e) => tx.objectStore('groups').get(groupKey(g, e)))).then((r) =>
              r.filter((x): x is Uint8Array => x !== undefined),
            ),
          ),
        );
      else if (way === 'plainFirst')
        records = await Promise.all(
          groups.map((g) =>
            tx
              .objectStore('groups')
              .get(groupKey(g, from))
              .then((r) => (r ? [r] : [])),
          ),
        );
      else if (way === 'keys')
        records = await Promise.all(
          groups.map((g) =>
            tx
              .objectStore('groups')
              .getAllKeys(IDBKeyRange.bound(groupKey(g, from), groupKey(g, to)))
              .then(() => []),
          ),
        );
      else if (way === 'range2tx') {
        const tx2 = d.transaction('groups');
        records = await Promise.all(
          groups.map((g, i) =>
            (i % 2 ? tx2 : tx).objectStore('groups').getAll(IDBKeyRange.bound(groupKey(g, from), groupKey(g, to))),
          ),
        );
        tx = d.transaction(['groups', 'blocks']); // the first may have finished while the second was read
      } else {
        // The same range reads without idb's wrapper (plain IDBRequests).
        const st = unwrap(tx).objectStore('groups');
        records = await Promise.all(
          groups.map((g) =>
            req(st.getAll(IDBKeyRange.bound(groupKey(g, from), groupKey(g, to))) as IDBRequest<Uint8Array[]>),
          ),
        );
      }
      const t2 = performance.now();
      const byGroup = new Map(groups.map((g, i) => [g, records[i] ?? []]));
      const lists = postings.map((p) => {
        const o = { ids: [] as number[], checks: [] as number[] };
        for (const bytes of byGroup.get(groupOf(p.bucket)) ?? []) {
          const l = decodeGroupList(bytes, p.bucket % GROUP);
          o.ids.push(...l.ids);
          o.checks.push(...l.checks);
        }
        return o;
      });
      const t3 = performance.now();
      const best = countHits(postings, lists).slice(0, 12);
      const t4 = performance.now();
      const blocks = [...new Set(best.map((b) => blockOf(b.id)))];
      const got = await Promise.all(blocks.map((b) => tx.objectStore('blocks').get(b)));
      const t5 = performance.now();
      let n = 0;
      blocks.forEach((b, i) => {
        for (const p of decodeBlock(b, got[i])) if (best.some((x) => x.id === p.id) && repairRecord(p.bytes)) n++;
      });
      await tx.done;
      const t6 = performance.now();
      note(`${way}.total`, t6 - t0);
      note(`${way}.tx`, t1 - t0);
      note(`${way}.index`, t2 - t1);
      note(`${way}.decode`, t3 - t2);
      note(`${way}.count`, t4 - t3);
      note(`${way}.blocks`, t5 - t4);
      note(`${way}.done`, t6 - t5);
      note(
        `${way}.postings`,
        lists.reduce((a, l) => a + l.ids.length, 0),
      );
      note(`${way}.found`, n);
    }
  }
  return out;
}
