/**
 * Candidate originals for a page, cheapest and likeliest first, produced lazily: the caller fetches each one, compares
 * texts and stops at the first verified one, so later (costlier) searches only run when earlier candidates failed.
 * Order: URLs the page itself claims → pages read earlier with similar text → the article on the site of a named
 * publisher → on the sites behind hot-linked image hosts → on sites whose listings carry the page's slug.
 */
import type { Ports } from '../ports.ts';
import type { CandidateTrace, Claim } from '../report.ts';
import { findInSite, type SiteMatch, type SiteSearchOptions } from './findInSite.ts';
import { guessPublisherSite, MAX_GUESS_TRIES } from './guessPublisherSite.ts';
import { normalizeUrl } from '../url/normalizeUrl.ts';
import { httpUrl } from './httpUrl.ts';
import { hostOf, isSharedMediaHost } from './publisherDirectory.ts';
import { originOf } from '../url/originOf.ts';
import { siteOf } from '../url/siteOf.ts';
// Claimed URLs by how directly they name the original (a feed footer links the very post; a source line may be loose).
import { CLAIM_ORDER, OTHER_CLAIM } from '../signals/detectorSpecs.ts';

export interface CandidateHints {
  /** The page under test. */
  url: string;
  title: string | null;
  lang: string | null;
  claims: Claim[];
  /**
   * Names a line's shape may end with (findExcerptShape): searched where the directory knows them, never guessed,
   * since a shape is no claim and a guess costs homepage fetches.
   */
  directoryOnly?: Claim[];
  /** Foreign hosts the page's images are loaded from. */
  hotlinkHosts: string[];
  /** MinHash sketch of the page's article text, for the memory. */
  sketch: number[] | null;
  /** MinHash sketch of the excerpt a read-more line closes: recalled too, since the whole page may carry more. */
  excerptSketch?: number[] | null;
}

export interface Candidate {
  url: string;
  via: CandidateTrace['via'];
  /** 0..1: how likely this is the original before any fetch. */
  score: number;
  note?: string;
}

export interface CandidateLimits {
  /** Fetches one site search may spend (robots, sitemaps, homepage, feeds). */
  fetchesPerSite?: number;
  /** Fetches all site searches together may spend. */
  maxFetches?: number;
  /** Sites searched for a named publisher, a claimed host, or hot-linked images (together). */
  maxSites?: number;
  /** Sites of the directory swept for the page's title or slug when nothing else is left (0 turns it off). */
  maxSlugSites?: number;
  /** Entries asked from the memory. */
  memoryLimit?: number;
  /** Told of fetches the safe fetcher refused while searching sites (see findInSite). */
  onRefused?: SiteSearchOptions['onRefused'];
  /** Candidates yielded per site. */
  perSite?: number;
  signal?: AbortSignal;
}

/** Names without a directory entry whose site is guessed (each costs up to MAX_GUESS_TRIES homepage fetches). */
const MAX_GUESSED_NAMES = 2;

const DEFAULTS = { fetchesPerSite: 8, maxFetches: 40, maxSites: 6, maxSlugSites: 0, memoryLimit: 5, perSite: 3 };

function isHomepage(url: string): boolean {
  try {
    const u = new URL(url);
    return u.pathname.replace(/\/+$/, '') === '' && !u.search;
  } catch {
    return false;
  }
}

/** Where a host's site probably is when no directory knows it: the image host's site, "www." first. */
/** A first label that names a media server ("static", "img2", "cdn-3", "s1"), not a site of its own. */
const MEDIA_LABEL =
  /^(?:cdn|static|img|images?|media|assets?|pics?|photos?|files|content|uploads?|thumbs?|s|i|[a-z]{0,2}\d+)[-\d]*$/;

function guessOrigins(host: string): string[] {
  const domain = siteOf(host);
  if (!domain || isSharedMediaHost(host)) return [];
  if (host === domain || host === `www.${domain}`) return [`https://${host}`];
  // A site on its own subdomain ("nicolas.example.net", "blog.example.org") serves its pictures itself: that host is
  // the site, searched first; a media server's host ("static.example.com") is not, and leads to the domain's site.
  const own = MEDIA_LABEL.test(host.slice(0, host.indexOf('.'))) ? [] : [`https://${host}`];
  return [...own, `https://www.${domain}`, `https://${domain}`];
}

export async function* findCandidates(
  hints: CandidateHints,
  ports: Ports,
  limits: CandidateLimits = {},
): AsyncGenerator<Candidate> {
  const lim = { ...DEFAULTS, ...limits };
  const self = normalizeUrl(hints.url);
  const selfSite = (() => {
    try {
      return siteOf(new URL(hints.url).hostname);
    } catch {
      return null;
    }
  })();
  /** The copy's own site is never where its original is. */
  const isOwnSite = (url: string): boolean => {
    try {
      return selfSite !== null && siteOf(new URL(url).hostname) === selfSite;
    } catch {
      return true;
    }
  };
  const seen = new Set<string>(self ? [self] : []);
  const searchedOrigins = new Set<string>();
  let fetchesLeft = lim.maxFetches;
  let sitesLeft = lim.maxSites;
  const aborted = () => limits.signal?.aborted === true;

  /** Registers a URL; false when it is the page itself, a duplicate, or not http(s). */
  const fresh = (url: string): string | null => {
    const abs = httpUrl(url);
    const key = abs ? normalizeUrl(abs) : null;
    if (!abs || !key || seen.has(key)) return null;
    seen.add(key);
    return abs;
  };

  /** Searches one site for the page's article; returns its matches not yet seen. */
  const searchSite = async (origin: string): Promise<{ matches: SiteMatch[]; reachable: boolean }> => {
    const o = originOf(origin);
    if (!o || searchedOrigins.has(o) || fetchesLeft <= 0 || aborted()) return { matches: [], reachable: true };
    searchedOrigins.add(o);
    const result = await findInSite(o, { title: hints.title, url: hints.url }, ports, {
      maxFetches: Math.min(lim.fetchesPerSite, fetchesLeft),
      maxResults: lim.perSite,
      exclude: seen,
      ...(limits.signal ? { signal: limits.signal } : {}),
      ...(limits.onRefused ? { onRefused: limits.onRefused } : {}),
    });
    fetchesLeft -= result.fetches;
    return result;
  };

  const siteCandidates = function* (matches: SiteMatch[], why: string): Generator<Candidate> {
    for (const m of matches) {
      const url = fresh(m.url);
      if (url)
        yield { url, via: m.via, score: Math.min(0.85, m.score * 0.85), note: `${why}; listed in ${m.listedIn}` };
    }
  };

  // 1. URLs the page claims, most direct first. A claimed homepage names a site, not an article: searched below.
  const urlClaims = hints.claims
    .filter((c) => c.type === 'url')
    .map((c, i) => ({ c, i, o: CLAIM_ORDER[c.via] ?? OTHER_CLAIM }))
    .sort((a, b) => a.o.rank - b.o.rank || a.i - b.i);
  const claimedSites: string[] = [];
  const laterSites: string[] = [];
  for (const { c, o } of urlClaims) {
    const abs = httpUrl(c.value);
    if (!abs) continue;
    if (isHomepage(abs)) {
      claimedSites.push(abs);
      continue;
    }
    const url = fresh(abs);
    if (url) yield { url, via: o.via, score: o.score, note: `${c.via} claim` };
    // If the claimed URL is dead or mangled ("…", cut short), the article may still be listed on its site.
    if (c.via === 'source-line' || c.via === 'feed-footer') laterSites.push(abs);
  }

  // 2. Pages the user read earlier whose text resembles this one.
  // An aggregator's excerpt is a small part of the original: recalled by its own sketch's containment as well.
  const queries = [hints.sketch, hints.excerptSketch].filter((q): q is number[] => !!q?.length);
  if (ports.memory && queries.length) {
    let entries: Awaited<ReturnType<NonNullable<Ports['memory']>['recall']>> = [];
    for (const query of queries) {
      try {
        entries = [...entries, ...(await ports.memory.recall(query, lim.memoryLimit))];
      } catch {
        // A memory that fails to answer is no candidate.
      }
    }
    for (const e of entries) {
      const url = fresh(e.url);
      if (url)
        yield {
          url,
          via: 'memory',
          score: 0.8,
          ...(e.title ? { note: `read earlier: ${e.title.slice(0, 120)}` } : {}),
        };
    }
  }

  // 3. A named publisher (or a host the page names) resolved to its site, then the article on that site.
  let namesGuessed = 0;
  const named = [
    ...hints.claims.map((c) => ({ c, guess: true })),
    ...(hints.directoryOnly ?? []).map((c) => ({ c, guess: false })),
  ];
  for (const { c, guess: mayGuess } of named) {
    if (c.type === 'url' || sitesLeft <= 0 || aborted()) continue;
    let origins: string[] = [];
    try {
      origins = ports.directory ? await ports.directory.lookup(c.value) : [];
    } catch {
      origins = [];
    }
    if (!origins.length) {
      // No directory entry: a host, or a name written as a domain ("Aktuálně.cz"), is its own site.
      const host = hostOf(c.value);
      if (host) origins = [`https://${host}`];
      else if (mayGuess && c.type === 'name' && namesGuessed < MAX_GUESSED_NAMES && fetchesLeft > 0) {
        // A bare name ("Medium", "CNNMoney"): a site guessed from its shape, kept if its homepage has that name.
        namesGuessed++;
        const guess = await guessPublisherSite(c.value, hints.url, ports, {
          maxTries: Math.min(MAX_GUESS_TRIES, fetchesLeft),
          ...(limits.signal ? { signal: limits.signal } : {}),
        });
        fetchesLeft -= guess.fetches;
        if (guess.origin) origins = [guess.origin];
      }
    }
    for (const origin of origins.slice(0, 2)) {
      if (isOwnSite(origin)) continue;
      if (sitesLeft-- <= 0) break;
      yield* siteCandidates(
        (await searchSite(origin)).matches,
        `${c.type === 'name' ? 'publisher' : 'host'} "${c.value.slice(0, 80)}"`,
      );
    }
  }
  for (const site of [...claimedSites, ...laterSites]) {
    const o = originOf(site);
    if (!o || sitesLeft <= 0 || aborted()) break;
    if (searchedOrigins.has(o) || isOwnSite(o)) continue;
    sitesLeft--;
    yield* siteCandidates((await searchSite(o)).matches, 'site of the claimed source');
  }

  // 4. The sites behind hot-linked image hosts (one search per registrable domain, the page's own excluded).
  const domainsDone = new Set<string>(selfSite ? [selfSite] : []);
  for (const host of hints.hotlinkHosts) {
    if (sitesLeft <= 0 || aborted()) break;
    const h = host.toLowerCase();
    const domain = siteOf(h);
    if (!domain || domainsDone.has(domain)) continue;
    domainsDone.add(domain);
    let origins: string[] = [];
    try {
      origins = ports.directory ? await ports.directory.lookup(h) : [];
    } catch {
      origins = [];
    }
    const guessed = !origins.length;
    if (guessed) origins = guessOrigins(h);
    // Guesses: the host itself (when it is not a media server's), then the domain's "www." and bare origins.
    for (const origin of origins.slice(0, guessed ? 3 : 2)) {
      if (sitesLeft-- <= 0) break;
      const { matches, reachable } = await searchSite(origin);
      yield* siteCandidates(matches, `images from ${h}`);
      // A guessed "www." origin that answered is the site; the bare domain would be the same site again.
      if (guessed && reachable) break;
    }
  }

  // 5. Last resort: sweep the directory's sites for the page's title or slug.
  const directory = ports.directory as { sites?: () => string[] } | undefined;
  if (lim.maxSlugSites > 0 && typeof directory?.sites === 'function') {
    let swept = 0;
    for (const origin of directory.sites()) {
      if (swept >= lim.maxSlugSites || fetchesLeft <= 0 || aborted()) break;
      const o = originOf(origin);
      if (!o || searchedOrigins.has(o) || isOwnSite(o)) continue;
      swept++;
      for (const m of (await searchSite(o)).matches) {
        const url = fresh(m.url);
        if (url)
          yield { url, via: 'slug', score: Math.min(0.6, m.score * 0.6), note: `title/slug listed in ${m.listedIn}` };
      }
    }
  }
}
