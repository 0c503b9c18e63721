import type { StorageArea } from './storageArea.ts';

/**
 * A storage area kept in memory: where the browser has no `storage.session` (per-tab state then lives as long as
 * the background does), and the tests' stand-in for `storage.local`. Values are cloned like the real areas do, so
 * a caller mutating what it read cannot change what is stored.
 */
export function memoryArea(initial: Record<string, unknown> = {}): StorageArea & { dump(): Record<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  const list = (keys: string | string[]): string[] => (typeof keys === 'string' ? [keys] : keys);
  return {
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const key of list(keys)) if (data.has(key)) out[key] = structuredClone(data.get(key));
      return out;
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
    async remove(keys) {
      for (const key of list(keys)) data.delete(key);
    },
    dump: () => structuredClone(Object.fromEntries(data)),
  };
}
