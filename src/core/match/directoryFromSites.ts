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
const MAX_NAME_CHARS = 120;
const MAX_JSONLD_CHARS = 200_000;
const MAX_IMAGE_HOSTS = 30;
/** "Title | Site", "Site – Tagline", "Site: news": the pieces either side of these are name candidates. */
const TITLE_SEPARATORS = /\s+[|–—·•:-]\s+|\s+[|–—·•]|[|–—·•]\s+/;
const ORG_TYPES = /Organization|NewsMediaOrganization|Corporation|WebSite|Blog/;

function clean(text: string | null | undefined): string | null {
  const t = (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_CHARS);
  return t || null;
}

/** Names in JSON-LD: the Organization/WebSite itself, its publisher, its alternateName; graphs walked a little. */
function jsonLdNames(json: unknown, out: string[], depth = 0): void {
  if (depth > 4 || json === null || typeof json !== 'object') return;
  if (Array.isArray(json)) {
    for (const item of json.slice(0, 50)) jsonLdNames(item, out, depth + 1);
    return;
  }
  const o = json as Record<string, unknown>;
  const type = Array.isArray(o['@type']) ? o['@type'].join(' ') : String(o['@type'] ?? '');
  if (ORG_TYPES.test(type)) {
    for (const key of ['name', 'alternateName']) {
      const v = o[key];
      for (const s of Array.isArray(v) ? v : [v]) if (typeof s === 'string' && clean(s)) out.push(clean(s)!);
    }
  }
  for (const key of ['@graph', 'publisher', 'sourceOrganization', 'isPartOf'])
    if (key in o) jsonLdNames(o[key], out, depth + 1);
}

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
  const meta = (sel: string) => clean(doc.querySelector(sel)?.getAttribute('content'));
  const names: string[] = [];
  for (const n of [
    meta('meta[property="og:site_name" i]'),
    meta('meta[name="application-name" i]'),
    meta('meta[name="apple-mobile-web-app-title" i]'),
  ])
    if (n) names.push(n);
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    const text = (script.textContent ?? '').slice(0, MAX_JSONLD_CHARS);
    try {
      jsonLdNames(JSON.parse(text), names);
    } catch {
      // malformed JSON-LD is common; the other names still count
    }
  }
  const title = clean(doc.querySelector('title')?.textContent);
  if (title) {
    names.push(title);
    const parts = title
      .split(TITLE_SEPARATORS)
      .map(clean)
      .filter((p): p is string => p !== null);
    if (parts.length > 1) names.push(parts[0]!, parts[parts.length - 1]!);
  }
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
