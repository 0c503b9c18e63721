/**
 * The moderator's list: pages the user flagged as copies, newest first, kept across updates. One entry per URL
 * (flagging again replaces the note), capped so storage stays small. Malformed entries are dropped on read.
 */
import { readKey, type StorageArea } from './storageArea.ts';
import { serialized } from './serialized.ts';

export type FlagVerdict = 'copy' | 'suspected' | 'clean' | 'unchecked' | 'unknown';

export interface Flag {
  url: string;
  title: string | null;
  originalUrl: string | null;
  verdict: FlagVerdict;
  note: string;
  /** ms since the epoch */
  flaggedAt: number;
}

export const FLAGS_KEY = 'flags';
export const MAX_FLAGS = 5000;
const MAX_URL = 2048;
const MAX_TITLE = 300;
export const MAX_NOTE = 1000;

const VERDICTS: readonly FlagVerdict[] = ['copy', 'suspected', 'clean', 'unchecked', 'unknown'];

function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_URL) return null;
  return /^https?:\/\//i.test(value) ? value : null;
}

/** One stored entry made safe, or null when it cannot be (no http(s) URL, no time). */
export function repairFlag(value: unknown): Flag | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const url = httpUrl(v.url);
  if (!url || typeof v.flaggedAt !== 'number' || !Number.isFinite(v.flaggedAt)) return null;
  return {
    url,
    title: typeof v.title === 'string' ? v.title.slice(0, MAX_TITLE) : null,
    originalUrl: httpUrl(v.originalUrl),
    verdict: VERDICTS.includes(v.verdict as FlagVerdict) ? (v.verdict as FlagVerdict) : 'unknown',
    note: typeof v.note === 'string' ? v.note.slice(0, MAX_NOTE) : '',
    flaggedAt: v.flaggedAt,
  };
}

export function repairFlags(value: unknown): Flag[] {
  if (!Array.isArray(value)) return [];
  const out: Flag[] = [];
  for (const item of value) {
    const flag = repairFlag(item);
    if (flag) out.push(flag);
    if (out.length >= MAX_FLAGS) break;
  }
  return out;
}

export async function listFlags(area: StorageArea): Promise<Flag[]> {
  return repairFlags(await readKey(area, FLAGS_KEY));
}

const queue = serialized();

/** Adds (or replaces) the flag for `flag.url`, newest first; returns the list. */
export function addFlag(area: StorageArea, flag: Flag): Promise<Flag[]> {
  return queue(async () => {
    const clean = repairFlag(flag);
    const current = await listFlags(area);
    if (!clean) return current;
    const next = [clean, ...current.filter((f) => f.url !== clean.url)].slice(0, MAX_FLAGS);
    await area.set({ [FLAGS_KEY]: next });
    return next;
  });
}

export function removeFlag(area: StorageArea, url: string): Promise<Flag[]> {
  return queue(async () => {
    const current = await listFlags(area);
    const next = current.filter((f) => f.url !== url);
    if (next.length !== current.length) await area.set({ [FLAGS_KEY]: next });
    return next;
  });
}

/** At install and update: keep every readable flag, drop only what cannot be read. */
export function migrateStoredFlags(area: StorageArea): Promise<void> {
  return queue(async () => {
    const raw = await readKey(area, FLAGS_KEY);
    if (raw === undefined) return;
    await area.set({ [FLAGS_KEY]: repairFlags(raw) });
  });
}
