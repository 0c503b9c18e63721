/**
 * Per-tab state and comparison, kept in `storage.session` (memory where the browser lacks it) so that a service
 * worker stopped between two events picks up where it was. A copy stays in memory for quick reads; if the session
 * area refuses a write (quota), memory still holds it for this worker's life.
 */
import { readReport } from '../../core/readReport.ts';
import type { Comparison } from '../../core/report.ts';
import type { StorageArea } from '../storage/storageArea.ts';
import { type TabState, type TabStatus, tabStateKey } from '../tabState.ts';

export interface TabStore {
  get(tabId: number): Promise<TabState | null>;
  put(state: TabState): Promise<void>;
  getComparison(tabId: number): Promise<Comparison | null>;
  putComparison(tabId: number, comparison: Comparison | null): Promise<void>;
  remove(tabId: number): Promise<void>;
}

const STATUSES: readonly TabStatus[] = ['idle', 'checking', 'done', 'error', 'off', 'unsupported', 'needs-permission'];
const comparisonKey = (tabId: number) => `comparison:${tabId}`;

/** Our own writes, but a different build may have written them: check the shape before use, upgrade old reports. */
function asTabState(value: unknown, tabId: number): TabState | null {
  if (typeof value !== 'object' || value === null) return null;
  const s = value as Partial<TabState>;
  if (s.tabId !== tabId || typeof s.url !== 'string' || !STATUSES.includes(s.status as TabStatus)) return null;
  return {
    tabId,
    url: s.url,
    status: s.status as TabStatus,
    report: readReport(s.report),
    error: s.error ?? null,
    updatedAt: typeof s.updatedAt === 'number' ? s.updatedAt : 0,
  };
}

export function tabStore(area: StorageArea): TabStore {
  const cache = new Map<string, unknown>();

  async function read(key: string): Promise<unknown> {
    if (cache.has(key)) return cache.get(key);
    try {
      return (await area.get(key))[key];
    } catch {
      return undefined;
    }
  }
  async function write(key: string, value: unknown): Promise<void> {
    cache.set(key, value);
    try {
      await area.set({ [key]: value });
    } catch {
      // over quota or no session area: the in-memory copy serves this worker's life
    }
  }

  return {
    async get(tabId) {
      return asTabState(await read(tabStateKey(tabId)), tabId);
    },
    put: (state) => write(tabStateKey(state.tabId), state),
    async getComparison(tabId) {
      const value = await read(comparisonKey(tabId));
      return typeof value === 'object' && value !== null ? (value as Comparison) : null;
    },
    async putComparison(tabId, comparison) {
      if (comparison) return write(comparisonKey(tabId), comparison);
      cache.delete(comparisonKey(tabId));
      await area.remove(comparisonKey(tabId)).catch(() => undefined);
    },
    async remove(tabId) {
      const keys = [tabStateKey(tabId), comparisonKey(tabId)];
      for (const key of keys) cache.delete(key);
      await area.remove(keys).catch(() => undefined);
    },
  };
}
