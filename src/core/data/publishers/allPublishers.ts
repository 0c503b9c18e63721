/**
 * Every publisher the directory knows before the reader has visited anything: the hand-kept well-known table first
 * (it alone carries image hosts), then the news agencies, the public and international broadcasters, the national
 * outlets of the feed directories and the Wikidata newspapers. One entry per host; a later table adds names to an earlier one and never replaces it.
 */
import { PUBLISHERS, type PublisherEntry } from '../publishers.ts';
import { COUNTRY_LIST_OUTLETS } from './countryListOutlets.ts';
import { FEED_DIRECTORY_OUTLETS } from './feedDirectoryOutlets.ts';
import { NEWS_AGENCIES } from './newsAgencies.ts';
import { PUBLIC_BROADCASTERS } from './publicBroadcasters.ts';
import { isGenericName } from './genericName.ts';
import type { PublisherRow } from './publisherRow.ts';
import { WIKIDATA_NEWSPAPERS } from './wikidataNewspapers.ts';

export const PUBLISHER_ROWS: readonly PublisherRow[] = [
  ...NEWS_AGENCIES,
  ...PUBLIC_BROADCASTERS,
  ...FEED_DIRECTORY_OUTLETS,
  ...COUNTRY_LIST_OUTLETS,
  ...WIKIDATA_NEWSPAPERS,
];

export { isGenericName } from './genericName.ts';

const hostKey = (host: string) => host.toLowerCase().replace(/^www\./, '');

function entryOf([name, host, , , aliases]: PublisherRow): PublisherEntry {
  const names = [name, ...(aliases ?? [])].filter((n) => !isGenericName(n));
  // A row whose only name is generic keeps its host as its name, so that it is found by host and never by the word.
  const [first = host, ...rest] = names;
  return { name: first, origin: `https://${host}`, ...(rest.length ? { aliases: rest } : {}) };
}

function merge(): PublisherEntry[] {
  const byHost = new Map<string, PublisherEntry>();
  const add = (e: PublisherEntry) => {
    const key = hostKey(new URL(e.origin).hostname);
    const known = byHost.get(key);
    if (!known) {
      byHost.set(key, e);
      return;
    }
    // The same site in two tables: the first entry stays, the other's names become its aliases ("Thomson Reuters").
    const names = new Set([known.name, ...(known.aliases ?? [])]);
    const more = [e.name, ...(e.aliases ?? [])].filter((n) => !names.has(n) && n !== key);
    if (more.length) byHost.set(key, { ...known, aliases: [...(known.aliases ?? []), ...more] });
  };
  for (const p of PUBLISHERS) add(p);
  for (const row of PUBLISHER_ROWS) add(entryOf(row));
  return [...byHost.values()];
}

export const ALL_PUBLISHERS: readonly PublisherEntry[] = merge();
