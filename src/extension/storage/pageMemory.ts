/**
 * The local memory of visited articles (the core `Memory` port): URL, title, time and MinHash sketch, capped at the
 * settings' `memorySize`, oldest dropped. It lets a later copy be traced back to an original the user read before.
 * Stays on the device (storage.local); never sent anywhere.
 */
import type { Memory, MemoryEntry } from '../../core/ports.ts';
import { resemblance } from '../../core/text/sketch.ts';
import { readKey, type StorageArea } from './storageArea.ts';
import { serialized } from './serialized.ts';

export const MEMORY_KEY = 'memory';
/** Below this resemblance two texts share little more than common words; core verifies whatever is returned. */
export const MIN_RESEMBLANCE = 0.1;
const MAX_URL = 2048;
const MAX_TITLE = 300;
const MAX_SKETCH = 512;

export function repairMemoryEntry(value: unknown): MemoryEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.url !== 'string' || v.url.length > MAX_URL || !/^https?:\/\//i.test(v.url)) return null;
  if (typeof v.visitedAt !== 'number' || !Number.isFinite(v.visitedAt)) return null;
  if (!Array.isArray(v.sketch) || v.sketch.length > MAX_SKETCH || !v.sketch.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  return { url: v.url, title: typeof v.title === 'string' ? v.title.slice(0, MAX_TITLE) : null, visitedAt: v.visitedAt, sketch: v.sketch as number[] };
}

/** Readable entries, oldest first (the order they are dropped in). */
export function repairMemory(value: unknown): MemoryEntry[] {
  if (!Array.isArray(value)) return [];
  const out: MemoryEntry[] = [];
  for (const item of value) {
    const entry = repairMemoryEntry(item);
    if (entry) out.push(entry);
  }
  return out;
}

const queue = serialized();

/** `capacity` is read at each write so a smaller memory size in the options trims on the next visit. */
export function pageMemory(area: StorageArea, capacity: () => Promise<number> | number): Memory {
  const read = async () => repairMemory(await readKey(area, MEMORY_KEY));
  return {
    remember(entry) {
      return queue(async () => {
        const clean = repairMemoryEntry(entry);
        if (!clean) return;
        const cap = Math.max(0, await capacity());
        const kept = (await read()).filter((e) => e.url !== clean.url);
        kept.push(clean);
        await area.set({ [MEMORY_KEY]: kept.slice(Math.max(0, kept.length - cap)) });
      });
    },
    async recall(sketch, limit) {
      if (limit <= 0 || sketch.length === 0) return [];
      return (await read())
        .map((entry) => ({ entry, score: resemblance(sketch, entry.sketch) }))
        .filter((x) => x.score >= MIN_RESEMBLANCE)
        .sort((a, b) => b.score - a.score || b.entry.visitedAt - a.entry.visitedAt)
        .slice(0, limit)
        .map((x) => x.entry);
    },
  };
}

/** At install and update: keep every readable entry. */
export function migrateStoredMemory(area: StorageArea): Promise<void> {
  return queue(async () => {
    const raw = await readKey(area, MEMORY_KEY);
    if (raw !== undefined) await area.set({ [MEMORY_KEY]: repairMemory(raw) });
  });
}

/** How many pages are remembered. */
export async function countMemory(area: StorageArea): Promise<number> {
  return repairMemory(await readKey(area, MEMORY_KEY)).length;
}

/** Forgets every remembered page, in the same queue as `remember` so a write in flight cannot bring them back. */
export function clearMemory(area: StorageArea): Promise<void> {
  return queue(async () => {
    await area.set({ [MEMORY_KEY]: [] });
  });
}
