/**
 * Wire datelines and outlet credits at the top of a story, read as the source the page names: "BERLIN (dpa) –",
 * "(AP) —", "SEOUL (Yonhap) --", "القاهرة (رويترز) -", "(서울=연합뉴스)", "МОСКВА, 5 декабря. /ТАСС/.",
 * "МОСКВА, 5 дек — РИА Новости.", "【ワシントン共同】", "新华社北京12月5日电", "KOMPAS.com, JAKARTA –", a bracketed
 * outlet before the title ("[Reuters] …") and a title ending in another outlet's name ("… - Reuters").
 *
 * Only a name the data tables know (an agency, a listed publisher) or a domain-shaped outlet counts: a site's own
 * dateline ("HANOI –", "(AGO) –" on its own paper) names no one, and neither does the page itself (pageIdentity).
 * Every pattern is anchored at the start of a capped head of text, with bounded repeats: linear on hostile input.
 */
import type { Claim, Signal } from '../report.ts';
import type { PageBlock, PageData } from '../page/pageData.ts';
import { isSelf, type PageIdentity } from '../page/pageIdentity.ts';
import { hostOf, siteOf } from '../page/sites.ts';
import { CJK_BRACKETS, CJK_DISPATCH, DATELINE_SEPARATORS, DOMAIN_WORDS } from '../data/wireDatelines.ts';
import { PICTURE_SOURCE_NAME } from '../data/citationContexts.ts';
import { cjkAgencyIn, namedOutlet, type Outlet } from './namedOutlet.ts';

export interface WireDatelineResult {
  signals: Signal[];
  claims: Claim[];
}

/** An agency credit says "licensed wire copy"; a page naming its source this way is suspected until verified. */
export const WIRE_STRENGTH = 0.5;
const HEAD = 160;
const MAX_QUOTE = 140;
/** Blocks at the top of the article where a dateline may open the story. */
const TOP_BLOCKS = 4;
/** A dateline opens a paragraph of story: a block shorter than this is a caption, a credit or a label. */
const MIN_STORY = 40;

const esc = (s: string) => s.replace(/[-\]\\^]/g, '\\$&');
const SEP = `[${esc(DATELINE_SEPARATORS)}]`;
/** A place and date before the credit: letters, digits, spaces, commas, dots; no sentence end, no quotes. */
const PLACE = `[\\p{L}\\p{M}\\p{N} ,.'’\\-]{0,60}?`;
const OPEN = CJK_BRACKETS.map(([o]) => esc(o)).join('');
const CLOSE = CJK_BRACKETS.map(([, c]) => esc(c)).join('');

/** "BERLIN (dpa) –", "(AP) —", "القاهرة (رويترز) -", "(서울=연합뉴스) 홍길동 기자 =". */
const PAREN = new RegExp(`^(${PLACE})\\s*[(（]\\s*([^()（）]{1,40}?)\\s*[)）]\\s*[.,]?(${SEP}{1,3}|=|$|\\s)`, 'u');
/** "МОСКВА, 5 декабря. /ТАСС/." */
const SLASH = new RegExp(`^(${PLACE})\\s*/\\s*([^/]{1,30}?)\\s*/`, 'u');
/** "МОСКВА, 5 дек — РИА Новости.": place and date, a dash, the agency, a full stop. */
const DASH_NAME = new RegExp(`^(\\p{Lu}${PLACE})\\s${SEP}{1,2}\\s*([^.,:;!?]{2,30}?)\\s*[.:]`, 'u');
/** "AP — …", "TTXVN – …": the credit alone opening the story. */
const LEAD = new RegExp(`^([^${esc(DATELINE_SEPARATORS)}()]{1,30}?)\\s*${SEP}{1,2}\\s`, 'u');
/** "【ワシントン共同】", "（中央社記者X台北5日電）", "[Reuters]". */
const BRACKET = new RegExp(`^[${OPEN}]\\s*([^${OPEN}${CLOSE}]{1,40}?)\\s*[${CLOSE}]`, 'u');
/** "新华社北京12月5日电": the agency, the place and date, "dispatched". */
const CJK_LEAD = new RegExp(`^([^\\s，。、]{2,30}?[${CJK_DISPATCH}])`, 'u');
/** "KOMPAS.com, JAKARTA –", "TEMPO.CO, Jakarta -": a domain-shaped outlet, a place, a dash. */
const DOMAIN = new RegExp(
  `^([A-Za-z0-9][A-Za-z0-9-]{1,40}(?:\\.[A-Za-z]{2,6}){1,2})\\s*,\\s*\\p{Lu}[\\p{L}\\p{M} .]{1,30}?\\s*${SEP}`,
  'u',
);

interface Found {
  outlet: Outlet | { name: string; kind: 'host'; written: string };
  quote: string;
}

/** A story opening with a credit is only read from blocks past the top when this many open with the same one. */
const MIN_ITEMS = 2;
const MAX_SCANNED_BLOCKS = 400;
const MAX_SCANNED_LINES = 2000;

export function detectWireDateline(page: PageData, identity: PageIdentity): WireDatelineResult {
  const found: { f: Found; where: string; place: Signal['place'] }[] = [];
  top: for (const b of topBlocks(page)) {
    // A plain-text capture keeps a story's lines in one block: the dateline opens a line.
    for (const line of linesOf(b).slice(0, 3)) {
      const f = readDateline(line);
      if (f) {
        found.push({ f, where: `article dateline <${b.tag}>`, place: 'article-top' });
        break top;
      }
    }
  }
  // Multi-item pages (a city portal's news list, a feed archive): each item opens with its own dateline.
  if (!found.length) {
    const items = itemDatelines(page);
    if (items) found.push({ f: items, where: 'item datelines', place: 'page' });
  }
  const title = page.meta.titleTag ?? page.title;
  const bracketed = title ? readBracketedTitle(title) : null;
  if (bracketed) found.push({ f: bracketed, where: 'title, bracketed outlet', place: 'head' });
  // A title ending in a name that is not the page's own brand: "… - Reuters" on a site that is not Reuters.
  if (identity.titleBrand && !identity.titleBrandIsOwn) {
    const outlet = namedOutlet(identity.titleBrand);
    if (outlet && title)
      found.push({
        f: { outlet, quote: title.slice(0, MAX_QUOTE) },
        where: 'title, ending in an outlet name',
        place: 'head',
      });
  }

  const signals: Signal[] = [];
  const claims: Claim[] = [];
  const named = new Set<string>();
  for (const { f, where, place } of found) {
    const { outlet } = f;
    if (
      isSelf(identity, outlet.name) ||
      isSelf(identity, outlet.written) ||
      ('origin' in outlet && outlet.origin && isSelf(identity, outlet.origin))
    )
      continue;
    // The claim is the name as the page writes it ("AA", "연합뉴스"): the directory knows the aliases.
    signals.push({
      kind: 'wire-dateline',
      quote: f.quote,
      where,
      place,
      target: outlet.written,
      strength: WIRE_STRENGTH,
    });
    if (named.has(outlet.name.toLowerCase())) continue;
    named.add(outlet.name.toLowerCase());
    claims.push({ value: outlet.written, type: outlet.kind === 'host' ? 'host' : 'name', via: 'wire-dateline' });
  }
  return { signals, claims };
}

/** The outlet that opens at least MIN_ITEMS blocks of the page, as the first of them quotes it. */
function itemDatelines(page: PageData): Found | null {
  const seen = new Map<string, { f: Found; n: number }>();
  let lines = 0;
  for (const b of page.blocks.slice(0, MAX_SCANNED_BLOCKS)) {
    if (b.hidden || b.region !== null || b.inFigure || b.text.length < MIN_STORY) continue;
    for (const line of linesOf(b)) {
      if (++lines > MAX_SCANNED_LINES) return null;
      const f = readDateline(line);
      if (!f) continue;
      const key = f.outlet.name.toLowerCase();
      const entry = seen.get(key) ?? { f, n: 0 };
      entry.n++;
      seen.set(key, entry);
      if (entry.n >= MIN_ITEMS) return entry.f;
    }
  }
  return null;
}

/** The lines of a block long enough to open a story. */
function linesOf(b: PageBlock): string[] {
  return b.text.split('\n', 200).filter((l) => l.length >= MIN_STORY);
}

/** The first blocks of the main text (or of the article), where a dateline opens the story. */
function topBlocks(page: PageData): PageBlock[] {
  const start = page.main?.start ?? page.blocks.findIndex((b) => b.inArticle && !b.hidden && b.text.length >= 30);
  if (start < 0) return [];
  // Captions and picture credits ("(Mike Watson Images/Getty)") sit by media; a dateline opens the running text.
  return page.blocks
    .slice(start, start + TOP_BLOCKS * 3)
    .filter(
      (b) =>
        !b.hidden &&
        b.region === null &&
        !b.inFigure &&
        !b.nearMedia &&
        !/^h[1-6]$/.test(b.tag) &&
        b.text.length >= MIN_STORY,
    )
    .slice(0, TOP_BLOCKS);
}

/** The credit a dateline at the start of `text` names, if the tables know it. */
export function readDateline(text: string): Found | null {
  const head = text.slice(0, HEAD);
  const quote = head.slice(0, MAX_QUOTE);
  const tryName = (name: string | undefined): Found | null => {
    const outlet = name ? namedOutlet(name) : null;
    // A picture agency credits a photo, never the story ("(Mike Watson Images/Moodboard/Getty)").
    return outlet && !PICTURE_SOURCE_NAME.test(name ?? '') && !PICTURE_SOURCE_NAME.test(outlet.name)
      ? { outlet, quote }
      : null;
  };
  const domain = head.match(DOMAIN)?.[1];
  if (domain) {
    const site = siteOf(hostOf(`https://${domain.toLowerCase()}`));
    if (site) return { outlet: namedOutlet(domain) ?? { name: site, kind: 'host', written: domain }, quote };
  }
  const paren = head.match(PAREN);
  if (paren && placeShaped(paren[1] ?? '')) {
    const f = tryName(paren[2]) ?? cjk(paren[2], quote);
    if (f) return f;
    // "Roma, 13 dic. (askanews) –": a place, a name in parentheses and a dash is a wire dateline even when the
    // tables do not know the name; without the place ("(AGO) –") it may be the site's own abbreviation.
    // "(Uypress / Daniel Feldman)": the outlet, then the reporter.
    const name = (paren[2] ?? '').split(/\s*[/／]\s*/u)[0]?.trim() ?? '';
    if (
      /\p{L}/u.test(paren[1] ?? '') &&
      /^\s*[-–—―]/u.test(paren[3] ?? '') &&
      nameShaped(name) &&
      !PICTURE_SOURCE_NAME.test(name)
    )
      return { outlet: { name, kind: 'publisher', written: name }, quote };
  }
  const slash = head.match(SLASH);
  if (slash && placeShaped(slash[1] ?? '')) {
    const f = tryName(slash[2]);
    if (f) return f;
  }
  const bracket = head.match(BRACKET);
  if (bracket) {
    const f = tryName(bracket[1]) ?? cjk(bracket[1], quote);
    if (f) return f;
  }
  const cjkLead = head.match(CJK_LEAD);
  if (cjkLead) {
    const f = cjk(cjkLead[1], quote);
    if (f) return f;
  }
  const dashName = head.match(DASH_NAME);
  if (dashName && placeShaped(dashName[1] ?? '')) {
    const f = tryName(dashName[2]);
    if (f && f.outlet.kind === 'agency') return f;
  }
  const lead = head.match(LEAD);
  if (lead) {
    const f = tryName(lead[1]);
    // A bare name opening the story is an agency credit ("AP —"); a publisher's name there may be the subject.
    if (f && f.outlet.kind === 'agency') return f;
    // …unless it is written as its own domain: "GELORA.CO –", "giadinhNet –".
    const token = lead[1]?.trim() ?? '';
    const asHost = /^[\p{L}\d-]{2,30}\.[a-z]{2,6}(?:\.[a-z]{2})?$/iu.test(token)
      ? siteOf(hostOf(`https://${token.toLowerCase()}`))
      : null;
    if (asHost) return { outlet: namedOutlet(token) ?? { name: asHost, kind: 'host', written: token }, quote };
    if (domainBrand(token))
      return { outlet: namedOutlet(token) ?? { name: token, kind: 'publisher', written: token }, quote };
  }
  return null;
}

function cjk(text: string | undefined, quote: string): Found | null {
  const hit = text ? cjkAgencyIn(text) : null;
  return hit ? { outlet: { name: hit.name, kind: 'agency', written: hit.written }, quote } : null;
}

/** A name in a dateline's parentheses: one to four words, letters first, no digits, not a sentence. */
function nameShaped(name: string): boolean {
  return (
    name.length >= 2 && name.length <= 30 && /^\p{L}/u.test(name) && !/\d/.test(name) && name.split(/\s+/).length <= 4
  );
}

/** A brand written as one camel-cased token ending in its domain word: "giadinhNet", "KompasCom". */
function domainBrand(token: string): boolean {
  if (!/^\p{L}[\p{L}\d]{3,29}$/u.test(token) || token === token.toUpperCase() || !/\p{Ll}\p{Lu}/u.test(token))
    return false;
  const lower = token.toLowerCase();
  return DOMAIN_WORDS.some(
    (w) => lower.endsWith(w) && lower.length > w.length + 2 && /\p{Lu}/u.test(token.slice(-w.length, -w.length + 1)),
  );
}

/** "[Reuters] Title", "【新华社】…": an outlet in brackets before the title. */
function readBracketedTitle(title: string): Found | null {
  const m = title.slice(0, HEAD).match(BRACKET);
  if (!m) return null;
  const outlet = namedOutlet(m[1] ?? '');
  if (outlet) return { outlet, quote: title.slice(0, MAX_QUOTE) };
  return cjk(m[1], title.slice(0, MAX_QUOTE));
}

/**
 * A dateline's place and date: a few words, each capitalised, a number, or in a script without case; a lower-case
 * word only as a short particle ("5 de diciembre") or a month after its day ("5 декабря"). "Officials said on
 * Monday (AP) …" is a sentence, not a dateline.
 */
function placeShaped(place: string): boolean {
  const words = place
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean);
  if (words.length > 6) return false;
  return words.every(
    (w, i) => !/^\p{Ll}/u.test(w) || w.replace(/\.$/, '').length <= 3 || /^\d/.test(words[i - 1] ?? ''),
  );
}
