/**
 * Given a publisher's site and a copy's title (and URL), finds the article on that site: the sitemaps robots.txt
 * announces, the homepage's feeds and headline links, then the usual sitemap and feed paths. Titles are matched where
 * the site gives them (RSS/Atom items, news sitemaps, homepage links); plain sitemaps are matched on URL slug words.
 * Fetches are few and bounded: the search stops at a near-certain match or when its budget is spent.
 */
import { FEED_PATHS, SITEMAP_PATHS } from '../data/feedPaths.ts';
import { FetchError, type FetchResponse, type Ports } from '../ports.ts';
import { normalizeUrl } from '../url/normalizeUrl.ts';
import { httpUrl } from './httpUrl.ts';
import { parseFeed } from './parseFeed.ts';
import { parseRobots } from './parseRobots.ts';
import { parseSitemap } from './parseSitemap.ts';
import { slugSimilarity, titleWords, urlWords, wordSimilarity } from './titleWords.ts';
import { originOf } from '../url/originOf.ts';
import { parseBounded } from '../page/parseBounded.ts';

export interface SiteQuery {
  /** The copy's title. */
  title: string | null;
  /** The copy's URL: its slug is a second query (scrapers often keep the original's slug). */
  url?: string | null;
}

export interface SiteMatch {
  url: string;
  /** 0..1 */
  score: number;
  via: 'publisher-feed' | 'publisher-sitemap';
  /** The title the site gives the article, when it gives one. */
  title: string | null;
  /** Where it was listed (feed, sitemap or homepage URL). */
  listedIn: string;
}

export interface SiteSearch {
  /** Best first, at most `maxResults`. */
  matches: SiteMatch[];
  fetches: number;
  /** False when neither robots.txt nor the homepage could be fetched: the origin is probably not a site. */
  reachable: boolean;
}

export interface SiteSearchOptions {
  maxFetches?: number;
  /** Below this a listed article is not a candidate. */
  minScore?: number;
  maxResults?: number;
  /** Normalised URLs (see normalizeUrl) never to return, e.g. the page itself. */
  exclude?: Iterable<string>;
  signal?: AbortSignal;
  /** Told of fetches the safe fetcher refused (a private address, a bogus URL): those are findings, not absences. */
  onRefused?: (error: FetchError) => void;
}

export const DEFAULT_SITE_FETCHES = 8;
const DEFAULT_MIN_SCORE = 0.5;
/** A match this good ends the search: more fetches would not find a better one often enough to pay. */
const STRONG_SCORE = 0.85;
const MAX_INDEX_DEPTH = 2;
const MAX_CHILD_SITEMAPS = 3;
const MAX_HOMEPAGE_LINKS = 3_000;
/** Slug evidence counts a little less than a title the site itself gives. */
const SLUG_WEIGHT = 0.9;
/** Sitemap names that list articles rather than tags, pages or media. */
const NEWS_SITEMAP = /news|post|article/i;

interface Query {
  title: string[];
  slug: string[];
}

/** The copy's own slug: the last path segment that reads like words ("?p=123" and "36933.html" give nothing). */
function copySlugWords(url: string | null | undefined): string[] {
  if (!url) return [];
  let segments: string[];
  try {
    segments = new URL(url).pathname.split('/').filter(Boolean);
  } catch {
    return [];
  }
  for (let i = segments.length - 1; i >= 0; i--) {
    const words = urlWords(`https://x/${segments[i]}`).filter((w) => !/^\d+$/.test(w));
    if (words.length >= 3) return words;
  }
  return [];
}

function scoreEntry(q: Query, url: string, title: string | null): number {
  let best = 0;
  if (title) {
    const t = titleWords(title);
    best = Math.max(best, wordSimilarity(q.title, t), 0.95 * wordSimilarity(q.slug, t));
  }
  const u = urlWords(url);
  if (u.length)
    best = Math.max(best, SLUG_WEIGHT * slugSimilarity(q.title, u), SLUG_WEIGHT * wordSimilarity(q.slug, u));
  return best;
}

/** Host without "www.", so that a homepage on one spelling linking to articles on the other still counts. */
function siteKey(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export async function findInSite(
  siteOrigin: string,
  query: SiteQuery,
  ports: Ports,
  options: SiteSearchOptions = {},
): Promise<SiteSearch> {
  const origin = originOf(siteOrigin);
  const q: Query = { title: query.title ? titleWords(query.title) : [], slug: copySlugWords(query.url) };
  const maxFetches = options.maxFetches ?? DEFAULT_SITE_FETCHES;
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const exclude = new Set(options.exclude ?? []);
  const found = new Map<string, SiteMatch>();
  const fetched = new Set<string>();
  let fetches = 0;
  if (!origin || (!q.title.length && !q.slug.length)) return { matches: [], fetches, reachable: origin !== null };

  const best = () => Math.max(0, ...[...found.values()].map((m) => m.score));
  const done = () => fetches >= maxFetches || best() >= STRONG_SCORE || options.signal?.aborted === true;

  const get = async (url: string): Promise<FetchResponse | null> => {
    const key = normalizeUrl(url) ?? url;
    if (fetched.has(key) || done()) return null;
    fetched.add(key);
    fetches++;
    try {
      const res = await ports.fetch(url, options.signal ? { signal: options.signal } : undefined);
      return res.status >= 200 && res.status < 300 ? res : null;
    } catch (error) {
      // Usually the file is just not there: keep looking elsewhere. A refused address is worth telling, though.
      if (error instanceof FetchError && (error.code === 'blocked-address' || error.code === 'bad-url'))
        options.onRefused?.(error);
      return null;
    }
  };

  const consider = (url: string | null, title: string | null, via: SiteMatch['via'], listedIn: string) => {
    if (!url) return;
    const key = normalizeUrl(url);
    if (!key || exclude.has(key) || new URL(url).pathname.replace(/\/+$/, '') === '') return;
    const score = scoreEntry(q, url, title);
    if (score < minScore) return;
    const prev = found.get(key);
    if (!prev || prev.score < score) found.set(key, { url, score, via, title, listedIn });
  };

  const sitemapQueue: { url: string; depth: number }[] = [];
  const feedQueue: string[] = [];

  const readSitemap = async (url: string, depth: number): Promise<boolean> => {
    const res = await get(url);
    if (!res) return false;
    const map = parseSitemap(res.text);
    if (map.kind === 'index') {
      if (depth >= MAX_INDEX_DEPTH) return true;
      // News and post sitemaps first, then the most recently modified: that is where an article being copied lives.
      const children = map.entries
        .map((e, i) => ({ e, i, news: NEWS_SITEMAP.test(e.loc) ? 1 : 0 }))
        .sort((a, b) => b.news - a.news || (b.e.lastmod ?? '').localeCompare(a.e.lastmod ?? '') || a.i - b.i)
        .slice(0, MAX_CHILD_SITEMAPS);
      for (const c of children) sitemapQueue.push({ url: c.e.loc, depth: depth + 1 });
      return true;
    }
    for (const e of map.entries) consider(e.loc, e.title, 'publisher-sitemap', res.url);
    if (map.kind === 'unknown') {
      // Some sites answer /sitemap.xml with their feed.
      for (const item of parseFeed(res.text, res.url).items) consider(item.link, item.title, 'publisher-feed', res.url);
    }
    return map.kind !== 'unknown';
  };

  const readFeed = async (url: string): Promise<boolean> => {
    const res = await get(url);
    if (!res) return false;
    const feed = parseFeed(res.text, res.url);
    for (const item of feed.items) consider(item.link, item.title, 'publisher-feed', res.url);
    return feed.items.length > 0;
  };

  const readHomepage = async (): Promise<boolean> => {
    const res = await get(`${origin}/`);
    if (!res || !/html/.test(res.contentType)) return res !== null;
    let doc: Document;
    try {
      doc = parseBounded(ports.parseHtml, res.text, res.url);
    } catch {
      return true;
    }
    for (const link of doc.querySelectorAll('link[rel~="alternate" i][href]')) {
      if (!/(rss|atom)\+xml|\/xml/i.test(link.getAttribute('type') ?? '')) continue;
      const href = httpUrl(link.getAttribute('href') ?? '', res.url);
      if (href) feedQueue.push(href);
    }
    // Homepages list the latest headlines: a cheap title match before any feed is read.
    let n = 0;
    for (const a of doc.querySelectorAll('a[href]')) {
      if (++n > MAX_HOMEPAGE_LINKS) break;
      const href = httpUrl(a.getAttribute('href') ?? '', res.url);
      if (!href || siteKey(href) !== siteKey(res.url)) continue;
      const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 400);
      consider(href, text.length >= 8 ? text : null, 'publisher-feed', res.url);
    }
    return true;
  };

  const drainSitemaps = async () => {
    let any = false;
    while (sitemapQueue.length && !done()) {
      const next = sitemapQueue.shift()!;
      any = (await readSitemap(next.url, next.depth)) || any;
    }
    return any;
  };
  const drainFeeds = async () => {
    let any = false;
    while (feedQueue.length && !done()) any = (await readFeed(feedQueue.shift()!)) || any;
    return any;
  };

  // 1. robots.txt names the sitemaps.
  const robots = await get(`${origin}/robots.txt`);
  if (robots && !/html/.test(robots.contentType)) {
    // News sitemaps first: big sites announce many (video, tags, archives), and the budget is small.
    const announced = parseRobots(robots.text, robots.url).sitemaps;
    for (const url of [
      ...announced.filter((u) => NEWS_SITEMAP.test(u)),
      ...announced.filter((u) => !NEWS_SITEMAP.test(u)),
    ])
      sitemapQueue.push({ url, depth: 0 });
  }
  let haveSitemap = await drainSitemaps();
  // 2. The homepage: feed links and headline links.
  const homepage = done() ? true : await readHomepage();
  if (!robots && !homepage) return { matches: [], fetches, reachable: false };
  let haveFeed = await drainFeeds();
  // 3. Where sitemaps and feeds usually are, when nothing above pointed at them.
  if (!haveSitemap) {
    for (const path of SITEMAP_PATHS) {
      if (done()) break;
      sitemapQueue.push({ url: `${origin}${path}`, depth: 0 });
      haveSitemap = await drainSitemaps();
      if (haveSitemap) break;
    }
  }
  if (!haveFeed) {
    for (const path of FEED_PATHS) {
      if (done()) break;
      feedQueue.push(`${origin}${path}`);
      haveFeed = await drainFeeds();
      if (haveFeed) break;
    }
  }

  const matches = [...found.values()].sort((a, b) => b.score - a.score).slice(0, options.maxResults ?? 3);
  return { matches, fetches, reachable: true };
}
