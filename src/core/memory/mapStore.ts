/**
 * A MemoryStore held in plain maps: the CLI's memory (saved to a file between runs when asked) and the reference
 * the IndexedDB store is tested against. Same semantics: ids ascend, a URL is kept once, the oldest go first.
 */
import type { IndexedItem, MemoryStore } from './indexedMemory.ts';
import { appendPostings, decodePostings } from './postingList.ts';
import type { MemoryRecord } from './memoryRecord.ts';

export interface MapStoreState {
  nextId: number;
  records: Map<number, MemoryRecord>;
  buckets: Map<number, Uint8Array>;
}

export function emptyMapState(): MapStoreState {
  return { nextId: 1, records: new Map(), buckets: new Map() };
}

export function mapStore(state: MapStoreState = emptyMapState()): MemoryStore & { state: MapStoreState } {
  const byUrl = new Map<string, number>();
  for (const [id, r] of state.records) byUrl.set(r.url, id);
  return {
    state,
    async put(items: readonly IndexedItem[], capacity: number) {
      const adds = new Map<number, { id: number; check: number }[]>();
      for (const { record, postings } of items) {
        const old = byUrl.get(record.url);
        if (old !== undefined) state.records.delete(old);
        const id = state.nextId++;
        state.records.set(id, record);
        byUrl.set(record.url, id);
        for (const p of postings) {
          const list = adds.get(p.bucket) ?? [];
          list.push({ id, check: p.check });
          adds.set(p.bucket, list);
        }
      }
      // Maps iterate in insertion order, so the first ids are the oldest.
      for (const [id, r] of state.records) {
        if (state.records.size <= capacity) break;
        state.records.delete(id);
        byUrl.delete(r.url);
      }
      const minLive = state.records.keys().next().value ?? state.nextId;
      for (const [bucket, list] of adds)
        state.buckets.set(bucket, appendPostings(state.buckets.get(bucket), list, minLive));
    },
    async lookup(keys, choose) {
      const ids = choose(keys.map((k) => decodePostings(state.buckets.get(k))));
      return ids.map((id) => state.records.get(id));
    },
  };
}
