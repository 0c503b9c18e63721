/**
 * The outlet an excerpt is credited to above its bare read-more line. Aggregators and feed-fed blogs head each item
 * with its outlet ("The Guardian: “<headline>”", "<headline> | Outlet", a masthead line "Outlet | Section", a host
 * "outlet.example") and close it with a read-more line that names nothing ("Continue reading", "Читать полностью…",
 * "Devamı"): the link that named the outlet is gone in a text capture, the credit above is what is left.
 *
 * Only lines that are a credit by themselves count: an outlet the directory knows or a host, alone or as one part of
 * a line cut at a colon, a bar or a spaced dash ("Outlet: headline", "headline - Outlet"). A name inside running
 * text ("… as el país grows …") is never read. So is an item's dated credit ("Outlet - <date>") the page's items
 * bear out. The page's own brand is dropped later by the scan (page identity).
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData } from '../page/readPage.ts';
import { hostOf } from '../url/hostOf.ts';
import { sameOrganisation } from '../url/sameOrganisation.ts';
import { siteOf } from '../url/siteOf.ts';
import { itemOutlet } from './findOutletItems.ts';
import { namedOutlet } from './namedOutlet.ts';
import { HOST_TEXT_RE } from './sourceLinePatterns.ts';

/** Lines read upwards from the read-more line: an item's heading, credit and one to three paragraphs. */
const MAX_LINES = 12;
/** A credit line is short; a paragraph is not a credit. A headline headed by its outlet may run longer. */
const MAX_CREDIT = 100;
const MAX_HEADLINE = 220;
/** A masthead's parts ("BBC News | World service"): short names, no digits. */
const MAX_MASTHEAD = 50;
const MAX_MASTHEAD_WORDS = 3;
const MAX_PARTS = 4;

// "Outlet: headline", "headline | Outlet", "Outlet – Section": a colon, bar or bullet, or a dash between spaces.
const PART_SPLIT = /\s*[:：|｜•·]\s+|\s+[|｜]\s*|\s[-–—]\s/u;

export function creditAbove(page: PageData, b: PageBlock, before: string): Claim | null {
  let seen = 0;
  for (const line of linesAbove(page, b, before)) {
    if (++seen > MAX_LINES) break;
    // An aggregator's dated credit ("Outlet - <date>", "outlet.example, <date> <time>") counts where the page's
    // items bear it out (findOutletItems.ts): a host, a known name, or one repeated over items unlike a byline.
    const claim = creditOf(page, line) ?? itemOutlet(page, line);
    if (claim) return claim;
  }
  return null;
}

/** The lines above the read-more line, nearest first: the block's own, then the blocks above, up to a heading. */
function* linesAbove(page: PageData, b: PageBlock, before: string): Generator<string> {
  yield* reversedLines(before);
  for (let i = b.index - 1; i >= 0; i--) {
    const p = page.blocks[i];
    if (!p || p.hidden || p.region || p.inFigure) continue;
    yield* reversedLines(p.text);
    // An item's heading is where its credit ends at the latest.
    if (/^h[1-6]$/u.test(p.tag)) return;
  }
}

function* reversedLines(text: string): Generator<string> {
  const lines = text.normalize('NFC').split('\n');
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = (lines[i] ?? '').replace(/\s+/gu, ' ').trim();
    if (line) yield line;
  }
}

/** A line that is an outlet's credit: the outlet, or one part of it, named by the tables or written as a host. */
export function creditOf(page: PageData, line: string): Claim | null {
  if (line.length > MAX_HEADLINE) return null;
  const whole = line.length <= MAX_CREDIT ? outletIn(page, line) : null;
  if (whole) return whole;
  const parts = line.split(PART_SPLIT, MAX_PARTS + 1).map((p) => p.trim());
  if (parts.length < 2 || parts.length > MAX_PARTS) return null;
  // The outlet heads the line ("Outlet: headline") or ends it ("headline | Outlet"), never sits inside it.
  for (const part of [parts[0] ?? '', parts[parts.length - 1] ?? '']) {
    const claim = outletIn(page, part);
    if (!claim) continue;
    // A masthead ("Outlet | Section") is credited as written: every part a short name.
    return masthead(line, parts) ? { ...claim, value: line, type: 'name' } : claim;
  }
  return null;
}

function outletIn(page: PageData, text: string): Claim | null {
  const t = text.replace(/^["'“”‘’«»„]+|["'“”‘’«»]+$/gu, '').trim();
  if (!t) return null;
  if (HOST_TEXT_RE.test(t) && !t.includes('/')) {
    const site = siteOf(hostOf(`https://${t}`));
    if (!site || site === page.site || (page.site !== null && sameOrganisation(site, page.site))) return null;
    return { value: t.toLowerCase(), type: 'host', via: 'source-line' };
  }
  // A name the tables know, written as a name (a capital or a script without case), not an ordinary word.
  if (/^\p{Ll}/u.test(t)) return null;
  const outlet = namedOutlet(t);
  return outlet ? { value: outlet.written, type: 'name', via: 'source-line' } : null;
}

/** "Outlet | Section": short capitalised names joined by bars, no quotes or digits (a headline has more words). */
function masthead(line: string, parts: string[]): boolean {
  return (
    line.length <= MAX_MASTHEAD &&
    /[|｜]/u.test(line) &&
    !/[:：\-–—"“”«»„\p{N}]/u.test(line) &&
    parts.every((p) => p.length > 0 && p.split(/\s+/u).length <= MAX_MASTHEAD_WORDS && !/^\p{Ll}/u.test(p))
  );
}
