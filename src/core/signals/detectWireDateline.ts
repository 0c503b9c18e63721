/**
 * Wire datelines and outlet credits at the top of a story, read as the source the page names: "BERLIN (dpa) –",
 * "(AP) —", "SEOUL (Yonhap) --", "القاهرة (رويترز) -", "(서울=연합뉴스)", "МОСКВА, 5 декабря. /ТАСС/.",
 * "МОСКВА, 5 дек — РИА Новости.", "【ワシントン共同】", "新华社北京12月5日电", "KOMPAS.com, JAKARTA –", a bracketed
 * outlet before the title ("[Reuters] …") and a title ending in another outlet's name ("… - Reuters").
 *
 * Only a name the data tables know (an agency, a listed publisher) or a domain-shaped outlet counts: a site's own
 * dateline ("HANOI –", "(AGO) –" on its own paper) names no one, and neither does the page itself (pageIdentity).
 * Every pattern is anchored at the start of a capped head of text, with bounded repeats: linear on hostile input.
 *
 * This file decides where on a page to look (the story's first lines, a bracketed heading, each item of a list, a
 * press credit, the title); readDateline.ts reads a line's credit, datelineShapes.ts holds the patterns.
 */
import type { Claim, Signal } from '../report.ts';
import type { PageBlock, PageData } from '../page/pageData.ts';
import { agencyNamed } from '../data/agencies.ts';
import { isSelf, type PageIdentity } from '../page/pageIdentity.ts';
import { hostShaped } from './datelineNameShapes.ts';
import { MAX_QUOTE, MAX_SCANNED_BLOCKS, MAX_SCANNED_LINES, MIN_STORY, PLACE_EQUALS, SEP } from './datelineShapes.ts';
import { namedOutlet, type Outlet } from './namedOutlet.ts';
import { isOwnAbbreviation } from './isOwnAbbreviation.ts';
import { bracketAtStart, bracketNearStart } from './readBracketedOutlet.ts';
import { type DatelineCredit, readBracketedTitle, readDateline } from './readDateline.ts';
import { pressCredit } from './readPressCredit.ts';

export interface WireDatelineResult {
  signals: Signal[];
  claims: Claim[];
}

/** An agency credit says "licensed wire copy"; a page naming its source this way is suspected until verified. */
export const WIRE_STRENGTH = 0.5;
/** Blocks at the top of the article where a dateline may open the story. */
const TOP_BLOCKS = 4;
/** Lines of a top block where the dateline may open the story. */
const TOP_LINES = 5;

/** A story opening with a credit is only read from blocks past the top when this many open with the same one. */
const MIN_ITEMS = 2;

export function detectWireDateline(page: PageData, identity: PageIdentity): WireDatelineResult {
  const found: { f: DatelineCredit; where: string; place: Signal['place'] }[] = [];
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
function itemDatelines(page: PageData): DatelineCredit | null {
  const seen = new Map<string, { f: DatelineCredit; n: number }>();
  let lines = 0;
  const blocks = page.blocks
    .slice(0, MAX_SCANNED_BLOCKS)
    .filter((b) => !b.hidden && b.region === null && !b.inFigure && b.text.length >= MIN_STORY);
  // The first half counted in blocks or in text: a newsletter's or portal's head of short lines (dates, menus, a
  // follow-us line) pushes the first item past half the blocks while it still opens the page's text.
  const total = blocks.reduce((n, b) => n + b.text.length, 0);
  let before = 0;
  for (const [i, b] of blocks.entries()) {
    const firstHalf = i < blocks.length / 2 || before < total / 2;
    before += b.text.length;
    for (const line of linesOf(b)) {
      if (++lines > MAX_SCANNED_LINES) return null;
      const dated = readDateline(line);
      const near = dated ? null : bracketNearStart(line);
      const f = dated ?? (near ? { outlet: near, quote: line.trim().slice(0, MAX_QUOTE) } : null);
      if (!f) continue;
      // One is enough when the credit is strong (an agency the tables know, or an outlet written as its domain) and
      // it opens an item of the page's first half: a list page's items start at its top, while teasers of other
      // stories, agency ones among them, close an own story at its foot.
      if (strongCredit(f) && firstHalf) return f;
      const key = f.outlet.name.toLowerCase();
      const entry = seen.get(key) ?? { f, n: 0 };
      entry.n++;
      seen.set(key, entry);
      if (entry.n >= MIN_ITEMS) return entry.f;
    }
  }
  return null;
}

/** An agency the tables know (not one guessed from an agency word), or an outlet written as its domain. */
function strongCredit({ outlet }: DatelineCredit): boolean {
  if (outlet.kind === 'host') return true;
  if (/\.\p{L}{2,}$/u.test(outlet.written) && !/\s/u.test(outlet.written)) return true;
  return (
    outlet.kind === 'agency' &&
    (agencyNamed(outlet.written) !== null || outlet.name !== outlet.written || !!outlet.origin)
  );
}

/**
 * A line of the first blocks opening with an outlet's bracketed name, then its headline or story. A name the tables
 * know heads a story only before a story-length line: before a few words ("[Reuters] thoughts?") it is a forum
 * post's topic tag, the poster's commentary on the outlet's story.
 */
function bracketHead(page: PageData): DatelineCredit | null {
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
