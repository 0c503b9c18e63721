/**
 * A visible credit line naming where the article came from: "Nguồn thông tin : https://….html.", "Theo Báo An
 * Giang", "Source: <a>Publisher</a>", "来源：…", "Read more at <a>…</a>", "This story was originally published by…".
 * Told apart from data and photo credits, which are not republication: a line inside or right next to a figure,
 * chart or table, a label with a media/data word ("Data source:", "Nguồn ảnh:"), or a named statistics office,
 * bank or ministry ("Source: Eurostat", "Nguồn: Tổng cục Thống kê"). A bare name (no link, no URL) must also sit
 * at the top or the end of the article, where scrapers put it.
 *
 * The parts: sourceLinePatterns (the regexes built from the label table), readSourceLine (one block),
 * readSourceClaim (what a line names), acceptSourceClaim (the context rules), sourceLinePlace (top, end, middle).
 * Lines no phrase of the tables reads are then read by their shape (readSourceShape): such a line is evidence too
 * weak to make a page suspected on its own, but its claim is tried, and a copy it leads to is verified by its text.
 * This file ranks what was found and turns it into signals and claims.
 */
import type { Claim, Signal } from '../report.ts';
import type { PageData } from '../page/readPage.ts';
import { linksByBlock } from '../page/linksByBlock.ts';
import { SUSPECT_STRENGTH } from '../decideVerdict.ts';
import type { DetectorContext } from './pageDetector.ts';
import { readSourceLine, type FoundSourceLine } from './readSourceLine.ts';
import { readItemCredits } from './readItemCredits.ts';
import { readSourceShape } from './readSourceShape.ts';
import { placeOf } from './sourceLinePlace.ts';
import { findReadMore } from './findReadMore.ts';
import { readOriginNotes } from './readOriginNote.ts';
import { readLeadCredits } from './readLeadCredit.ts';
import { readPastedAddresses } from './readPastedAddress.ts';
import { readBareOutletLines } from './readBareOutletLine.ts';
import { readBareAddresses } from './readBareAddresses.ts';
import { scoreSourceShapes } from './scoreSourceShape.ts';

const MAX_LINE = 400;
const MAX_SIGNALS = 3;
/** A line read by its shape alone: its claim is tried, but it does not make the page suspected by itself. */
export const SHAPE_STRENGTH = SUSPECT_STRENGTH - 0.05;
/** A line headed by a label that the fitted shape model (scoreSourceShape) reads as a source line. */
export const SCORED_STRENGTH = SUSPECT_STRENGTH + 0.05;
/** Blocks read by shape per page: credits sit at the article's edges, and each read is short but not free. */
const MAX_SHAPE_READS = 400;

export interface SourceLineResult {
  signals: Signal[];
  claims: Claim[];
}

export function detectSourceLine(page: PageData, context?: DetectorContext): SourceLineResult {
  const found: FoundSourceLine[] = [];
  const linksOf = context ? linksByBlock(page) : null;
  const shaped: FoundSourceLine[] = [];
  let shapeReads = 0;
  for (const b of page.blocks) {
    if (b.hidden || b.region || b.inFigure) continue;
    // A table cell may be a data credit: only its strong claims count (readItemCredits), as for long blocks.
    const whole = !b.inTable && lineLength(b.text) <= MAX_LINE;
    const f = whole ? readSourceLine(page, b) : null;
    if (f) {
      found.push(f);
      continue;
    }
    const items = readItemCredits(page, b);
    found.push(...items);
    if (items.length || !context || !linksOf || shapeReads >= MAX_SHAPE_READS) continue;
    shapeReads++;
    const shape = readSourceShape(page, b, context.identity, linksOf.get(b.index) ?? []);
    if (shape) shaped.push(shape);
  }
  // "@ published the following article", "republished with permission from @": a note anywhere in a paragraph.
  for (const n of readOriginNotes(page)) {
    if (found.some((f) => f.block === n.block && f.claim)) continue;
    found.push({
      block: n.block,
      claim: n.claim,
      how: 'origin',
      label: n.quote,
      place: placeOf(page, n.block),
      quote: n.quote,
    });
  }
  // A forum or blog post pasting another site's article with its address alone on the first or last line.
  for (const a of readPastedAddresses(page)) {
    if (found.some((f) => f.block === a.block && f.claim)) continue;
    found.push({ block: a.block, claim: a.claim, how: 'address', label: a.quote, place: a.place, quote: a.quote });
  }
  // An outlet the directory knows on a line of its own heading or closing the text, no label ("MWANANCHI", "Own/Outlet").
  for (const o of context ? readBareOutletLines(page, context.identity) : []) {
    if (found.some((f) => f.claim && (f.block === o.block || f.claim.value === o.claim.value))) continue;
    found.push({ block: o.block, claim: o.claim, how: 'end-credit', label: o.quote, place: o.place, quote: o.quote });
  }
  // Another site's article address written out anywhere in the text: strong alone at the text's edge beside the
  // copied text, else a candidate only (tried after the lines read by their shape).
  const bare = context ? readBareAddresses(page, context.identity, claimedBlocks(found)) : [];
  for (const a of bare)
    if (a.strong)
      found.push({ block: a.block, claim: a.claim, how: 'address', label: a.quote, place: a.place, quote: a.quote });
  // "…, reports SVT.", "according to Reuters", "told DW": an outlet credited inside a sentence, where rewrites credit
  // (readLeadCredit decides: the lead, or closing the text). A credit elsewhere is how commentary cites: no claim.
  const credited = found.filter((f) => f.claim).map((f) => f.block);
  for (const c of readLeadCredits(page, context?.identity)) {
    if (!c.strong || credited.includes(c.block)) continue;
    found.push({
      block: c.block,
      claim: c.claim,
      how: 'credit',
      label: c.quote,
      place: c.place === 'lead' ? 'top' : c.place === 'end' ? 'end' : 'middle',
      quote: c.quote,
    });
  }
  // A read-more line is the read-more detector's evidence (found once per page, cached): not read again as a shape.
  const scored = new Set<FoundSourceLine>();
  const strong = new Set<FoundSourceLine>();
  if (context && linksOf) {
    const read = new Set(found.map((f) => f.block.index));
    const readMore = new Set(findReadMore(page).map((f) => f.block.index));
    const skip = (b: PageData['blocks'][number]) => read.has(b.index) || readMore.has(b.index);
    for (const line of scoreSourceShapes(page, context.identity, linksOf, skip)) {
      const f: FoundSourceLine = {
        block: line.block,
        claim: line.claim,
        how: 'shape',
        label: line.head,
        place: placeOf(page, line.block),
        quote: line.line,
      };
      scored.add(f);
      if (line.strong) strong.add(f);
      found.push(f);
    }
  }
  if (shaped.length) {
    const readMore = new Set(findReadMore(page).map((f) => f.block.index));
    const claimed = new Set([...scored].map((f) => f.claim?.value));
    found.push(...shaped.filter((f) => !readMore.has(f.block.index) && !claimed.has(f.claim?.value)));
  }
  const claimedUrls = new Set(found.map((f) => f.claim?.value));
  found.push(
    ...bare
      .filter((a) => !a.strong && !claimedUrls.has(a.claim.value))
      .map(
        (a): FoundSourceLine => ({
          block: a.block,
          claim: a.claim,
          how: 'shape',
          label: a.quote,
          place: a.place,
          quote: a.quote,
        }),
      ),
  );
  // URL claims before names; within each, the end of the article (where scrapers put them) first; lines read by
  // their shape alone after those the tables read.
  const rank = (f: FoundSourceLine): number =>
    (f.how === 'shape' ? (scored.has(f) ? 6 : 12) : f.how === 'credit' ? 1 : 0) +
    (f.claim?.type === 'url' ? 0 : f.claim ? 2 : 4) +
    (f.place === 'end' || f.place === 'top' ? 0 : 1);
  found.sort((a, b) => rank(a) - rank(b) || b.block.index - a.block.index);
  const signals: Signal[] = [];
  const claims: Claim[] = [];
  for (const f of found.slice(0, MAX_SIGNALS)) {
    const s: Signal = {
      kind: 'source-line',
      quote: (f.quote ?? f.block.text).slice(0, 300),
      where: describe(f),
      strength: strong.has(f)
        ? SCORED_STRENGTH
        : f.how === 'shape'
          ? SHAPE_STRENGTH
          : f.claim?.type === 'url'
            ? 0.7
            : 0.6,
    };
    s.place = f.place === 'top' ? 'article-top' : f.place === 'end' ? 'article-end' : 'text';
    if (f.claim) {
      s.target = f.claim.value;
      if (!claims.some((c) => c.value === f.claim?.value)) claims.push(f.claim);
    }
    signals.push(s);
  }
  return { signals, claims };
}

/** Blocks whose credit has been read already: not read again for a written address. */
function claimedBlocks(found: readonly FoundSourceLine[]): Set<number> {
  return new Set(found.filter((f) => f.claim).map((f) => f.block.index));
}

/** A line's length with each URL counted as one word: percent-encoded CJK or Vietnamese slugs make long credits. */
function lineLength(text: string): number {
  if (text.length <= MAX_LINE) return text.length;
  return text.replace(/(?:https?:\/\/|www\.)[^\s<>"']{1,4000}/giu, 'URL').length;
}

function describe(f: FoundSourceLine): string {
  const wrap = [f.block.tag, ...f.block.wrappers].join(' > ');
  const align = f.block.align === 'right' ? ', right-aligned' : '';
  const place = f.place === 'top' ? 'top of the article' : f.place === 'end' ? 'end of the article' : 'in the article';
  const shape =
    f.how === 'shape'
      ? ', read by its shape'
      : f.how === 'credit'
        ? ', credited in a sentence'
        : f.how === 'address'
          ? ', the address of a pasted article'
          : '';
  return `${place}, ${wrap}${align}${shape} ("${f.label}")`;
}
