/**
 * A directory of publisher sites answering "where is the site of this name or host?": a copy credits "Theo Báo An
 * Giang", "Zdroj: Aktuálně.cz" or "Source: Guardian", or hot-links images from i.guim.co.uk, and the search for the
 * original needs the site behind it. Names are matched forgivingly (diacritics folded, generic words such as
 * "The"/"Báo"/"Journal" weighed low, the name written as the domain), hosts by registrable domain.
 */
import { getDomain, getDomainWithoutSuffix, parse } from 'tldts';
import { COMMON_NAME_WORDS } from '../data/publisherNameWords.ts';
import { isEverydayWord } from '../data/publishers/genericName.ts';
import type { PublisherDirectory } from '../ports.ts';
import {
  type DirectoryEntry,
  form,
  type Form,
  formOf,
  isSharedMediaHost,
  makeSite,
  type Site,
  TLD_OPTIONS,
  weightOf,
} from './publisherSite.ts';
import { builtInSite } from './builtInSites.ts';
import { foldText } from './titleWords.ts';

export { type DirectoryEntry, isSharedMediaHost } from './publisherSite.ts';

/** A directory that can also list its sites (for a last-resort search across all of them). */
export interface SiteDirectory extends PublisherDirectory {
  sites(): string[];
}

export const NAME_MATCH_THRESHOLD = 0.75;
const MAX_RESULTS = 5;

/** Host name of a URL or of a bare host ("sport.aktualne.cz", "Aktuálně.cz" once folded); null for names. */
export function hostOf(value: string): string | null {
  const v = foldText(value.trim());
  if (/^https?:\/\//.test(v)) {
    try {
      return new URL(v).hostname.replace(/\.$/, '');
    } catch {
      return null;
    }
  }
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+\.?$/.test(v)) return null;
  const host = v.replace(/\.$/, '');
  // Only a known public suffix makes it a host: "file.html" and "v2.0" are not.
  const p = parse(host, TLD_OPTIONS);
  return p.domain && (p.isIcann || p.isPrivate) ? host : null;
}

/** 0..1: the share of the heavier side's weight that the common words carry; needs one distinctive word in common. */
function formScore(q: Form, f: Form): number {
  let shared = 0;
  let distinctive = false;
  for (const w of q.words) {
    // A name has a handful of words: a scan is cheaper than a set built for every site on every lookup.
    if (!f.words.includes(w)) continue;
    shared += weightOf(w);
    if (!COMMON_NAME_WORDS.has(w)) distinctive = true;
  }
  return distinctive ? shared / Math.max(q.weight, f.weight) : 0;
}

/** True when `s` is made only of generic name words run together ("", "the", "bao", "thedaily"). */
function onlyCommonWords(s: string, depth = 0): boolean {
  if (s === '') return true;
  if (depth > 3) return false;
  for (const w of COMMON_NAME_WORDS) if (s.startsWith(w) && onlyCommonWords(s.slice(w.length), depth + 1)) return true;
  return false;
}

/**
 * The name written as the site's domain label: "The Guardian" → "theguardian", "An Giang" in "baoangiang". Part of a
 * label only counts when what is left is generic ("bao" + "angiang"), so "Times" is not "nytimes".
 */
function labelScore({ whole, distinctive }: NameQuery, site: Site): number {
  let best = 0;
  // A query of generic words only ("news", "the daily") is no site's name, whatever its domain says (news.am).
  if (!distinctive) return 0;
  for (const label of site.labels) {
    if (whole === label) return 0.95;
    for (const c of [whole, distinctive]) {
      // Part of a label needs five letters: "week" is not "newsweek".
      if (c.length < 5 || label.length < 4) continue;
      const [long, short] = label.length >= c.length ? [label, c] : [c, label];
      const at = long.indexOf(short);
      if (at >= 0 && onlyCommonWords(long.slice(0, at)) && onlyCommonWords(long.slice(at + short.length)))
        best = Math.max(best, 0.85);
    }
  }
  return best;
}

/** "NYT" for "The New York Times": initials of all words or of the words after a leading article. */
function acronymScore(q: Form, site: Pick<Site, 'forms'>): number {
  if (q.words.length !== 1) return 0;
  const a = q.words[0]!;
  if (a.length < 2 || a.length > 6) return 0;
  for (const f of site.forms) {
    if (f.words.length < 2) continue;
    if (a === f.initials || a === f.restInitials) return a.length >= 3 ? 0.8 : 0.75;
  }
  return 0;
}

/** Affixes that CDN host names wrap a publisher's name in: "s-nbcnews", "vox-cdn", "static01", "guardianimg". */
const CDN_AFFIXES =
  /^(?:cdn|static|img|images?|media|assets?|pics?|photos?|files|content|s|i)\d*-|-(?:cdn|static|img|images?|media|assets?|pics?|photos?|files|content)\d*$|(?<=[a-z]{4})(?:cdn|static|img)\d*$/g;

/**
 * An image host on its own domain named after the publisher: "media-cldnry.s-nbcnews.com" → "nbcnews",
 * "static01.nyt.com" → "nyt" (the initials of "The New York Times"), "cdn.vox-cdn.com" → "vox".
 */
function cdnScore({ cdnLabel }: HostQuery, site: Site): number {
  if (cdnLabel.length < 3) return 0;
  if (site.labels.includes(cdnLabel)) return 0.8;
  return acronymScore(formOf([cdnLabel]), site) > 0 ? 0.75 : 0;
}

/** What a host query needs of its host, read once per lookup rather than once per site of the directory. */
interface HostQuery {
  host: string;
  bare: string;
  domain: string | null;
  shared: boolean;
  cdnLabel: string;
}

function hostQuery(host: string): HostQuery {
  return {
    host,
    bare: host.replace(/^www\./, ''),
    domain: getDomain(host, TLD_OPTIONS),
    shared: isSharedMediaHost(host),
    cdnLabel: (getDomainWithoutSuffix(host, TLD_OPTIONS) ?? '').replace(CDN_AFFIXES, '').replace(/-/g, ''),
  };
}

function hostScore(q: HostQuery, site: Site): number {
  if (q.host === site.host || site.imageHosts.has(q.host)) return 1;
  // On a platform of many sites (tumblr.com, a CDN) only the exact host says which site.
  if (!q.domain || q.shared) return 0;
  if (q.domain === site.domain) return q.bare === site.host.replace(/^www\./, '') ? 1 : 0.9;
  return site.imageDomains.has(q.domain) ? 0.85 : cdnScore(q, site);
}

/** A name query: its words, and the words run together as a domain label would write them, read once per lookup. */
interface NameQuery {
  form: Form;
  whole: string;
  distinctive: string;
}

function nameQuery(q: Form): NameQuery {
  return {
    form: q,
    whole: q.words.join(''),
    distinctive: q.words.filter((w) => !COMMON_NAME_WORDS.has(w)).join(''),
  };
}

function nameScore(q: NameQuery, site: Site): number {
  let best = Math.max(labelScore(q, site), acronymScore(q.form, site));
  for (const f of site.forms) best = Math.max(best, formScore(q.form, f));
  return best;
}

/**
 * Whether a site that calls itself by `names` (its homepage's og:site_name, title pieces, JSON-LD publisher) is the
 * publisher a page names: the same words as the directory weighs them, the same words run together ("CNN Money" ~
 * "CNNMoney"), or the initials. Unlike a directory lookup the site's host does not count: a site guessed from the
 * name would always match its own host.
 */
export function isSameName(name: string, names: readonly string[]): boolean {
  const q = form(name.slice(0, 300));
  if (!q) return false;
  const forms = names
    .slice(0, 20)
    .map(form)
    .filter((f): f is Form => f !== null);
  const run = (f: Form) => f.words.filter((w) => !COMMON_NAME_WORDS.has(w)).join('');
  const best = Math.max(
    0,
    acronymScore(q, { forms }),
    ...forms.map((f) => (run(q).length >= 3 && run(q) === run(f) ? 1 : formScore(q, f))),
  );
  return best >= NAME_MATCH_THRESHOLD;
}

/**
 * What each entry object made, kept while the object lives: a check worker rebuilds its directory whenever the
 * reader's known sites change (nearly every check while browsing), and reading the thousand built-in publishers again
 * each time cost tens of milliseconds. The same object is taken to describe the same site: entries are read, never
 * changed.
 */
const madeSites = new WeakMap<DirectoryEntry, Site | null>();

function siteOf(e: DirectoryEntry): Site | null {
  if (madeSites.has(e)) return madeSites.get(e) ?? null;
  // The built-in publishers' sites are data worked out ahead of time (builtInSites.ts); an entry that differs is read.
  const site = builtInSite(e) ?? makeSite(e);
  madeSites.set(e, site);
  return site;
}

export function makePublisherDirectory(entries: DirectoryEntry[]): SiteDirectory {
  const sites = entries.map(siteOf).filter((s): s is Site => s !== null);
  const rank = (scored: { origin: string; score: number }[]) => {
    const out: string[] = [];
    for (const s of scored.filter((x) => x.score >= NAME_MATCH_THRESHOLD).sort((a, b) => b.score - a.score)) {
      if (!out.includes(s.origin)) out.push(s.origin);
      if (out.length >= MAX_RESULTS) break;
    }
    return out;
  };
  return {
    async lookup(nameOrHost: string): Promise<string[]> {
      const value = nameOrHost.slice(0, 300);
      const host = hostOf(value);
      // A host is looked up as a host only: "tumblr.com" must not become a site named like it.
      if (host) {
        const hq = hostQuery(host);
        return rank(sites.map((s) => ({ origin: s.origin, score: hostScore(hq, s) })));
      }
      // The query's words are read once: the directory holds a thousand sites and more. An everyday word alone
      // ("Tempo", "today", "Mundo") names no publisher, not even one whose domain label it is (tempo.co).
      const q = isEverydayWord(value) ? null : form(value);
      const nq = q ? nameQuery(q) : null;
      const byName = nq ? rank(sites.map((s) => ({ origin: s.origin, score: nameScore(nq, s) }))) : [];
      // "Nguồn: Báo An Giang" when the label came along with the name: the part after the colon is the name.
      const colon = value.lastIndexOf(':');
      if (byName.length || colon < 0 || !value.slice(colon + 1).trim()) return byName;
      return this.lookup(value.slice(colon + 1));
    },
    sites: () => [...new Set(sites.map((s) => s.origin))],
  };
}
