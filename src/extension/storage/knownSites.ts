/**
 * Publishers the user has read: a site's name (og:site_name) and origin, learned from pages that checked clean.
 * A copy that names its source without a link ("Theo Báo An Giang", "Source: Le Monde") can then be traced to a
 * site the user knows, beside the built-in table of well-known publishers. Names and origins only, on this device.
 * Read through one valibot schema: every field is needed to use an entry, so an entry with a bad field is dropped
 * and the other entries are kept.
 */
import * as v from 'valibot';
import type { DirectoryEntry } from '../../core/match/publisherDirectory.ts';
import { readKey, type StorageArea } from './storageArea.ts';
import { serialized } from './serialized.ts';

export const KNOWN_SITES_KEY = 'knownSites';
export const MAX_KNOWN_SITES = 1000;
const MAX_NAME = 120;

export interface KnownSite {
  name: string;
  origin: string;
  /** ms since the epoch, for dropping the oldest */
  seenAt: number;
}

const KnownSiteSchema = v.object({
  name: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1),
    v.transform((name) => name.slice(0, MAX_NAME)),
  ),
  /** Stored as the origin alone: a URL's path and query are not kept, and only http(s) is. */
  origin: v.pipe(v.string(), v.transform(originOf), v.string()),
  seenAt: v.pipe(v.number(), v.finite()),
});

export function repairKnownSite(value: unknown): KnownSite | null {
  const parsed = v.safeParse(KnownSiteSchema, value);
  return parsed.success ? parsed.output : null;
}

const KnownSitesSchema = v.fallback(
  v.pipe(
    v.array(v.fallback(v.nullable(KnownSiteSchema), null)),
    v.transform((sites) => sites.filter((s): s is KnownSite => s !== null)),
  ),
  // A fresh list each time: callers may push onto what they read.
  () => [],
);

export function repairKnownSites(value: unknown): KnownSite[] {
  return v.parse(KnownSitesSchema, value);
}

const queue = serialized();

/** Notes (or refreshes) a site's name; the least recently seen go first past the cap. */
export function rememberSite(area: StorageArea, site: { name: string; url: string; seenAt: number }): Promise<void> {
  return queue(async () => {
    const entry = repairKnownSite({ name: site.name, origin: site.url, seenAt: site.seenAt });
    if (!entry) return;
    const kept = repairKnownSites(await readKey(area, KNOWN_SITES_KEY)).filter((s) => s.origin !== entry.origin);
    kept.push(entry);
    await area.set({ [KNOWN_SITES_KEY]: kept.slice(Math.max(0, kept.length - MAX_KNOWN_SITES)) });
  });
}

/** The known sites as publisher-directory entries. */
export async function knownSiteEntries(area: StorageArea): Promise<DirectoryEntry[]> {
  return repairKnownSites(await readKey(area, KNOWN_SITES_KEY)).map((s) => ({ name: s.name, origin: s.origin }));
}

/** Forgets every known site (with the memory of pages read, from the options page). */
export function clearKnownSites(area: StorageArea): Promise<void> {
  return queue(async () => {
    await area.set({ [KNOWN_SITES_KEY]: [] });
  });
}

/** At install and update: keep every readable entry. */
export function migrateStoredKnownSites(area: StorageArea): Promise<void> {
  return queue(async () => {
    const raw = await readKey(area, KNOWN_SITES_KEY);
    if (raw !== undefined) await area.set({ [KNOWN_SITES_KEY]: repairKnownSites(raw) });
  });
}

function originOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}
