/**
 * The local memory of articles read (the core `Memory` port) in IndexedDB, plus what the options page does with
 * it: size, clear all, forget one site, export and import as a file, and the move of the old storage.local list.
 * Stays on the device; never sent anywhere.
 */
import type { Memory, MemoryEntry } from '../../core/ports.ts';
import { indexedItem, indexedMemory, type IndexedItem } from '../../core/memory/indexedMemory.ts';
import { repairRecord, type MemoryRecord } from '../../core/memory/memoryRecord.ts';
import { bandsByPage, memoryFileHeader, memoryFileLine, parseMemoryFile } from '../../core/memory/memoryFile.ts';
import { BLOCK, decodeBlock, encodeBlock } from '../../core/memory/pageBlock.ts';
import { dropHot, idbMemoryStore, listsBetween, putPages, readMeta, type MemoryDb } from './idbMemoryStore.ts';
import { readKey, type StorageArea } from './storageArea.ts';
import { serialized } from './serialized.ts';

/** The old list in storage.local (up to 0.1.x), moved into IndexedDB at update. */
export const OLD_MEMORY_KEY = 'memory';
/** Old entries moved per transaction: a stopped worker loses at most one chunk's work, and resumes after it. */
const MIGRATION_CHUNK = 200;
/** Share of the memory dropped (oldest first) when the browser refuses a write for lack of space. */
const QUOTA_RELIEF = 0.1;
/** Pages per part of an export: one part is one message to the options page, a few MB at most. */
export const EXPORT_PART = 5000;

export interface MemoryStats {
  pages: number;
  /** What the browser counts for this extension's storage (the memory is nearly all of it), when it tells. */
  bytes: number | null;
  skipped: number;
  quotaError: string | null;
}

export interface IdbMemory extends Memory {
  stats(): Promise<MemoryStats>;
  clear(): Promise<void>;
  /** Forgets every page of a host and its subdomains; returns how many went. */
  forgetSite(host: string): Promise<number>;
  /**
   * Pages with ids above `after`, as lines of the export file (the header first when `after` is 0), and the id to
   * continue after (null at the end): an export of 100,000 pages is too big for one message.
   */
  exportPart(after: number, max?: number): Promise<{ text: string; next: number | null }>;
  exportFile(): Promise<string>;
  /** Adds the pages of an exported file; returns how many were added and how many lines were skipped. */
  importFile(text: string): Promise<{ added: number; skipped: number }>;
}

function isQuotaError(e: unknown): boolean {
  return e instanceof Error && (e.name === 'QuotaExceededError' || /quota/i.test(e.message));
}

function hostMatches(url: string, host: string): boolean {
  try {
    const h = new URL(url).hostname.toLowerCase();
    const want = host.toLowerCase().replace(/^www\./, '');
    return h === want || h.endsWith(`.${want}`);
  } catch {
    return false;
  }
}

export function idbMemory(
  open: () => Promise<MemoryDb>,
  capacity: () => number | Promise<number>,
  estimate?: () => Promise<number | null>,
): IdbMemory {
  const queue = serialized();
  let skippedNow = 0;
  const store = idbMemoryStore(open);
  const noteSkipped = (n: number) => {
    skippedNow += n;
  };

  /** One write, retried once after dropping the oldest pages when the disk or the quota is full. */
  const write = async (items: IndexedItem[]): Promise<void> => {
    const db = await open();
    const cap = Math.max(0, await capacity());
    try {
      await putPages(db, items, cap);
    } catch (e) {
      if (!isQuotaError(e)) throw e;
      const meta = await readMeta(db);
      const keep = Math.floor(meta.count * (1 - QUOTA_RELIEF));
      const message =
        'The browser refused to store more (disk or quota full): the oldest pages were forgotten to make room.';
      await putPages(db, [], keep, { quotaError: { at: Date.now(), message } });
      await putPages(db, items, Math.min(cap, keep + items.length));
    }
  };

  const base = indexedMemory(store, { capacity, onSkipped: noteSkipped });
  return {
    remember(entry: MemoryEntry) {
      const item = indexedItem(entry);
      return item ? queue(() => write([item])) : Promise.resolve();
    },
    recall: base.recall,
    async stats() {
      const meta = await readMeta(await open());
      return {
        pages: meta.count,
        bytes: estimate ? await estimate().catch(() => null) : null,
        skipped: (meta.skipped ?? 0) + skippedNow,
        quotaError: meta.quotaError?.message ?? null,
      };
    },
    clear() {
      return queue(async () => {
        const db = await open();
        const meta = await readMeta(db);
        dropHot(db);
        const tx = db.transaction(['blocks', 'groups', 'pending', 'meta'], 'readwrite');
        void tx.objectStore('blocks').clear();
        void tx.objectStore('groups').clear();
        void tx.objectStore('pending').clear();
        // The migration mark stays: a cleared memory must not refill from the old list; ids go on ascending.
        void tx.objectStore('meta').put(
          {
            count: 0,
            minLive: meta.nextId ?? 0,
            ...(meta.nextId !== undefined ? { nextId: meta.nextId } : {}),
            ...(meta.migrated !== undefined ? { migrated: meta.migrated } : {}),
          },
          'meta',
        );
        await tx.done;
        skippedNow = 0;
      });
    },
    forgetSite(host) {
      return queue(async () => {
        const db = await open();
        await putPages(db, [], Number.MAX_SAFE_INTEGER, {}, { flush: true }); // the pending log into blocks first
        const tx = db.transaction(['blocks', 'meta'], 'readwrite');
        const meta = { count: 0, minLive: 0, ...((await tx.objectStore('meta').get('meta')) ?? {}) };
        let gone = 0;
        for (let c = await tx.objectStore('blocks').openCursor(); c; c = await c.continue()) {
          const pages = decodeBlock(c.key, c.value);
          const kept = pages.filter((p) => {
            const url = repairRecord(p.bytes)?.url;
            return url === undefined || !hostMatches(url, host);
          });
          if (kept.length === pages.length) continue;
          gone += pages.length - kept.length;
          if (kept.length) await c.update(encodeBlock(kept));
          else await c.delete();
        }
        meta.count = Math.max(0, meta.count - gone);
        dropHot(db);
        await tx.objectStore('meta').put(meta, 'meta');
        await tx.done;
        return gone;
      });
    },
    async exportPart(after, max = EXPORT_PART) {
      const db = await open();
      await putPages(db, [], Number.MAX_SAFE_INTEGER, {}, { flush: true }); // the pending log into the index first
      const tx = db.transaction(['blocks', 'groups']);
      const lines = after <= 0 ? [memoryFileHeader()] : [];
      const pages: { id: number; record: MemoryRecord }[] = [];
      let next: number | null = null;
      const from = Math.floor((Math.max(0, after) + 1) / BLOCK);
      scan: for (
        let c = await tx.objectStore('blocks').openCursor(IDBKeyRange.lowerBound(from));
        c;
        c = await c.continue()
      ) {
        for (const p of decodeBlock(c.key, c.value)) {
          if (p.id <= after) continue;
          if (pages.length >= max) {
            next = pages[pages.length - 1]?.id ?? null;
            break scan;
          }
          const record = repairRecord(p.bytes);
          if (record) pages.push({ id: p.id, record });
        }
      }
      // A page's postings are rebuilt from the index (its full sketch is not kept): the epochs of the part's pages.
      const first = pages[0]?.id ?? 0;
      const last = pages[pages.length - 1]?.id ?? -1;
      const bands = bandsByPage(await listsBetween(tx, first, last), first, last);
      await tx.done;
      for (const { id, record } of pages) lines.push(memoryFileLine(record, bands.get(id) ?? []));
      return { text: lines.length ? `${lines.join('\n')}\n` : '', next };
    },
    async exportFile() {
      let text = '';
      let after = 0;
      for (;;) {
        const part = await this.exportPart(after);
        text += part.text;
        if (part.next === null) return text;
        after = part.next;
      }
    },
    async importFile(text) {
      const { items, skipped } = parseMemoryFile(text);
      for (let i = 0; i < items.length; i += 1000) await queue(() => write(items.slice(i, i + 1000)));
      return { added: items.length, skipped };
    },
  };
}

/**
 * Moves the old storage.local list into IndexedDB, chunk by chunk; each chunk's transaction also records how far it
 * got, so a worker stopped midway resumes there. The old list is removed only once everything is in.
 */
export async function migrateOldMemory(
  area: StorageArea,
  open: () => Promise<MemoryDb>,
  capacity: number,
): Promise<{ moved: number; skipped: number }> {
  const raw = await readKey(area, OLD_MEMORY_KEY);
  if (raw === undefined) return { moved: 0, skipped: 0 };
  const list = Array.isArray(raw) ? raw : [];
  const db = await open();
  let from = (await readMeta(db)).migrated ?? 0;
  let moved = 0;
  let skipped = Array.isArray(raw) ? 0 : 1;
  while (from < list.length) {
    const chunk = list.slice(from, from + MIGRATION_CHUNK);
    const items: IndexedItem[] = [];
    for (const value of chunk) {
      const item = oldEntry(value);
      if (item) items.push(item);
      else skipped++;
    }
    from += chunk.length;
    const meta = await readMeta(db);
    await putPages(db, items, capacity, {
      migrated: from,
      skipped: (meta.skipped ?? 0) + (chunk.length - items.length),
    });
    moved += items.length;
  }
  await area.remove(OLD_MEMORY_KEY);
  return { moved, skipped };
}

function oldEntry(value: unknown): IndexedItem | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.url !== 'string' || typeof v.visitedAt !== 'number' || !Array.isArray(v.sketch)) return null;
  if (!v.sketch.every((n) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 0xffffffff)) return null;
  return indexedItem({
    url: v.url,
    title: typeof v.title === 'string' ? v.title : null,
    visitedAt: v.visitedAt,
    sketch: v.sketch as number[],
  });
}
