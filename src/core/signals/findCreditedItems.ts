/**
 * Multi-item pages where each item carries its own credit: a paper's news-in-brief page whose items each close with
 * the outlet or agency they come from ("… the last sentence. ERR"), an aggregator's category page with the outlet
 * alone under each item, a headline digest whose titles end with their outlet ("<title> – Outlet", "<title>
 * outlet.example") or carry its address and a date inline ("<TITLE> WWW.OUTLET.EXAMPLE PUBLISHED:<date>"), a tag page
 * whose items open with a date and the outlet ("21 May 2022; OUTLET: …"), a paper's briefs each under an agency and
 * its city ("AFP, Beijing"), a ticker whose titles each end with the
 * same quoted paper ("… . «Paper» …").
 *
 * One such credit alone looks like noise (a word closing a title, a name under a paragraph); the signal is the
 * repetition: several items, each carrying a short credit in the same position. So the page is read as items: each
 * line is tried for a credit in each position (a shape), and a shape counts only when it credits MIN_ITEMS items or
 * more, and those items are the page (from the first to the last they hold most of its text: a widget of other
 * outlets' headlines under an article is not an aggregation).
 *
 * A credit must read as an outlet: a host (not the page's own site), a name the directory knows, or a name repeated
 * over the shape's items that is not a person's (a byline under each item of a site's own section page, a signed
 * comment) nor an everyday word ("Reply"): it carries a publisher's word ("Online", "News"), is written in capitals or
 * quoted. The page's own brand is dropped by the scan (page identity). Linear: a bounded number of lines, each capped,
 * and each shape's pattern anchored at a line's end or start.
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData } from '../page/readPage.ts';
import { COMMON_NAME_WORDS } from '../data/publisherNameWords.ts';
import { foldLatin } from '../text/foldLatin.ts';
import { hostOf } from '../url/hostOf.ts';
import { sameOrganisation } from '../url/sameOrganisation.ts';
import { siteOf } from '../url/siteOf.ts';
import { namedOutlet } from './namedOutlet.ts';
import { DATA_PROVIDER_NAME, PICTURE_SOURCE_NAME } from '../data/citationContexts.ts';
import { nameWithoutDate } from './nameWithoutDate.ts';
import { HOST_TEXT_RE } from './sourceLinePatterns.ts';

const MAX_LINES = 600;
const MAX_LINES_PER_BLOCK = 200;
/** Longer lines are cut: an item's credit sits at its line's edge, and a ticker of items fits in this. */
const MAX_LINE = 3000;
const MAX_NAME = 40;
const MAX_NAME_WORDS = 4;
/** Items in one shape that make the page's shape. */
const MIN_ITEMS = 2;
/** An item's text above a credit on its own line, or closing its line: a paragraph's worth, not a caption's. */
const MIN_PROSE = 100;
/** An agency closing a shorter line is as likely a picture's credit under its caption. */
const MIN_AGENCY_LINE = 200;
/** A headline that ends with its outlet. */
const MAX_HEADLINE = 220;
const MIN_HEADLINE_WORDS = 3;
/** The lines from the first credited item to the last hold at least this share of the page's text. */
const MIN_COVER = 0.5;
/** Lines before a tail credit (after a head credit) taken as its item's text, for the containment check. */
const ITEM_LINES = 6;
/** Items a shape reads at most (a page of 20,000 items is still read in a bounded time). */
const MAX_ITEMS = 40;
/** Inline items of one line: at most this many credits read. */
const MAX_INLINE = 40;

type Shape =
  | 'agency-head'
  | 'alone'
  | 'closing'
  | 'dash-tail'
  | 'bare-tail'
  | 'dated-head'
  | 'inline-host'
  | 'inline-quoted';

interface Line {
  text: string;
  block: PageBlock;
}

interface Credit {
  name: string;
  shape: Shape;
  /** The line index and the item's text (for containment). */
  at: number;
  excerpt: string[];
}

export interface CreditedItem {
  /** The outlet as written. */
  written: string;
  claim: Claim;
  /** The credit's line (capped) and its block. */
  line: string;
  block: PageBlock;
  /** The item's text, which the outlet's original must contain. */
  excerpt: string[];
}

export interface CreditedItems {
  shape: Shape;
  /** The credited items, in page order. */
  items: CreditedItem[];
}

const cache = new WeakMap<PageData, CreditedItems | null>();

/** The page read as items each credited to its outlet, when several items share one credit shape; else null. */
export function findCreditedItems(page: PageData): CreditedItems | null {
  if (cache.has(page)) return cache.get(page) ?? null;
  const found = read(page);
  cache.set(page, found);
  return found;
}

function read(page: PageData): CreditedItems | null {
  if (searchPage(page.url)) return null;
  const lines = linesOf(page);
  const total = lines.reduce((n, l) => n + l.text.length, 0);
  if (!total) return null;
  const byShape = new Map<Shape, Credit[]>();
  for (let i = 0; i < lines.length; i++) {
    for (const c of creditsOf(lines, i)) {
      const list = byShape.get(c.shape) ?? [];
      if (list.length < MAX_ITEMS) list.push(c);
      byShape.set(c.shape, list);
    }
  }
  let best: CreditedItems | null = null;
  for (const [shape, credits] of byShape) {
    const items = accepted(page, lines, credits);
    if (items.length < MIN_ITEMS || (best && items.length <= best.items.length)) continue;
    if (!coversPage(lines, credits, total)) continue;
    best = { shape, items };
  }
  return best;
}

/** A search page lists other sites' results, each with its site: a list of links, not an aggregation. */
function searchPage(url: string): boolean {
  try {
    const u = new URL(url);
    return (
      /(?:^|\/)search(?:\/|$)/iu.test(u.pathname) || ['q', 's', 'query', 'search'].some((k) => u.searchParams.has(k))
    );
  } catch {
    return false;
  }
}

function linesOf(page: PageData): Line[] {
  const lines: Line[] = [];
  for (const b of page.blocks) {
    if (lines.length >= MAX_LINES) break;
    if (b.hidden || b.region || b.inFigure || b.inTable) continue;
    for (const raw of b.text.normalize('NFC').split('\n', MAX_LINES_PER_BLOCK)) {
      const text = raw.slice(0, MAX_LINE).replace(/\s+/gu, ' ').trim();
      if (text) lines.push({ text, block: b });
      if (lines.length >= MAX_LINES) break;
    }
  }
  return lines;
}

const SENTENCE_END = /[.!?…。！？]$/u;
/** "… the last sentence. ERR": a short name after a sentence's end, closing the line. */
const CLOSING = /[.!?…"”»)]\s+([^\s.!?…][^.!?…]{0,38}[^\s.!?…,;:])$|[.!?…"”»)]\s+([^\s.!?…,;:])$/u;
/** "<title> – Outlet", "<title> | Outlet": a spaced dash or bar before the headline's last few words. */
const DASH_TAIL = /\s[-–—|]\s+([^-–—|]{2,40})$/u;
/** "<date>; OUTLET: …", "<date> - Outlet - …": a date, a separator, a short name, a colon or dash. */
const DATED_HEAD = /^([^;:|–—]{4,40}?)\s*[;|–—-]\s*([^;:|–—-]{2,40}?)\s*[:–—-]\s/u;
/** "WWW.OUTLET.MN PUBLISHED:2026/03/01", "outlet.example 01.03.2026": a host followed by a date. */
const INLINE_HOST =
  /(?:^|\s)((?:www\.)?[a-z0-9-]{2,63}(?:\.[a-z0-9-]{2,63}){0,3}\.[a-z]{2,24})\s+(?:\p{L}{1,12}\s?:\s?)?\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/giu;
/** ". «Paper» ", "? “Paper” ": a quoted name right after a sentence's end, before the next item. */
const INLINE_QUOTED = /[.!?…]\s+([«“„"][^«»“”„"]{2,38}[»”"])(?=\s|$)/gu;

/** Every credit line `i` carries, in each shape it can be read in. */
function creditsOf(lines: readonly Line[], i: number): Credit[] {
  const text = lines[i]?.text ?? '';
  const out: Credit[] = [];
  const above = itemAbove(lines, i);
  // The outlet alone under its item's paragraph.
  if (nameLike(text) && (lines[i - 1]?.text.length ?? 0) >= MIN_PROSE)
    out.push({ name: text, shape: 'alone', at: i, excerpt: above });
  if (text.length >= MIN_PROSE) {
    const m = CLOSING.exec(text);
    const name = (m?.[1] ?? m?.[2])?.trim();
    if (name && nameLike(name))
      out.push({ name, shape: 'closing', at: i, excerpt: [...above, text.slice(0, -name.length).trim()] });
  }
  if (text.length <= MAX_HEADLINE && !SENTENCE_END.test(text)) {
    const m = DASH_TAIL.exec(text);
    const name = m?.[1]?.trim();
    const title = m ? text.slice(0, m.index) : '';
    // "<statement>, - Official": a headline quoting someone names the speaker after a comma and a dash, not an outlet.
    if (name && nameLike(name) && words(title) >= MIN_HEADLINE_WORDS && !title.endsWith(','))
      out.push({ name, shape: 'dash-tail', at: i, excerpt: itemBelow(lines, i) });
    else {
      const bare = bareTail(text);
      if (bare) out.push({ name: bare, shape: 'bare-tail', at: i, excerpt: itemBelow(lines, i) });
    }
  }
  // "AFP, Beijing": an outlet and a place on a line of their own between an item's headline and its text.
  const [outlet, place, ...more] = text.length <= MAX_NAME ? text.split(', ') : [];
  if (outlet && place && !more.length && nameLike(outlet) && /^\p{Lu}/u.test(place) && words(place) <= 3) {
    const below = itemBelow(lines, i);
    const name = below.length ? headOutlet(outlet) : null;
    if (name) out.push({ name, shape: 'agency-head', at: i, excerpt: below });
  }
  const head = DATED_HEAD.exec(text);
  if (head?.[1] && head[2] && nameWithoutDate(head[1]).dated && !nameWithoutDate(head[1]).name) {
    const name = head[2].trim();
    if (nameLike(name))
      out.push({ name, shape: 'dated-head', at: i, excerpt: [text.slice(head[0].length), ...itemBelow(lines, i)] });
  }
  out.push(...inline(text, i, INLINE_HOST, 'inline-host'), ...inline(text, i, INLINE_QUOTED, 'inline-quoted'));
  return out;
}

/** A known outlet; an abbreviation may be written in title case there ("Afp, Cairo"). */
function headOutlet(name: string): string | null {
  if (namedOutlet(name)) return name;
  return /^\p{Lu}\p{Ll}{1,4}$/u.test(name) && namedOutlet(name.toUpperCase()) ? name.toUpperCase() : null;
}

/** Credits written inside one line between its items (a digest or ticker flattened into one line). */
function inline(text: string, at: number, re: RegExp, shape: Shape): Credit[] {
  const out: Credit[] = [];
  let from = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m && out.length < MAX_INLINE; m = re.exec(text)) {
    const name = m[1] ?? '';
    const start = m.index + m[0].indexOf(name);
    out.push({ name, shape, at, excerpt: [text.slice(from, start).trim()].filter(Boolean) });
    from = start + name.length;
  }
  // One credit in a line is no series: the repetition inside the line is the shape.
  return out.length >= MIN_ITEMS ? out : [];
}

/** "<title> Outlet", "<title> outlet.example": a headline closed by a host or a known outlet, no separator. */
function bareTail(text: string): string | null {
  const w = text.split(' ');
  for (let n = Math.min(MAX_NAME_WORDS, w.length - MIN_HEADLINE_WORDS); n >= 1; n--) {
    const name = w.slice(-n).join(' ');
    if (HOST_TEXT_RE.test(name) && !name.includes('/')) return name;
    if (/^\p{Lu}|^\p{Lo}/u.test(name) && namedOutlet(name)?.kind === 'publisher') return name;
  }
  return null;
}

/** Short, no sentence, starting like a name (a capital, a digit, a quote, a letter of a caseless script). */
function nameLike(name: string): boolean {
  if (name.length > MAX_NAME || words(name) > MAX_NAME_WORDS || name.includes('/')) return false;
  if (SENTENCE_END.test(name) && !/\.[a-z]{2,6}$/iu.test(name)) return false;
  return /^[\p{Lu}\p{Lo}\p{N}«“„"]/u.test(name);
}

const words = (s: string): number => s.split(' ').filter(Boolean).length;

/** The lines above a tail credit back to the previous short line (the item's paragraphs). */
function itemAbove(lines: readonly Line[], i: number): string[] {
  const out: string[] = [];
  for (let j = i - 1; j >= Math.max(0, i - ITEM_LINES); j--) {
    const t = lines[j]?.text ?? '';
    if (t.length < MIN_PROSE / 2) break;
    out.unshift(t);
  }
  return out;
}

/** The paragraphs under a head credit (a headline's item). */
function itemBelow(lines: readonly Line[], i: number): string[] {
  const out: string[] = [];
  for (let j = i + 1; j <= Math.min(lines.length - 1, i + ITEM_LINES); j++) {
    const t = lines[j]?.text ?? '';
    if (t.length < MIN_PROSE) break;
    out.push(t);
  }
  return out;
}

/**
 * The shape's items whose credit reads as an outlet. A name no table knows counts when it credits two items or more
 * and is shaped like an outlet's, not a person's or an everyday word's; once the position holds several such items,
 * an outlet-shaped name that credits one item in the same position counts too (an aggregator mixes outlets).
 */
function accepted(page: PageData, lines: readonly Line[], credits: readonly Credit[]): CreditedItem[] {
  // A name counts only items with text of their own: a headline repeated in a "read also" line is the same item.
  const counts = new Map<string, number>();
  for (const c of credits)
    if (c.excerpt.some((p) => words(p) >= MIN_HEADLINE_WORDS))
      counts.set(keyOf(c.name), (counts.get(keyOf(c.name)) ?? 0) + 1);
  const read = (c: Credit, min: number) =>
    claimOf(page, c, lines[c.at]?.text.length ?? 0, counts.get(keyOf(c.name)) ?? 0, min);
  const strict = credits.filter((c) => read(c, MIN_ITEMS));
  const min = strict.length >= MIN_ITEMS ? 1 : MIN_ITEMS;
  const out: CreditedItem[] = [];
  for (const c of credits) {
    const claim = read(c, min);
    const line = lines[c.at];
    if (claim && line)
      out.push({ written: c.name, claim, line: line.text.slice(0, 300), block: line.block, excerpt: c.excerpt });
  }
  return out;
}

const keyOf = (name: string): string => foldLatin(name.normalize('NFC').toLowerCase()).replace(/^www\./u, '');

function claimOf(page: PageData, c: Credit, lineLength: number, count: number, min: number): Claim | null {
  const name = c.name.replace(/^[«“„"]|[»”"]$/gu, '').trim();
  if (HOST_TEXT_RE.test(name) && !name.includes('/')) {
    const site = siteOf(hostOf(`https://${name}`));
    if (!site || site === page.site || (page.site !== null && sameOrganisation(site, page.site))) return null;
    return { value: name.toLowerCase().replace(/^www\./u, ''), type: 'host', via: 'source-line' };
  }
  // A picture library or a data provider credits what is beside it (a thumbnail, a chart), never an item's text.
  if (PICTURE_SOURCE_NAME.test(name) || DATA_PROVIDER_NAME.test(name)) return null;
  const known = namedOutlet(name);
  // An agency alone under a paragraph, or closing a caption's few words, is a picture's credit as often as an item's.
  const caption = c.shape === 'alone' || (c.shape === 'closing' && lineLength < MIN_AGENCY_LINE);
  if (known)
    return known.kind === 'agency' && caption ? null : { value: known.written, type: 'name', via: 'source-line' };
  if (count < min || !outletShaped(c.name)) return null;
  return { value: name, type: 'name', via: 'source-line' };
}

/** A name that reads as an outlet's without a table: a publisher's word, capitals, or quotes around it. */
function outletShaped(name: string): boolean {
  if (/^[«“„"]/u.test(name)) return true;
  // A publisher's word with a name of its own beside it ("Harbour News"); the word alone is a section ("News").
  const ws = name.split(' ');
  const common = ws.filter((w) => w.length > 2 && COMMON_NAME_WORDS.has(foldLatin(w.toLowerCase())));
  if (common.length && common.length < ws.length) return true;
  return /\p{Lu}{2}/u.test(name) && name === name.toUpperCase() && name.length <= 12;
}

/** The lines from the first credited item to the last (and a few around them) hold most of the page's text. */
function coversPage(lines: readonly Line[], credits: readonly Credit[], total: number): boolean {
  const first = Math.max(0, (credits[0]?.at ?? 0) - ITEM_LINES);
  const last = Math.min(lines.length - 1, (credits.at(-1)?.at ?? 0) + ITEM_LINES);
  let held = 0;
  for (let j = first; j <= last; j++) held += lines[j]?.text.length ?? 0;
  return held / total >= MIN_COVER;
}
