/**
 * Builds a publisher directory from site homepages: the names a site gives itself (og:site_name, application-name,
 * <title>, JSON-LD Organization) and the foreign image/CDN hosts its homepage and feed reference, so that a copy
 * naming the publisher, or hot-linking its pictures, leads to the site. The CLI feeds it its offline web's homepages,
 * the extension the sites the user visited.
 */
import { siteOf } from '../url/siteOf.ts';
import { ALL_PUBLISHERS } from '../data/publishers/allPublishers.ts';
import type { Ports } from '../ports.ts';
import { httpUrl } from './httpUrl.ts';
import { homepageNames } from './homepageNames.ts';
import { parseFeed } from './parseFeed.ts';
import { parseBounded } from '../page/parseBounded.ts';
import { makePublisherDirectory, type DirectoryEntry, type SiteDirectory } from './publisherDirectory.ts';

export interface DirectoryOptions {
  /** Also read the homepage's first feed for image hosts (one more fetch per site). */
  readFeeds?: boolean;
  /** Homepages fetched at once. */
  concurrency?: number;
  signal?: AbortSignal;
  /**
   * Publishers known beforehand (default: the well-known publishers table). A site read here that is one of them
   * gains its aliases and CDN hosts, which its homepage rarely shows (NYT's static01.nyt.com). Sites are never added.
   */
  known?: readonly DirectoryEntry[];
}

const MAX_SITES = 2_000;
const MAX_IMAGE_HOSTS = 30;

function hostOfUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

interface Read {
  entry: DirectoryEntry;
  feed: string | null;
}

function readHomepage(doc: Document, finalUrl: string): Read {
  const origin = new URL(finalUrl).origin;
  const ownHost = new URL(finalUrl).hostname.toLowerCase();
  const names = homepageNames(doc);
  const imageHosts = new Set<string>();
  const addImage = (value: string | null | undefined) => {
    if (!value || imageHosts.size >= MAX_IMAGE_HOSTS) return;
    const first = value.trim().split(/[\s,]/)[0] ?? '';
    const host = hostOfUrl(httpUrl(first, finalUrl));
    if (host && host !== ownHost) imageHosts.add(host);
  };
  for (const img of doc.querySelectorAll('img, source')) {
    for (const attr of ['src', 'data-src', 'data-lazy-src', 'data-original', 'srcset', 'data-srcset'])
      addImage(img.getAttribute(attr));
  }
  addImage(doc.querySelector('meta[property="og:image" i]')?.getAttribute('content'));
  addImage(doc.querySelector('meta[name="twitter:image" i]')?.getAttribute('content'));
  for (const link of doc.querySelectorAll(
    'link[rel~="icon" i], link[rel="preload" i][as="image" i], link[rel~="apple-touch-icon" i]',
  ))
    addImage(link.getAttribute('href'));
  let feed: string | null = null;
  for (const link of doc.querySelectorAll('link[rel~="alternate" i][href]')) {
    if (/(rss|atom)\+xml/i.test(link.getAttribute('type') ?? '')) {
      feed = httpUrl(link.getAttribute('href') ?? '', finalUrl);
      if (feed) break;
    }
  }
  const [name, ...aliases] = [...new Set(names)];
  return { entry: { name: name ?? new URL(finalUrl).hostname, origin, aliases, imageHosts: [...imageHosts] }, feed };
}

async function readSite(origin: string, ports: Ports, options: DirectoryOptions): Promise<DirectoryEntry | null> {
  const home = httpUrl(origin);
  if (!home) return null;
  const fetchOptions = options.signal ? { signal: options.signal } : undefined;
  let read: Read;
  try {
    const res = await ports.fetch(home, fetchOptions);
    if (res.status < 200 || res.status >= 300 || !/html/.test(res.contentType)) return null;
    read = readHomepage(parseBounded(ports.parseHtml, res.text, res.url), res.url);
  } catch {
    return null;
  }
  if (options.readFeeds !== false && read.feed) {
    try {
      const res = await ports.fetch(read.feed, fetchOptions);
      const own = new URL(read.entry.origin).hostname.toLowerCase();
      const hosts = new Set(read.entry.imageHosts);
      for (const item of parseFeed(res.text, res.url).items.slice(0, 50)) {
        for (const img of item.images) {
          const h = hostOfUrl(img);
          if (h && h !== own && hosts.size < MAX_IMAGE_HOSTS) hosts.add(h);
        }
      }
      read.entry.imageHosts = [...hosts];
    } catch {
      // no feed: the homepage's names are enough
    }
  }
  return read.entry;
}

export async function directoryFromSites(
  origins: string[],
  ports: Ports,
  options: DirectoryOptions = {},
): Promise<SiteDirectory> {
  const read = await readSites(origins, ports, options);
  return makePublisherDirectory(read.map((e) => withKnown(e, options.known ?? ALL_PUBLISHERS)));
}

/** What each site says of itself (names, aliases, image hosts), sites that could not be read left out. */
export async function readSites(
  origins: string[],
  ports: Ports,
  options: DirectoryOptions = {},
): Promise<DirectoryEntry[]> {
  const list = [...new Set(origins)].slice(0, MAX_SITES);
  const entries: (DirectoryEntry | null)[] = new Array(list.length).fill(null);
  let next = 0;
  const worker = async () => {
    while (next < list.length && !options.signal?.aborted) {
      const i = next++;
      entries[i] = await readSite(list[i]!, ports, options);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 4, list.length)) }, worker));
  return entries.filter((e): e is DirectoryEntry => e !== null);
}

function registrable(origin: string): string | null {
  try {
    return siteOf(new URL(origin).hostname);
  } catch {
    return null;
  }
}

/** The entry with the aliases and image hosts of the known publisher on the same host (or registrable domain). */
function withKnown(entry: DirectoryEntry, known: readonly DirectoryEntry[]): DirectoryEntry {
  const host = new URL(entry.origin).hostname;
  const domain = registrable(entry.origin);
  const same = known.filter((k) => {
    try {
      return new URL(k.origin).hostname === host;
    } catch {
      return false;
    }
  });
  const match = same.length ? same : known.filter((k) => domain !== null && registrable(k.origin) === domain);
  if (!match.length) return entry;
  return {
    ...entry,
    aliases: [...new Set([...(entry.aliases ?? []), ...match.flatMap((k) => [k.name, ...(k.aliases ?? [])])])],
    imageHosts: [...new Set([...(entry.imageHosts ?? []), ...match.flatMap((k) => k.imageHosts ?? [])])],
  };
}
