/**
 * The built-in publishers' directory sites, read from generated data (data/publishers/publisherSiteData.ts, written
 * by `npm run generate:guards`; a test fails when it is stale) instead of worked out from their entries on a cold
 * engine. An entry the data does not hold word for word (a site the reader taught the extension, a table changed
 * since) is not found here and is worked out as before.
 */
import { PUBLISHER_SITE_DATA } from '../data/publishers/publisherSiteData.ts';
import type { DirectoryEntry, Site } from './publisherSite.ts';
import { decodeSite, siteKey } from './siteRecord.ts';

let records: Map<string, string> | null = null;

export function builtInSite(e: DirectoryEntry): Site | undefined {
  records ??= new Map(PUBLISHER_SITE_DATA);
  const record = records.get(siteKey(e));
  return record === undefined ? undefined : decodeSite(record);
}
