import type { Memory, MemoryEntry } from '../core/ports.ts';
import { resemblance } from '../core/text/sketch.ts';

/** Below this resemblance a remembered page is unrelated noise (a few equal MinHash slots out of 128 by chance). */
const MIN_RESEMBLANCE = 0.03;
/** The CLI replays a handful of history pages per check; the cap only guards against runaway input. */
const MAX_ENTRIES = 5000;

/** The CLI's Memory: a list in RAM, one per check, so that cases never see each other's history. */
export function makeInMemoryMemory(similarity: (a: readonly number[], b: readonly number[]) => number = resemblance): Memory & { entries: MemoryEntry[] } {
  const entries: MemoryEntry[] = [];
  return {
    entries,
    async remember(entry) {
      const same = entries.findIndex((e) => e.url === entry.url);
      if (same >= 0) entries.splice(same, 1);
      entries.push(entry);
      if (entries.length > MAX_ENTRIES) entries.shift();
    },
    async recall(sketch, limit) {
      return entries
        .map((entry) => ({ entry, score: similarity(sketch, entry.sketch) }))
        .filter((s) => s.score >= MIN_RESEMBLANCE)
        .sort((a, b) => b.score - a.score)
        .slice(0, Math.max(0, limit))
        .map((s) => s.entry);
    },
  };
}
