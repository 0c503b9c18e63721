/**
 * The CLI's memory kept in a file between runs (`--memory <file>`): the extension's indexed memory (same bands,
 * same scoring) over a store in RAM, loaded from the file (the format an extension export writes, so a reader's
 * memory can be handed to the CLI) and written back at the end of a run, through a temporary file and a rename so
 * an interrupted run never leaves half a file. A missing file is an empty memory; bad lines are skipped and counted.
 */
import fs from 'node:fs/promises';
import type { Memory, MemoryEntry } from '../core/ports.ts';
import { indexedMemory } from '../core/memory/indexedMemory.ts';
import { mapStore } from '../core/memory/mapStore.ts';
import { memoryFileText, parseMemoryFile } from '../core/memory/memoryFile.ts';
import { UsageError } from './usageError.ts';

/** As the extension's default: a heavy reader's 100,000 articles. */
export const FILE_MEMORY_CAPACITY = 100_000;

export interface FileMemory extends Memory {
  /** Lines of the file that could not be read. */
  skipped: number;
  /** Pages in the memory now. */
  size(): number;
  save(): Promise<void>;
}

export async function openFileMemory(file: string, capacity = FILE_MEMORY_CAPACITY): Promise<FileMemory> {
  let text = '';
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new UsageError(`--memory: cannot read ${file}: ${(e as Error).message}`);
  }
  const store = mapStore();
  const { items, skipped } = text.trim() ? parseMemoryFile(text) : { items: [], skipped: 0 };
  if (items.length) await store.put(items, capacity);
  const memory = indexedMemory(store, { capacity: () => capacity });
  return {
    ...memory,
    skipped,
    size: () => store.state.records.size,
    async save() {
      const tmp = `${file}.${process.pid}.tmp`;
      await fs.writeFile(tmp, memoryFileText(store.state.records, store.state.buckets));
      await fs.rename(tmp, file);
    },
  };
}

/** A memory that also tells what it was asked to remember (a worker hands those pages back to the main thread). */
export function recording(memory: Memory): { memory: Memory; remembered: MemoryEntry[] } {
  const remembered: MemoryEntry[] = [];
  return {
    remembered,
    memory: {
      recall: (sketch, limit) => memory.recall(sketch, limit),
      async remember(entry) {
        remembered.push(entry);
        await memory.remember(entry);
      },
    },
  };
}
