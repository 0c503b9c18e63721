import type { Memory } from '../core/ports.ts';
import { indexedMemory } from '../core/memory/indexedMemory.ts';
import { mapStore, type MapStoreState } from '../core/memory/mapStore.ts';

/** The CLI replays a handful of history pages per check; the cap only guards against runaway input. */
const MAX_ENTRIES = 5000;

/**
 * The CLI's Memory: the extension's indexed memory (same bands, same scoring) over a store in RAM, one per check,
 * so that cases never see each other's history.
 */
export function makeInMemoryMemory(capacity = MAX_ENTRIES): Memory & { state: MapStoreState } {
  const store = mapStore();
  return { ...indexedMemory(store, { capacity: () => capacity }), state: store.state };
}
