/**
 * A directory site as one line of text, so that the built-in publishers' sites can be checked in as generated data
 * (data/publishers/publisherSiteData.ts) instead of being worked out on a cold engine's first page: reading the suffix
 * list and folding the names of 1,700 publishers cost ~90 ms of CPU there. Fields are tab-separated; lists are
 * space-separated (hosts and folded words hold no spaces), a site's names' word lists separated by "|".
 */
import { type DirectoryEntry, formOf, type Site } from './publisherSite.ts';

/** What a site is worked out from: an entry with the same key has the same site. */
export function siteKey(e: DirectoryEntry): string {
  return JSON.stringify([e.origin, e.name, e.aliases ?? [], e.imageHosts ?? []]);
}

export function encodeSite(site: Site): string {
  return [
    site.origin,
    site.host,
    site.domain ?? '',
    site.labels.join(' '),
    site.forms.map((f) => f.words.join(' ')).join('|'),
    [...site.imageHosts].join(' '),
    [...site.imageDomains].join(' '),
  ].join('\t');
}

const list = (field: string | undefined): string[] => (field ? field.split(' ') : []);
/** Most sites name no image host: they share one empty set (a site's sets are only ever read). */
const NONE: ReadonlySet<string> = new Set();
const setOf = (field: string | undefined): ReadonlySet<string> => (field ? new Set(field.split(' ')) : NONE);

export function decodeSite(record: string): Site {
  const [origin = '', host = '', domain, labels, forms, imageHosts, imageDomains] = record.split('\t');
  return {
    origin,
    host,
    domain: domain || null,
    labels: list(labels),
    forms: forms ? forms.split('|').map((words) => formOf(words.split(' '))) : [],
    imageHosts: setOf(imageHosts),
    imageDomains: setOf(imageDomains),
  };
}
