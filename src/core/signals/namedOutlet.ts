/**
 * The news agency or publisher a short piece of page text names, from the data tables: agencies by every name and
 * abbreviation they are credited by (in Latin and other scripts), publishers by the names the directory tables
 * list. "Yonhap", "연합뉴스", "서울=연합뉴스", "TTXVN/Vietnam+", "رويترز" → an agency; "Le Monde" → a publisher.
 * Generic one-word names ("Metro", "Tips") never stand for a publisher here.
 */
import { AGENCY_ALIASES, agencyNamed } from '../data/agencies.ts';
import { ALL_PUBLISHERS, isGenericName } from '../data/publishers/allPublishers.ts';
import { NEWS_AGENCIES } from '../data/publishers/newsAgencies.ts';
import { AGENCY_SCRIPT_ALIASES, AGENCY_WORDS } from '../data/wireDatelines.ts';

export interface Outlet {
  /** Display name: the agency's short name ("AP", "dpa"), or the publisher's name. */
  name: string;
  kind: 'agency' | 'publisher';
  /** The publisher's site, when the tables know it. */
  origin?: string;
  /** The name as the page writes it ("AA", "연합뉴스", "dpa"): what the page claims, in its own words. */
  written: string;
}

const MAX_TEXT = 60;

const scriptAliases = new Map<string, string>();
for (const [name, ...aliases] of AGENCY_SCRIPT_ALIASES)
  for (const a of aliases) scriptAliases.set(a.normalize('NFC').toLowerCase(), name as string);

let publisherIndex: Map<string, { name: string; origin: string }> | null = null;
/** Built on first use: the publisher table is large and most pages never need it. */
function publishers(): Map<string, { name: string; origin: string }> {
  if (publisherIndex) return publisherIndex;
  publisherIndex = new Map();
  for (const p of ALL_PUBLISHERS) {
    for (const n of [p.name, ...(p.aliases ?? [])]) {
      const key = fold(n);
      if (!generic(n) && !publisherIndex.has(key)) publisherIndex.set(key, { name: p.name, origin: p.origin });
    }
  }
  return publisherIndex;
}

const generic = isGenericName;

let agencyOrigins: Set<string> | null = null;
/** Whether a publisher's site is one of the directory's news agencies (data/publishers/newsAgencies.ts). */
function agencyOrigin(origin: string): boolean {
  agencyOrigins ??= new Set(NEWS_AGENCIES.map(([, host]) => `https://${host.toLowerCase().replace(/^www\./, '')}`));
  return agencyOrigins.has(origin.toLowerCase().replace('://www.', '://'));
}

/** Lower case for lookups; Turkish capital İ folds to i ("HÜRRİYET" is "Hürriyet"), not to i and a combining dot. */
function fold(name: string): string {
  return name.normalize('NFC').replace(/İ/gu, 'i').toLowerCase();
}

export function namedOutlet(text: string): Outlet | null {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!t || t.length > MAX_TEXT) return null;
  // "서울=연합뉴스": a place, then the agency; "TTXVN/Vietnam+", "Reuters/Vietnam+": the agency, then the partner.
  const parts = [t, ...t.split(/\s*[=/／,，、]\s*/u)].map((p) => p.trim()).filter(Boolean);
  for (const part of parts) {
    const agency = agencyNamed(part) ?? scriptAgency(part);
    if (agency) return { name: agency, kind: 'agency', written: part };
  }
  for (const part of parts) {
    const hit = part.length >= 2 && !generic(part) ? publishers().get(fold(part)) : undefined;
    // The directory's news-agency rows are agencies, whichever of their names the page writes.
    if (hit)
      return {
        name: hit.name,
        kind: agencyOrigin(hit.origin) ? 'agency' : 'publisher',
        origin: hit.origin,
        written: part,
      };
  }
  // An agency the tables do not know, by what it calls itself: "dts Nachrichtenagentur", "Agenzia Nova".
  const lower = t.toLowerCase();
  if (AGENCY_WORDS.some((w) => lower.includes(w)) && t.split(' ').length <= 5)
    return { name: t, kind: 'agency', written: t };
  return null;
}

/** An agency name in another script; short ones (≤ 4 characters) only as written in capitals or the script's own. */
function scriptAgency(part: string): string | null {
  const name = scriptAliases.get(part.toLowerCase());
  if (!name) return null;
  if (part.length <= 4 && /\p{Ll}/u.test(part) && /^[\p{Script=Latin}\p{Script=Cyrillic}]+$/u.test(part)) return null;
  return name;
}

/**
 * The agency named at the start or the end of a CJK dateline's bracket or lead ("ワシントン共同" ends in 共同,
 * "新华社北京12月5日电" starts with 新华社), from the names written in CJK scripts.
 */
export function cjkAgencyIn(text: string): { name: string; written: string } | null {
  const t = text.slice(0, MAX_TEXT);
  let best: { name: string; written: string } | null = null;
  for (const [alias, name] of cjkAliases()) {
    if ((t.startsWith(alias) || t.endsWith(alias)) && (!best || alias.length > best.written.length))
      best = { name, written: alias };
  }
  return best;
}

let cjk: [string, string][] | null = null;
function cjkAliases(): [string, string][] {
  if (cjk) return cjk;
  cjk = [];
  const isCjk = (s: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(s);
  for (const [name, ...aliases] of AGENCY_SCRIPT_ALIASES)
    for (const a of aliases) if (isCjk(a)) cjk.push([a, name as string]);
  for (const alias of AGENCY_ALIASES) {
    const name = isCjk(alias) ? agencyNamed(alias) : null;
    if (name) cjk.push([alias, name]);
  }
  return cjk;
}
