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
import {
  CJK_BRACKETS,
  CJK_DISPATCH,
  DATELINE_SEPARATORS,
  DOMAIN_WORDS,
  PRESS_CREDIT_TITLES,
} from '../data/wireDatelines.ts';
import { PICTURE_SOURCE_NAME } from '../data/citationContexts.ts';
import { cjkAgencyIn, namedOutlet, type Outlet } from './namedOutlet.ts';
import { isOwnAbbreviation } from './isOwnAbbreviation.ts';
import { bracketAtStart, bracketNearStart } from './readBracketedOutlet.ts';
import { readAgencyByline } from './readAgencyByline.ts';

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
/** Lines of a top block where the dateline may open the story. */
const TOP_LINES = 5;
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
/** "www.example-news.ru — …": a host opening the story, then a dash. */
const HOST_LEAD = new RegExp(`^((?:www\\.)?[\\p{L}\\d-]{2,40}\\.[a-z]{2,6}(?:\\.[a-z]{2})?)\\s*${SEP}{1,2}\\s`, 'iu');
/** "【ワシントン共同】", "（中央社記者X台北5日電）", "[Reuters]". */
const BRACKET = new RegExp(`^[${OPEN}]\\s*([^${OPEN}${CLOSE}]{1,40}?)\\s*[${CLOSE}]`, 'u');
/** "新华社北京12月5日电": the agency, the place and date, "dispatched". */
const CJK_LEAD = new RegExp(`^([^\\s，。、]{2,30}?[${CJK_DISPATCH}])`, 'u');
/** "KOMPAS.com, JAKARTA –", "TEMPO.CO, Jakarta -", "TRIBUNNEWS.COM. JAKARTA -": a domain-shaped outlet, a place, a dash. */
const DOMAIN = new RegExp(
  `^([A-Za-z0-9][A-Za-z0-9-]{1,40}(?:\\.[A-Za-z]{2,6}){1,2})\\s*[,.]\\s*\\p{Lu}[\\p{L}\\p{M} .]{1,30}?\\s*${SEP}`,
  'u',
);
/**
 * "КИЇВ. 9 жовтня. УНН.", "MOSCOW, Dec. 5. TASS.": a place, a day and month, the agency, each closed by a full
 * stop or comma. Only an agency counts (a place and a date then a capitalised word is also how stories open).
 */
const DOT_NAME =
  /^(\p{Lu}[\p{L}\p{M} '’-]{1,30}?)[.,]\s*(?:\d{1,2}\.?\s*\p{L}{3,12}|\p{L}{3,12}\.?\s*\d{1,2})[.,]{1,2}\s+([^.,:;!?\d]{2,30}?)\s*[.:]\s/u;
/** "By IANS, Hyderabad: …", "Por EFE, Madrid –": a byline naming the agency, then the story. Group 1: the byline. */
const BYLINE_LEAD = new RegExp(`^([^:：${esc(DATELINE_SEPARATORS)}]{4,60}?)\\s*(?:[:：]|\\s${SEP}{1,2})\\s`, 'u');
/** "(서울=연합뉴스)", "(부산=뉴시스)": a place, "=", the outlet; this shape is a wire credit even on a short line. */
const PLACE_EQUALS = /^[(（][^()（）=]{1,20}=[^()（）=]{1,20}[)）]/u;
/**
 * Where a dateline glued to the text before it may start: a capital right after a lower-case letter (a title run
 * into the story: "…con ZelenskyRoma, 13 dic. (askanews) –") or after a sentence's end ("…courtesy of BERNAMA.
 * KUALA LUMPUR, June 25 (NNN-BERNAMA) —"). Only the first few, within the head of the line.
 */
const GLUE = /\p{Ll}(?=\p{Lu})|[.!?…]["”»’)]?\s+(?=\p{Lu})/gu;
const GLUE_HEAD = 320;
const MAX_GLUES = 12;

/**
 * "아시아경제=홍길동 기자 hong@example.co.kr": an outlet, "=", a reporter's name and title, perhaps the reporter's
 * address. Groups: the outlet, the address's domain.
 */
const PRESS_CREDIT = new RegExp(
  `(?:^|[\\s([［【])([\\p{Script=Hangul}A-Za-z0-9]{2,12})\\s?=\\s?\\p{Script=Hangul}{2,4}\\s?(?:${PRESS_CREDIT_TITLES.join('|')})(?:\\s+[A-Za-z0-9._%+-]{1,40}@([A-Za-z0-9-]{1,40}(?:\\.[A-Za-z0-9-]{1,40}){1,3}))?`,
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
    // A plain-text capture keeps a story's lines in one block: the dateline opens a line, perhaps after the title,
    // a summary and a picture's caption.
    for (const line of linesOf(b).slice(0, TOP_LINES)) {
      const f = readDateline(line);
      if (f) {
        found.push({ f, where: `article dateline <${b.tag}>`, place: 'article-top' });
        break top;
      }
    }
  }
  // "[Xx新聞] headline": a paper's bracketed name heading the story, on a line too short for a dateline's story.
  if (!found.length) {
    const head = bracketHead(page);
    if (head) found.push({ f: head, where: 'article top, bracketed outlet', place: 'article-top' });
  }
  // Multi-item pages (a city portal's news list, a feed archive): each item opens with its own dateline.
  if (!found.length) {
    const items = itemDatelines(page);
    if (items) found.push({ f: items, where: 'item datelines', place: 'page' });
  }
  if (!found.length) {
    const credit = pressCredit(page, identity);
    if (credit) found.push({ f: credit, where: 'press credit', place: 'page' });
  }
  const title = page.meta.titleTag ?? page.title;
  // A plain-text capture whose first line is the story itself: its dateline is in the title.
  if (!found.length && title && title.length >= MIN_STORY) {
    const f = readDateline(title);
    if (f) found.push({ f, where: 'title, opening with a dateline', place: 'head' });
  }
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
      ('origin' in outlet && outlet.origin && isSelf(identity, outlet.origin)) ||
      // A tag no table knows as an agency, spelled in the host: the site's own abbreviation ("(SFZ)" on futbalsfz.sk).
      (outlet.kind !== 'agency' && isOwnAbbreviation(outlet.written, identity.host, identity.site))
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
      const dated = readDateline(line);
      const near = dated ? null : bracketNearStart(line);
      const f = dated ?? (near ? { outlet: near, quote: line.trim().slice(0, MAX_QUOTE) } : null);
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

/**
 * A Korean press credit naming another outlet: only when the directory knows the outlet, or the reporter's address
 * is on another site than the page's (a paper's own reporters sign with its own domain).
 */
function pressCredit(page: PageData, identity: PageIdentity): Found | null {
  let lines = 0;
  for (const b of page.blocks.slice(0, MAX_SCANNED_BLOCKS)) {
    if (b.hidden || b.region !== null) continue;
    for (const line of b.text.split('\n', 200)) {
      if (++lines > MAX_SCANNED_LINES) return null;
      const credit = readPressCredit(line);
      if (!credit) continue;
      const { name, domain } = credit;
      const outlet = namedOutlet(name);
      const elsewhere =
        domain !== undefined && siteOf(hostOf(`https://${domain}`)) !== null && !isSelf(identity, domain);
      if (outlet || elsewhere)
        return { outlet: outlet ?? { name, kind: 'publisher', written: name }, quote: line.trim().slice(0, MAX_QUOTE) };
    }
  }
  return null;
}

/** The outlet of a Korean press credit in `line` (its first 4,000 characters), and the reporter's address's domain. */
export function readPressCredit(line: string): { name: string; domain?: string } | null {
  const m = PRESS_CREDIT.exec(line.slice(0, 4000));
  if (!m?.[1]) return null;
  return m[2] ? { name: m[1], domain: m[2].toLowerCase() } : { name: m[1] };
}

/**
 * A line of the first blocks opening with an outlet's bracketed name, then its headline or story. A name the tables
 * know heads a story only before a story-length line: before a few words ("[Reuters] thoughts?") it is a forum
 * post's topic tag, the poster's commentary on the outlet's story.
 */
function bracketHead(page: PageData): Found | null {
  const start = page.main?.start ?? page.blocks.findIndex((b) => b.inArticle && !b.hidden);
  if (start < 0) return null;
  const blocks = page.blocks
    .slice(start, start + TOP_BLOCKS * 3)
    .filter((b) => !b.hidden && b.region === null && !b.inFigure && !/^h[1-6]$/.test(b.tag));
  for (const [i, b] of blocks.slice(0, TOP_BLOCKS).entries())
    for (const line of b.text.split('\n', 3)) {
      const outlet =
        bracketAtStart(line.trim(), line.trim().length >= MIN_STORY) ??
        (storyAfter(blocks, i, b, line) ? headingHost(line) : null);
      if (outlet) return { outlet, quote: line.trim().slice(0, MAX_QUOTE) };
    }
  return null;
}

/** "Example.cat –" alone on its line: a feed aggregator's item headed by its outlet's host, the story below. */
const HOST_HEADING = new RegExp(`^(\\S{4,40}?)\\s*${SEP}{1,2}$`, 'u');
function headingHost(line: string): Outlet | { name: string; kind: 'host'; written: string } | null {
  const token = HOST_HEADING.exec(line.trim())?.[1];
  const site = token ? hostShaped(token) : null;
  return token && site ? (namedOutlet(token) ?? { name: site, kind: 'host', written: token }) : null;
}

/** The line is a block's last and the next block is story, or lines of story follow it in its block. */
function storyAfter(blocks: PageBlock[], i: number, b: PageBlock, line: string): boolean {
  const rest = b.text.slice(b.text.indexOf(line) + line.length).trim();
  return (rest || (blocks[i + 1]?.text ?? '')).length >= MIN_STORY * 2;
}

/** The lines of a block long enough to open a story. */
function linesOf(b: PageBlock): string[] {
  return b.text.split('\n', 200).filter((l) => l.length >= MIN_STORY || PLACE_EQUALS.test(l.trim()));
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

/**
 * The credit a dateline at the start of `text` names, if the tables know it; else a dateline with a place glued to
 * the text before it (a title or a caption run into the story by a plain-text capture).
 */
export function readDateline(text: string): Found | null {
  const atStart = readDatelineAt(text);
  if (atStart) return atStart;
  const head = text.slice(0, GLUE_HEAD);
  let n = 0;
  for (const m of head.matchAll(GLUE)) {
    if (++n > MAX_GLUES) break;
    const start = (m.index ?? 0) + m[0].length;
    if (start < 2 || start >= head.length - 10) continue;
    const f = readPlacedDateline(text.slice(start));
    if (f) return f;
  }
  return null;
}

/**
 * Only the dateline shapes that carry a place and a separator, for a start found inside a line: "Roma, 13 dic.
 * (askanews) –", "МОСКВА, 5 декабря. /ТАСС/.", "КИЇВ. 9 жовтня. УНН.", "KOMPAS.com, JAKARTA –". A bare "(AFP)"
 * inside a sentence cites, it does not open a story.
 */
function readPlacedDateline(text: string): Found | null {
  const head = text.slice(0, HEAD);
  const quote = head.slice(0, MAX_QUOTE);
  const domain = readDomain(head, quote);
  if (domain) return domain;
  const paren = head.match(PAREN);
  const place = paren?.[1]?.trim() ?? '';
  if (paren && place && /^\p{Lu}/u.test(place) && placeShaped(place) && /^\s*[-–—―=]/u.test(paren[3] ?? '')) {
    const f = creditIn(paren[2], quote);
    if (f) return f;
    const name = unknownCredit(paren);
    if (name) return { outlet: { name, kind: 'publisher', written: name }, quote };
  }
  return readSlash(head, quote) ?? readDotName(head, quote);
}

/** A known outlet, a CJK agency, or an agency inside a compound credit ("NNN-BERNAMA": a network and the agency). */
function creditIn(name: string | undefined, quote: string): Found | null {
  if (!name) return null;
  const whole = outletCredit(name, quote) ?? cjk(name, quote);
  if (whole) return whole;
  const parts = name.split(/\s*[-–+]\s*/u).filter((p) => p.length >= 2);
  if (parts.length < 2 || parts.length > 3) return null;
  for (const part of parts.reverse()) {
    const outlet = namedOutlet(part);
    if (outlet?.kind === 'agency' && !PICTURE_SOURCE_NAME.test(part)) return { outlet, quote };
  }
  return null;
}

function outletCredit(name: string, quote: string): Found | null {
  const outlet = namedOutlet(name);
  // A picture agency credits a photo, never the story ("(Mike Watson Images/Moodboard/Getty)").
  return outlet && !PICTURE_SOURCE_NAME.test(name) && !PICTURE_SOURCE_NAME.test(outlet.name) ? { outlet, quote } : null;
}

/**
 * "Roma, 13 dic. (askanews) –": a place, a name in parentheses and a dash is a wire dateline even when the tables
 * do not know the name; without the place ("(AGO) –") it may be the site's own abbreviation. "(Uypress / Daniel
 * Feldman)": the outlet, then the reporter.
 */
function unknownCredit(paren: RegExpMatchArray): string | null {
  const name = (paren[2] ?? '').split(/\s*[/／]\s*/u)[0]?.trim() ?? '';
  return /\p{L}/u.test(paren[1] ?? '') &&
    /^\s*[-–—―।]/u.test(paren[3] ?? '') &&
    nameShaped(name) &&
    !PICTURE_SOURCE_NAME.test(name)
    ? name
    : null;
}

function readDomain(head: string, quote: string): Found | null {
  const domain = head.match(DOMAIN)?.[1];
  if (!domain) return null;
  const site = siteOf(hostOf(`https://${domain.toLowerCase()}`));
  return site ? { outlet: namedOutlet(domain) ?? { name: site, kind: 'host', written: domain }, quote } : null;
}

function readSlash(head: string, quote: string): Found | null {
  const slash = head.match(SLASH);
  return slash && placeShaped(slash[1] ?? '') ? creditIn(slash[2], quote) : null;
}

function readDotName(head: string, quote: string): Found | null {
  const dot = head.match(DOT_NAME);
  if (!dot || !placeShaped(dot[1] ?? '')) return null;
  const f = creditIn(dot[2], quote);
  return f?.outlet.kind === 'agency' ? f : null;
}

/** "By IANS, Hyderabad: …": a byline naming an agency opens the story. */
function readBylineLead(head: string, quote: string): Found | null {
  const lead = head.match(BYLINE_LEAD)?.[1];
  const byline = lead ? readAgencyByline(lead) : null;
  const outlet = byline ? namedOutlet(byline.written) : null;
  return outlet?.kind === 'agency' ? { outlet, quote } : null;
}

function readDatelineAt(text: string): Found | null {
  const head = text.slice(0, HEAD);
  const quote = head.slice(0, MAX_QUOTE);
  const tryName = (name: string | undefined): Found | null => (name ? outletCredit(name, quote) : null);
  const domain = readDomain(head, quote);
  if (domain) return domain;
  const paren = head.match(PAREN);
  if (paren && placeShaped(paren[1] ?? '') && !captionCredit(paren, text)) {
    const f = creditIn(paren[2], quote);
    if (f) return f;
    const name = unknownCredit(paren);
    if (name) return { outlet: { name, kind: 'publisher', written: name }, quote };
  }
  const slash = readSlash(head, quote);
  if (slash) return slash;
  const dot = readDotName(head, quote);
  if (dot) return dot;
  const byline = readBylineLead(head, quote);
  if (byline) return byline;
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
  // "www.example-news.ru — …": a host with hyphens, which the lead's name cannot hold.
  const hostLead = HOST_LEAD.exec(head)?.[1];
  const leadSite = hostLead ? hostShaped(hostLead) : null;
  if (hostLead && leadSite)
    return { outlet: namedOutlet(hostLead) ?? { name: leadSite, kind: 'host', written: hostLead }, quote };
  const lead = head.match(LEAD);
  if (lead) {
    const f = tryName(lead[1]);
    // A bare name opening the story is an agency credit ("AP —"); a publisher's name there may be the subject.
    if (f && f.outlet.kind === 'agency') return f;
    // …or in capitals, as a dateline names the paper it comes from ("EL DIARIO – …"): a subject is not capitalised.
    if (f && writtenInCapitals(lead[1] ?? '')) return f;
    // …unless it is written as its own domain: "GELORA.CO –", "giadinhNet –".
    const token = lead[1]?.trim() ?? '';
    const asHost = hostShaped(token);
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

/**
 * "Türkiye'nin Cumhurbaşkanı Ahmet Yılmaz (AFP)", "Ministra Ana Sousa durante a cerimônia (Reuters)": a credit
 * that closes the line with no story after it is a caption's picture credit, unless what precedes it is a
 * dateline's place ("SEOUL (Yonhap)" on a line of its own): a date, capitals only, or a place of a word or two.
 */
function captionCredit(paren: RegExpMatchArray, text: string): boolean {
  if (text.slice(paren[0].length, paren[0].length + 2000).trim()) return false;
  const place = (paren[1] ?? '').trim();
  if (!place || /\d/.test(place)) return false;
  const letters = place.replace(/[^\p{L}]/gu, '');
  if (letters === letters.toUpperCase()) return false;
  return place.split(/[\s,]+/).filter(Boolean).length > 2;
}

/** A name in a dateline's parentheses: one to four words, letters first, no digits, not a sentence. */
function nameShaped(name: string): boolean {
  return (
    name.length >= 2 && name.length <= 30 && /^\p{L}/u.test(name) && !/\d/.test(name) && name.split(/\s+/).length <= 4
  );
}

/** The site of a token written as a host ("GELORA.CO", "www.example.ru", "Example.cat"), else null. */
function hostShaped(token: string): string | null {
  return /^(?:www\.)?[\p{L}\d-]{2,30}\.[a-z]{2,6}(?:\.[a-z]{2})?$/iu.test(token)
    ? siteOf(hostOf(`https://${token.toLowerCase()}`))
    : null;
}

/** A name written in capitals, as datelines write outlets: letters, two at least, no lower case, a few words. */
function writtenInCapitals(name: string): boolean {
  const t = name.trim();
  return /\p{Lu}.*\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t) && t.split(/\s+/u).length <= 4;
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
