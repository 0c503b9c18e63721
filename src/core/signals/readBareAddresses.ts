/**
 * Another site's article address written out in a post's text, with no link and no label the packs know: alone on
 * its own line above or below the copied text, between its paragraphs, in brackets, glued to a full stop, cut by a
 * space or a line break the forum put in, with or without its scheme ("outlet.example/2024/05/slug"). Copies often
 * give their source only this way. No word is read, so every language is read the same.
 *
 * Every such address (of another site, shaped like one article's page: `articleAddress`) becomes a candidate whose
 * fetch and comparison decide; where it sits says how strong the claim is before any fetch. Strong (the page is
 * suspected even when the original cannot be fetched): alone on its line, as the first or last line of the article's
 * text (past a date or a name of a few characters), with an article's worth of text on the other side, which is the
 * copied text it credits. Anywhere else it is weak (tried, never shown unverified): mid-text an address cites a fact,
 * and a post of a line or two beside an address shares a link for discussion. A page that writes out many addresses
 * is a reference list or a link roundup: none of them is its source. The page's own site, group and identity are
 * never a source; blocks in the site's regions (navigation, comments, footer), figures, tables and headings are not
 * the article's text.
 *
 * Bounded for hostile pages: MAX_BLOCKS blocks, MAX_LINES lines, addresses found in at most MAX_FOUND places, and
 * at most MAX_CANDIDATES addresses handed on, so a page cannot make the engine fetch many addresses.
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData } from '../page/readPage.ts';
import { isSelf, type PageIdentity } from '../page/pageIdentity.ts';
import { articleAddress } from '../url/articleAddress.ts';
import { sameOrganisation } from '../url/sameOrganisation.ts';
import { siteOfUrl } from '../url/siteOf.ts';
import { writtenAddresses } from '../url/writtenAddresses.ts';

const MAX_BLOCKS = 300;
const MAX_LINES = 2_000;
const MAX_FOUND = 40;
/** Addresses handed on as candidates, strong ones first: each may cost a fetch. */
export const MAX_CANDIDATES = 2;
/** More distinct addresses of other sites than this and the page is a reference list or a roundup. */
const MAX_DISTINCT = 3;
/** Short lines between the address and the text's edge: a date, a writer's name, a share widget's words. */
const MAX_EDGE_LINES = 2;
const MAX_EDGE_CHARS = 40;
/** An article's worth of copied text on the other side, in characters (a CJK character counts two). */
const MIN_COPIED = 250;
/** What may stand around an address alone on its line: brackets, bullets, arrows, emoji, a closing stop. */
const DECORATION = /^[\s()[\]{}<>«»‹›"'“”‘’*•·→⇒►▶🔗👉:|.。,-]*$/u;
/** A fragment the forum's word-wrap cut off an address ("…varget=514AD 34B"): letters and digits only. */
const CUT_FRAGMENT = /^[A-Za-z0-9]{1,12}$/u;
const CUT_FRAGMENT_NEXT_LINE = /^[^\s<>"']{1,120}$/u;
const WIDE = /[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/gu;

export interface BareAddress {
  block: PageBlock;
  claim: Claim;
  /** The line that holds the address, as written (capped). */
  quote: string;
  place: 'top' | 'end' | 'middle';
  /** Alone at the article's edge beside an article's worth of text: enough to make the page suspected. */
  strong: boolean;
}

interface Line {
  block: PageBlock;
  text: string;
}

interface Found {
  line: number;
  url: string;
  alone: boolean;
}

export function readBareAddresses(page: PageData, identity: PageIdentity, skip?: ReadonlySet<number>): BareAddress[] {
  const lines = bodyLines(page);
  const found: Found[] = [];
  /** Every other site's address written, article or not: many make a reference list or a roundup. */
  const written = new Set<string>();
  for (let i = 0; i < lines.length && found.length < MAX_FOUND; i++) {
    const text = lines[i]?.text ?? '';
    if (!text.includes('/') && !/www\./iu.test(text)) continue;
    for (const a of writtenAddresses(text)) {
      if (found.length >= MAX_FOUND) break;
      const rest = `${text.slice(0, a.start)}${text.slice(a.end)}`;
      const cut = joinCut(a.url, a.raw, text.slice(a.end).trim(), lines[i + 1]?.text);
      const alone = DECORATION.test(rest) || cut.fragment;
      const url = cut.url;
      if (!offSite(page, identity, url)) continue;
      written.add(url.toLowerCase());
      if (articleAddress(url)) found.push({ line: i, url, alone });
    }
  }
  if (!found.length || written.size > MAX_DISTINCT) return [];
  const out: BareAddress[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    const line = lines[f.line];
    if (!line || (skip?.has(line.block.index) ?? false)) continue;
    const key = f.url.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const place = edgeOf(lines, f.line);
    const strong = f.alone && place !== 'middle' && copiedBeside(lines, f.line, place);
    out.push({
      block: line.block,
      claim: { value: f.url, type: 'url', via: 'source-line' },
      quote: line.text.slice(0, 300),
      place,
      strong,
    });
  }
  return out.sort((a, b) => Number(b.strong) - Number(a.strong)).slice(0, MAX_CANDIDATES);
}

/** The lines of the article's text: its main column's blocks, outside regions, figures, tables and headings. */
function bodyLines(page: PageData): Line[] {
  const from = page.main?.start ?? 0;
  const to = page.main?.end ?? page.blocks.length - 1;
  const out: Line[] = [];
  let blocks = 0;
  for (let i = Math.max(0, from); i <= to && blocks < MAX_BLOCKS && out.length < MAX_LINES; i++) {
    const b = page.blocks[i];
    if (!b || b.hidden || b.region || b.inFigure || b.inTable || b.nearMedia || /^h[1-6]$/u.test(b.tag)) continue;
    blocks++;
    for (const raw of b.text.normalize('NFC').split('\n')) {
      const text = raw.trim();
      if (text) out.push({ block: b, text });
      if (out.length >= MAX_LINES) break;
    }
  }
  return out;
}

/**
 * An address the forum's wrapping cut: a short run of letters and digits after a space that ends the line, or the
 * next line when the address ends where no address ends (a hyphen, "=", "?", "&", "/"-less slug cut mid-word is
 * not guessed). The joined address is tried; a wrong join only fails its fetch.
 */
function joinCut(
  url: string,
  raw: string,
  after: string,
  next: string | undefined,
): { url: string; fragment: boolean } {
  if (after && CUT_FRAGMENT.test(after) && /[A-Za-z0-9]{12,}$/u.test(raw)) return { url: url + after, fragment: true };
  if (
    !after &&
    next &&
    /[-=?&_]$/u.test(raw) &&
    CUT_FRAGMENT_NEXT_LINE.test(next) &&
    !/^(?:https?:|www\.)/iu.test(next)
  )
    return { url: url + next, fragment: false };
  return { url, fragment: false };
}

function offSite(page: PageData, identity: PageIdentity, url: string): boolean {
  const site = siteOfUrl(url);
  if (!site || site === page.site || sameOrganisation(site, page.site)) return false;
  return !isSelf(identity, url);
}

/** Whether the line opens or closes the article's text, past a few short lines. */
function edgeOf(lines: readonly Line[], i: number): BareAddress['place'] {
  const shortRun = (from: number, to: number): boolean => {
    if (to - from > MAX_EDGE_LINES) return false;
    for (let k = from; k < to; k++) if ((lines[k]?.text.length ?? 0) > MAX_EDGE_CHARS) return false;
    return true;
  };
  if (shortRun(i + 1, lines.length)) return 'end';
  if (shortRun(0, i)) return 'top';
  return 'middle';
}

/** An article's worth of text on the side the address credits: before a closing address, after an opening one. */
function copiedBeside(lines: readonly Line[], i: number, place: 'top' | 'end'): boolean {
  const side = place === 'end' ? lines.slice(0, i) : lines.slice(i + 1);
  let weight = 0;
  for (const l of side) {
    if (writtenAddresses(l.text).length && l.text.length < 200) continue;
    weight += l.text.length + (l.text.match(WIDE)?.length ?? 0);
    if (weight >= MIN_COPIED) return true;
  }
  return false;
}
