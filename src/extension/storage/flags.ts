/**
 * The moderator's list: pages the user flagged as copies, newest first, kept across updates. One entry per URL
 * (flagging again replaces the note), capped so storage stays small. Read through one valibot schema: an entry
 * without an http(s) URL or a time is dropped; any other bad field falls back to its default and the rest is kept.
 */
import * as v from 'valibot';
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

const VERDICTS = ['copy', 'suspected', 'clean', 'unchecked', 'unknown'] as const satisfies readonly FlagVerdict[];

/** Only http(s): a stored `javascript:` URL would otherwise become a link in the options page. */
const HttpUrl = v.pipe(v.string(), v.maxLength(MAX_URL), v.regex(/^https?:\/\//i));
const cut = (max: number) => v.transform((s: string) => s.slice(0, max));

const FlagSchema = v.object({
  url: HttpUrl,
  title: v.fallback(v.nullable(v.pipe(v.string(), cut(MAX_TITLE))), null),
  originalUrl: v.fallback(v.nullable(HttpUrl), null),
  verdict: v.fallback(v.picklist(VERDICTS), 'unknown'),
  note: v.fallback(v.pipe(v.string(), cut(MAX_NOTE)), ''),
  flaggedAt: v.pipe(v.number(), v.finite()),
});

/** One stored entry made safe, or null when it cannot be (no http(s) URL, no time). */
export function repairFlag(value: unknown): Flag | null {
  const parsed = v.safeParse(FlagSchema, value);
  return parsed.success ? parsed.output : null;
}

/** Unreadable entries are dropped (the others kept), and the list is capped. */
const FlagsSchema = v.fallback(
  v.pipe(
    v.array(v.fallback(v.nullable(FlagSchema), null)),
    v.transform((flags) => flags.filter((f): f is Flag => f !== null).slice(0, MAX_FLAGS)),
  ),
  // A fresh list each time: callers may push onto what they read.
  () => [],
);

export function repairFlags(value: unknown): Flag[] {
  return v.parse(FlagsSchema, value);
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
