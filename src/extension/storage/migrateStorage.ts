/**
 * Runs at `runtime.onInstalled` (install, update, browser update): migrates and repairs every stored item in place.
 * It never clears: a user's flags, per-site switches and memory must survive every update. (The memory of pages
 * read moves from storage.local into IndexedDB afterwards: see idbMemory.migrateOldMemory.)
 */
import { migrateStoredFlags } from './flags.ts';
import { migrateStoredKnownSites } from './knownSites.ts';
import { migrateStoredSettings } from './settings.ts';
import type { StorageArea } from './storageArea.ts';

export async function migrateStorage(area: StorageArea): Promise<void> {
  await migrateStoredSettings(area);
  await migrateStoredFlags(area);
  await migrateStoredKnownSites(area);
}
