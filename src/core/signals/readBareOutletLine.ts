/**
 * An outlet named with no label, on a line of its own right above the text it heads or right below the text it
 * closes, the way blogs, readers' apps and portals mark whose text they carry: a running head "MWANANCHI" or
 * "Column\nOutlet" over the copied story, the page's own name paired with the outlet ("Site/Outlet",
 * "Outlet | Site"), initials and the outlet closing the text ("AB; outlet.example"), or the poster's few words before
 * the name ("aus Outlet", "via Outlet:"). No word of any language is read: what makes such a line evidence is its
 * place (the first lines of the article's first blocks, over running text; the last line of its last, under it),
 * its build (one outlet the publisher directory knows, by name or by host, and besides it only the page's own name,
 * initials or a short title of a column) and what it is not: the page itself (identity), a picture library or data
 * provider, a link (a tag, a related story), a line in a credits or caption box, beside a picture or in a table, a
 * line naming two outlets (a menu, a list) or a date (a byline, a clipping: other readers'). A bare name heading the
 * text must not come back in it: a page about an outlet names it again, a credit does not.
 *
 * Linear: at most MAX_BLOCKS blocks at each edge, MAX_EDGE_LINES lines of each, each line capped at MAX_LINE
 * characters and split once on one separator class into at most MAX_PARTS parts, each looked up whole.
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData } from '../page/readPage.ts';
import { isSelf, type PageIdentity } from '../page/pageIdentity.ts';
import { DATA_PROVIDER_NAME, MEDIA_OR_DATA_LABEL, PICTURE_SOURCE_NAME } from '../data/citationContexts.ts';
import { ALL_PUBLISHERS } from '../data/publishers/allPublishers.ts';
import { hostOf } from '../url/hostOf.ts';
import { siteOf } from '../url/siteOf.ts';
import { nameWithoutDate } from './nameWithoutDate.ts';
import { namedOutlet } from './namedOutlet.ts';
import { agencyNamed } from '../data/agencies.ts';

/** Blocks read at the article's top: a heading's block and the one or two under it. */
const MAX_BLOCKS = 3;
/** Lines of a block that may head it (a title line may stand above the outlet's). */
const MAX_EDGE_LINES = 2;
const MAX_LINE = 60;
const MAX_PARTS = 3;
/** Running text under a heading or above a closing line: a story's worth, with a sentence's stop. */
const MIN_TEXT = 150;
/** The story's last paragraph line, above a closing credit. */
const MIN_PARAGRAPH = 80;
/** Page furniture after a closing credit ("Comments", "See also"): a line or two of a few words. */
const MAX_FURNITURE = 2;
const MAX_FURNITURE_LINE = 30;
/** Lines of a block read: a capture keeps a whole story as one block of lines. */
const MAX_BLOCK_LINES = 400;
/** Characters of each block searched for the name again. */
const MAX_SEARCHED = 20_000;
/** Words the poster may write before the name ("via", "aus der"): lower-case, short, at most two. */
const LEAD_WORDS = /^((?:\p{Ll}{1,6}\s){1,2})(\p{Lu}.*?)[:：]?$/u;
/** What joins a pair on one line: a slash, a bar, a semicolon (spaced or not), a spaced dash. */
const JOINER = /\s*[/|｜;；]\s*|\s+[-–—]\s+/u;
/** A short column or section title beside the outlet: a few words, no digits, no sentence. */
const MAX_TITLE_WORDS = 3;
/** Letters of the page's own short name at its host's start. */
const MIN_OWN_PREFIX = 5;
/** A pair joined by a slash or a semicolon. */
const SLASHED = /[/;；]/u;
const INITIALS = /^(?:\p{Lu}\.?){1,4}$/u;
const SENTENCE_STOP = /[.!?…。！？।۔"”»)]\s*$/u;
/** A box whose class says it holds credits, authors, captions or tags. */
const CREDIT_BOX = /credit|author|byline|caption|photo|copyright|(?:^|[\s_-])(?:tags?|meta)(?:$|[\s_-])/iu;

export interface BareOutletLine {
  block: PageBlock;
  claim: Claim;
  /** The line as written. */
  quote: string;
  place: 'top' | 'end';
}

/** The outlet lines heading the article's text or closing it. */
export function readBareOutletLines(page: PageData, identity: PageIdentity): BareOutletLine[] {
  const blocks = page.blocks.filter(usable);
  if (!blocks.length) return [];
  const out: BareOutletLine[] = [];
  const top = edgeLines(blocks.slice(0, 2 * MAX_BLOCKS));
  for (const [i, { block, line, at }] of top.entries()) {
    if (block.index > (blocks[MAX_BLOCKS - 1]?.index ?? Number.POSITIVE_INFINITY)) break;
    // Once the story has begun, a name on its own line credits what is in it (a picture, a quote), heads nothing.
    if (i > 0 && storyLine(top[i - 1]?.line ?? '')) break;
    if (at >= MAX_EDGE_LINES) continue;
    // Under a sentence ("The harbour at dawn.\nAgency") the name credits a caption; over a date, it is a byline.
    if (at > 0 && SENTENCE_STOP.test(top[i - 1]?.line ?? '')) continue;
    if (nameWithoutDate(top[i + 1]?.line.slice(0, MAX_LINE) ?? '').dated) continue;
    // What follows the line: the next lines, a subheading's line perhaps among them.
    const below = top
      .slice(i + 1, i + 4)
      .map((x) => x.line)
      .join('\n');
    if (!runningText(below)) continue;
    const claim = outletLine(page, identity, block, line, 'top', titleLine(top[i + 1]?.line ?? ''));
    if (claim) {
      out.push({ block, claim, quote: line, place: 'top' });
      return out;
    }
  }
  // At the end: the line right under the story's last paragraph, short page furniture after it at most.
  const end = edgeLines(blocks.slice(-2 * MAX_BLOCKS));
  const k = end.findLastIndex((x) => x.line.length >= MIN_PARAGRAPH && SENTENCE_STOP.test(x.line));
  const next = end[k + 1];
  const furniture = end.slice(k + 2);
  if (k < 0 || !next || furniture.length > MAX_FURNITURE || furniture.some((x) => x.line.length > MAX_FURNITURE_LINE))
    return out;
  const above = end
    .slice(Math.max(0, k - 3), k + 1)
    .map((x) => x.line)
    .join('\n');
  const claim = runningText(above) ? outletLine(page, identity, next.block, next.line, 'end') : null;
  if (claim) out.push({ block: next.block, claim, quote: next.line, place: 'end' });
  return out;
}

/** The lines of some blocks, each with its block and its place in it (bounded: MAX_BLOCK_LINES a block). */
function edgeLines(blocks: readonly PageBlock[]): { block: PageBlock; line: string; at: number }[] {
  return blocks.flatMap((block) => linesOf(block).map((line, at) => ({ block, line, at })));
}

function usable(b: PageBlock): boolean {
  if (b.hidden || b.region || b.inFigure || b.inTable || b.nearMedia) return false;
  return !CREDIT_BOX.test(`${b.className} ${b.wrappers.join(' ')}`);
}

function linesOf(b: PageBlock): string[] {
  return b.text
    .normalize('NFC')
    .split('\n', MAX_BLOCK_LINES)
    .map((l) => l.trim())
    .filter(Boolean);
}

/** A paragraph's line of running text: long and ending a sentence. */
function storyLine(line: string): boolean {
  return line.length >= MIN_PARAGRAPH && SENTENCE_STOP.test(line);
}

/** A headline's line: short, no sentence's stop. */
function titleLine(line: string): boolean {
  return line.length > 0 && line.length < MIN_PARAGRAPH && !SENTENCE_STOP.test(line);
}

/** A story's text: long enough, ending a sentence somewhere. */
function runningText(text: string): boolean {
  const t = text.trim();
  return t.length >= MIN_TEXT && /[.!?。！？।۔]\s/u.test(`${t} `);
}

/** The outlet a line names in one of the shapes, as a claim, or null. */
function outletLine(
  page: PageData,
  identity: PageIdentity,
  b: PageBlock,
  raw: string,
  place: 'top' | 'end',
  overTitle = false,
): Claim | null {
  const line = raw.replace(/\s+/gu, ' ').trim();
  if (line.length < 2 || line.length > MAX_LINE || MEDIA_OR_DATA_LABEL.test(line)) return null;
  if (/[©℗@]|\(c\)|https?:/iu.test(line) || nameWithoutDate(line).dated) return null;
  // A line holding a link's text is a tag or a related story ("<a>Headline</a> – Outlet"), not a credit.
  if (page.links.some((k) => !k.hidden && k.text.trim().length >= 2 && line.includes(k.text.trim()))) return null;
  const lead = LEAD_WORDS.exec(line);
  const parts = line
    .split(JOINER, MAX_PARTS + 1)
    .map((p) => p.trim())
    .filter(Boolean);
  let name: string | null = null;
  if (parts.length === 1) {
    // An agency alone over a headline credits the thumbnail of a list's item, not the text (a masthead may).
    const alone = known(line, identity, true, overTitle);
    // Alone, the name heads what follows and is not what the page is about.
    if (alone && place === 'top' && !namedElsewhere(page, b, alone, line)) name = alone;
    else if (!alone && lead && place === 'top') name = known((lead[2] ?? '').trim(), identity, true);
  } else if (parts.length <= MAX_PARTS) {
    const outlets = parts.map((p) => known(p, identity));
    const at = outlets.findIndex((o) => o !== null);
    if (at >= 0 && outlets.filter((o) => o !== null).length === 1)
      if (parts.every((p, i) => i === at || beside(p, identity, SLASHED.test(line)))) name = parts[at] ?? null;
  }
  return name ? { value: name, type: 'name', via: 'source-line' } : null;
}

/**
 * What may stand beside the outlet on its line: the page's own name, initials, or, across a dash or a bar, a column's
 * or section's short title. Across a slash a name is a person's ("Agency/Jane Roe" credits a picture).
 */
function beside(part: string, identity: PageIdentity, slashed: boolean): boolean {
  if (isSelf(identity, part) || INITIALS.test(part) || startsHost(part, identity)) return true;
  if (slashed) return false;
  const words = part.split(' ');
  return (
    words.length <= MAX_TITLE_WORDS &&
    /^\p{Lu}/u.test(part) &&
    !/[\p{N}.!?,:;]/u.test(part) &&
    !SENTENCE_STOP.test(part)
  );
}

/** A one-word name the page's host starts with ("Impulso" on impulsoexample.mx): the page's own short name. */
function startsHost(part: string, identity: PageIdentity): boolean {
  const word = part.toLowerCase();
  const label = identity.site?.split('.')[0] ?? '';
  return word.length >= MIN_OWN_PREFIX && /^\p{L}+$/u.test(word) && label.startsWith(word);
}

/** The outlet as the page writes it when the directory knows it whole (by name, or a host of its sites). */
function known(text: string, identity: PageIdentity, strict = false, noAgency = false): string | null {
  const t = text.replace(/^[«“"„'‘(]+|[»”"'’)]+$/gu, '').trim();
  if (t.length < 2 || PICTURE_SOURCE_NAME.test(t) || DATA_PROVIDER_NAME.test(t) || isSelf(identity, t)) return null;
  const host = /^(?:[\p{L}\p{N}-]{1,63}\.)+\p{L}{2,24}$/iu.test(t) ? siteOf(hostOf(`https://${t}`)) : null;
  if (host) return knownSites().has(host) ? t : null;
  // "Spiegel-Online" is how a poster writes "Spiegel Online".
  for (const v of [t, t.replace(/-/gu, ' ')]) {
    const outlet = namedOutlet(v);
    if (!outlet || outlet.written !== v || (outlet.origin && isSelf(identity, outlet.origin))) continue;
    // An agency no table lists, read from a word of its name, is no masthead alone ("… news agency turns 90" is a
    // headline); beside the page's own name or initials it is the wire the page credits.
    if (strict && outlet.kind === 'agency' && !outlet.origin && !agencyNamed(v) && outlet.name === v) continue;
    if (noAgency && outlet.kind === 'agency') continue;
    return t;
  }
  return null;
}

let sites: Set<string> | null = null;
/** The registrable domains of the directory's publishers, built on first use (a host-shaped line is rare). */
function knownSites(): Set<string> {
  if (sites) return sites;
  sites = new Set();
  for (const p of ALL_PUBLISHERS) {
    const s = siteOf(hostOf(p.origin));
    if (s) sites.add(s);
  }
  return sites;
}

/** The name comes back in the page's other text: the page is about the outlet (a topic page, commentary). */
function namedElsewhere(page: PageData, b: PageBlock, name: string, line: string): boolean {
  // A short name in capitals is matched as written ("STA" is not Slovenian "sta"); others whatever their case.
  const acronym = name.length <= 5 && name === name.toUpperCase();
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, acronym ? 'u' : 'iu');
  for (const x of page.blocks) {
    if (x.hidden || x.region) continue;
    const text = x === b ? x.text.replace(line, '') : x.text;
    if (word.test(text.slice(0, MAX_SEARCHED))) return true;
  }
  return false;
}
