/**
 * Who the page itself is: its host and site, the names it gives itself (og:site_name, JSON-LD publisher, the brand
 * in its title) and the media hosts of its publishing group. A page that names itself ("Originally published on
 * Live Science" on livescience.com, "Read more on VnExpress" on vnexpress.net, a picture from futurecdn.net on a
 * Future plc site) is not naming a source: `isSelf` says so before a claim becomes evidence.
 *
 * Copies carry the original's metadata, so a name from the page's metadata counts only when the metadata is the
 * page's own (its og:url / canonical / publisher URL, when there is one, is on the page's site), and a title's
 * brand only when it is the site's name spelled out or the metadata's name: "… - Reuters" on a scraper is a claim.
 */
import { AGENCY_OUTLETS, BRAND_FILLER_SUFFIXES, BRAND_FILLER_WORDS, MEDIA_GROUPS } from '../data/brandWords.ts';
import { AGENCIES } from '../data/agencies.ts';
import { AGENCY_SCRIPT_ALIASES } from '../data/wireDatelines.ts';
import { PUBLISHERS } from '../data/publishers.ts';
import { ALL_PUBLISHERS } from '../data/publishers/allPublishers.ts';
import { foldLatin } from '../text/foldLatin.ts';
import { nameOf, stringOf } from './readMeta.ts';
import { hostOf } from '../url/hostOf.ts';
import { sameOrganisation } from '../url/sameOrganisation.ts';
import { siteOf } from '../url/siteOf.ts';

export interface PageIdentity {
  host: string | null;
  /** Registrable domain (blog platforms' subdomains kept). */
  site: string | null;
  /** Names the page gives itself, as written: og:site_name, JSON-LD publisher, a confirmed title brand. */
  names: string[];
  /** The brand at the end (or start) of the <title>, confirmed or not: an unconfirmed one may be another outlet. */
  titleBrand: string | null;
  /** The title brand is the page's own (it spells the host or repeats the metadata's name). */
  titleBrandIsOwn: boolean;
  /** Registrable domains that are the page's own: its site and its group's media hosts. */
  ownSites: string[];
}

/** What pageIdentity reads: PageData has all of it; tests pass a plain object. */
export interface IdentityInput {
  url: string;
  /** The document's <title> (with its brand), else the page title. */
  title?: string | null;
  meta?: {
    siteName?: string | null;
    title?: string | null;
    titleTag?: string | null;
    ogUrl?: string | null;
    canonical?: string | null;
  };
  jsonLd?: readonly Record<string, unknown>[];
}

const MAX_NAME = 80;
const MAX_WORDS = 12;
// Compared after folding, like the words of a name.
const FILLER = new Set(BRAND_FILLER_WORDS.map((w) => foldLatin(w)));
/** Separators between a title and its brand: "Title | Brand", "Title - Brand", "Title — Brand", "Title · Brand". */
const TITLE_SEPARATOR = /\s+[|\-–—·•»:]{1,2}\s+|\s*[|｜]\s*/u;

export function pageIdentity(input: IdentityInput): PageIdentity {
  const host = hostOf(input.url);
  const site = siteOf(host);
  const metaIsOwn = [input.meta?.ogUrl, input.meta?.canonical].every((u) => !u || sameSiteAs(u, site));
  const names: string[] = [];
  const add = (name: string | null | undefined): void => {
    const n = name?.replace(/\s+/g, ' ').trim();
    if (n && n.length <= MAX_NAME && keyOf(n) && !names.includes(n)) names.push(n);
  };
  if (metaIsOwn) add(input.meta?.siteName);
  for (const o of (input.jsonLd ?? []).slice(0, 60)) {
    const publisher = o['publisher'];
    if (!publisher) continue;
    const url =
      publisher && typeof publisher === 'object' && !Array.isArray(publisher)
        ? stringOf((publisher as Record<string, unknown>)['url'])
        : null;
    if (metaIsOwn && (!url || sameSiteAs(url, site))) add(nameOf(publisher));
  }
  // The names the publisher table knows for this site ("AP" for apnews.com): its own dateline is no claim. An
  // agency's other outlets (its papers, its sites in other languages) carry its datelines as their own.
  for (const n of site ? (namesBySite().get(site) ?? []) : []) add(n);
  for (const g of AGENCY_OUTLETS) if (site && g.sites.includes(site)) for (const n of agencyNames(g.agency)) add(n);
  const titleBrand = brandOfTitle(input.meta?.titleTag ?? input.title ?? input.meta?.title ?? null, site);
  const titleBrandIsOwn =
    titleBrand !== null && (spellsHost(titleBrand, site) || names.some((n) => sameName(n, titleBrand)));
  if (titleBrand && titleBrandIsOwn) add(titleBrand);
  return { host, site, names, titleBrand, titleBrandIsOwn, ownSites: ownSitesOf(site) };
}

/**
 * The claim (a publisher name, a host or a URL) is the page itself: its own site or one of its organisation
 * (bbc.com / bbc.co.uk), its group's media host, one of the names it gives itself, or its host's name spelled out
 * ("Live Science" on livescience.com, "New York Times" / "NY Times" on nytimes.com).
 */
export function isSelf(identity: PageIdentity, claim: string | { value: string; type?: string }): boolean {
  const value = (typeof claim === 'string' ? claim : claim.value).trim().slice(0, 2000);
  if (!value) return false;
  const site = hostLike(value);
  if (site) return identity.ownSites.includes(site) || sameOrganisation(site, identity.site);
  if (identity.names.some((n) => sameName(n, value))) return true;
  if (spellsHost(value, identity.site) || spellsDomain(value, identity.site)) return true;
  // "Originally published in Morgunblaðinu", "prema Večernjem listu": the page's own name in another grammatical
  // case, unless the directory knows that form as another outlet's name.
  const own = [...identity.names, ...(identity.site ? [labelOf(identity.site)] : [])];
  return own.some((n) => inflectedFrom(value, n)) && !namesElsewhere(value, identity.site);
}

/** Longest case ending a word may take ("-inni", "-ssa", "-ами"), and the shortest stem it is added to. */
const MAX_ENDING = 4;
const MIN_STEM = 4;
/** A nominative's final vowel, which a case ending replaces ("Politika" → "Politiku", "Известия" → "Известиях"). */
const FINAL_VOWEL = /[aeiouyаеиоуыэюяьйαεηιουω]$/u;

/**
 * The claim is the name declined: as many words, each the name's word (less a final vowel) followed by an ending of
 * at most MAX_ENDING letters. Scripts without inflected spaced words (CJK, Thai) never match: their words do not
 * split on spaces.
 */
function inflectedFrom(claim: string, name: string): boolean {
  const cw = wordsOf(claim).filter((w) => !FILLER.has(w));
  const nw = wordsOf(name).filter((w) => !FILLER.has(w));
  if (!cw.length || cw.length !== nw.length || cw.length > MAX_WORDS) return false;
  let declined = false;
  for (let i = 0; i < cw.length; i++) {
    const c = cw[i] ?? '';
    const n = nw[i] ?? '';
    if (c === n) continue;
    const stem = n.length > MIN_STEM && FINAL_VOWEL.test(n) ? n.slice(0, -1) : n;
    if (stem.length < MIN_STEM || !c.startsWith(stem) || c.length - stem.length > MAX_ENDING) return false;
    if (!/^\p{L}*$/u.test(c.slice(stem.length))) return false;
    declined = true;
  }
  return declined;
}

let directoryKeys: Map<string, Set<string>> | null = null;
/** Whether the directory lists this name (as written) for a site other than this one. */
function namesElsewhere(name: string, site: string | null): boolean {
  if (!directoryKeys) {
    directoryKeys = new Map();
    for (const [s, names] of namesBySite())
      for (const n of names) {
        const k = keyOf(n);
        if (k) directoryKeys.set(k, (directoryKeys.get(k) ?? new Set()).add(s));
      }
  }
  const sites = directoryKeys.get(keyOf(name));
  return !!sites && [...sites].some((s) => s !== site);
}

/** Two names of one publisher once articles, outlet words and company forms are dropped ("The Guardian" / "Guardian"). */
export function sameName(a: string, b: string): boolean {
  const ka = keyOf(a);
  return ka !== '' && ka === keyOf(b);
}

/**
 * The name spells the site's registrable label: every word gives the label its initial, a prefix or all of itself,
 * in order, and together they make the whole label ("New York Times" → n·y·times = "nytimes", "Live Science" →
 * "livescience", "British Broadcasting Corporation" → "bbc"). Outlet words may be left out ("BBC News" → "bbc").
 */
export function spellsHost(name: string, site: string | null): boolean {
  const label = site ? labelOf(site) : '';
  if (label.length < 2) return false;
  const words = wordsOf(name);
  if (!words.length || words.length > MAX_WORDS) return false;
  // reach[i][p]: the first i words can spell label[0..p). Bounded: ≤ 12 words × ≤ 63 label characters × word length.
  let reach = new Set<number>([0]);
  let spelled = false;
  for (const w of words) {
    const next = new Set<number>();
    for (const p of reach) {
      if (FILLER.has(w)) next.add(p);
      for (let k = 1; k <= w.length && p + k <= label.length; k++) {
        if (label.charCodeAt(p + k - 1) !== w.charCodeAt(k - 1)) break;
        next.add(p + k);
      }
    }
    if (!next.size) return false;
    if (!FILLER.has(w)) spelled = true;
    reach = next;
  }
  if (!spelled) return false;
  // The host may add an outlet word the name leaves out: "Yonhap" on yonhapnews.co.kr, "Fox" on foxnews.com.
  for (const p of reach) if (p === label.length || (p >= 3 && FILLER.has(label.slice(p)))) return true;
  return false;
}

/** A brand written as its own domain in one token: "giadinhNet" on giadinh.net.vn, "KompasCom" on kompas.com. */
function spellsDomain(name: string, site: string | null): boolean {
  if (!site || /\s/.test(name.trim())) return false;
  const compact = foldLatin(name.toLowerCase()).replace(/[^\p{L}\p{N}]/gu, '');
  const labels = site.split('.');
  return compact.length >= 4 && (compact === labels.join('') || compact === labels.slice(0, 2).join(''));
}

/** The brand a <title> ends (or, failing that, starts) with, when it reads as a name and the rest as a headline. */
function brandOfTitle(title: string | null, site: string | null): string | null {
  if (!title) return null;
  const parts = title
    .slice(0, 400)
    .split(TITLE_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const last = parts[parts.length - 1] ?? '';
  const first = parts[0] ?? '';
  // "Brand | Headline" only when the first part is plainly the site's name: a headline may start with any words.
  if (brandShaped(first) && spellsHost(first, site) && !spellsHost(last, site)) return first;
  return brandShaped(last) ? last : null;
}

function brandShaped(text: string): boolean {
  return text.length >= 2 && text.length <= 40 && text.split(/\s+/).length <= 6 && /\p{L}/u.test(text);
}

/** Lower-cased, diacritics folded, letters and digits only, filler words dropped: the key two names are equal by. */
function keyOf(name: string): string {
  const words = wordsOf(name).filter((w) => !FILLER.has(w));
  let key = words.join('');
  for (const suffix of BRAND_FILLER_SUFFIXES)
    if (key.length > suffix.length && key.endsWith(suffix)) key = key.slice(0, -suffix.length);
  return key;
}

function wordsOf(name: string): string[] {
  return foldLatin(
    name
      .normalize('NFKC')
      .toLowerCase()
      .slice(0, MAX_NAME * 2),
  )
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_WORDS + 1);
}

/** "nytimes.com" → "nytimes", "tuoi-tre.vn" → "tuoitre". */
function labelOf(site: string): string {
  return (site.split('.')[0] ?? '').replace(/[-_]/g, '').slice(0, 63);
}

/** The site of a claim that is a URL or a host name ("livescience.com", "www.bbc.co.uk/news"), else null. */
function hostLike(value: string): string | null {
  if (/^https?:\/\//i.test(value)) return siteOf(hostOf(value));
  if (/\s/.test(value) || !/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}(?:[/:?#].*)?$/iu.test(value)) return null;
  return siteOf(hostOf(`https://${value}`));
}

function sameSiteAs(url: string, site: string | null): boolean {
  const other = siteOf(hostOf(url));
  return !!other && !!site && (other === site || sameOrganisation(other, site));
}

/** Every name an agency is credited by, in every script (agencies.ts and the dateline aliases). */
function agencyNames(agency: string): string[] {
  const names: string[] = [];
  for (const table of [AGENCIES, AGENCY_SCRIPT_ALIASES])
    for (const entry of table) if (entry[0] === agency) names.push(...entry);
  return names;
}

let bySite: Map<string, string[]> | null = null;
/** The directory tables' names by site, built once: a thousand URL parses is too many for every page. */
function namesBySite(): Map<string, string[]> {
  if (bySite) return bySite;
  bySite = new Map();
  for (const p of ALL_PUBLISHERS) {
    const s = siteOf(hostOf(p.origin));
    if (s) bySite.set(s, [...(bySite.get(s) ?? []), p.name, ...(p.aliases ?? [])]);
  }
  return bySite;
}

/** The page's site plus the media hosts of its group (from the group table and the publisher table's image hosts). */
function ownSitesOf(site: string | null): string[] {
  if (!site) return [];
  const own = new Set([site]);
  for (const g of MEDIA_GROUPS) if (g.sites.includes(site)) for (const m of g.media) own.add(m);
  for (const p of PUBLISHERS) {
    if (siteOf(hostOf(p.origin)) !== site) continue;
    for (const h of p.imageHosts ?? []) {
      const s = siteOf(h);
      if (s) own.add(s);
    }
  }
  return [...own];
}
