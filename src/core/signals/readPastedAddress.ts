/**
 * A pasted article carrying its address: a forum or blog post whose text is another site's article, pasted whole,
 * with the article's address alone on the post's first line (where the poster copied it from) or its last (where
 * they close the paste). A text capture keeps the post as one block of lines, so the address is a line of that
 * block, not a block of its own (that case is edgeOutletLine's).
 *
 * What tells a paste from a post sharing a link for discussion is the text around the address: a comment with a link
 * is a line or two ("So odd… I just came across this article. <URL>"), a paste is an article's worth of text. So the
 * rest of the block must be long and made of several lines, and the address must lead to an article of another site
 * (a homepage is a recommendation or a data source). Mid-article, an address is a cited fact; beside a picture or in
 * a table it credits the picture or the data: both are refused. No word is read, so every language is read the same.
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData } from '../page/readPage.ts';
import { isArticleUrl, lineLength, offSiteUrl } from './offSiteLinks.ts';
import { placeOf, type Place } from './sourceLinePlace.ts';

/** An article's worth of pasted text besides the address, in characters (URLs counted as one word). */
const MIN_PASTE_CHARS = 400;
/** Lines of pasted text besides the address: a paste keeps the article's line or paragraph breaks. */
const MIN_PASTE_LINES = 3;
/** Longer lines are not an address alone: hostile pages are not scanned further. */
const MAX_ADDRESS_LINE = 700;
/** Blocks read per page: a thread of many posts is bounded. */
const MAX_BLOCKS = 200;
/** Short lines before the opening address (or after the closing one) that a share widget or a date leaves. */
const MAX_LEADING_LINES = 2;
const MAX_LEADING_CHARS = 24;
const ADDRESS_LINE = /^https?:\/\/[^\s<>"'，。、]{3,690}$/iu;

export interface PastedAddress {
  block: PageBlock;
  claim: Claim;
  /** The address line as written. */
  quote: string;
  /** `top`: the address opens the paste; `end`: it closes it. */
  place: Place;
}

/** The addresses that open or close a pasted article in the page's blocks at the article's edges. */
export function readPastedAddresses(page: PageData): PastedAddress[] {
  const out: PastedAddress[] = [];
  let read = 0;
  for (const b of page.blocks) {
    if (read >= MAX_BLOCKS) break;
    if (b.hidden || b.region || b.inFigure || b.inTable || b.nearMedia || /^h[1-6]$/u.test(b.tag)) continue;
    if (!b.text.includes('\n') || b.text.length < MIN_PASTE_CHARS) continue;
    read++;
    // An address line is written out: a block with no "://" has none (counted all the same, so the bound holds).
    if (!b.text.includes('://')) continue;
    const place = placeOf(page, b);
    if (place === 'middle') continue;
    const found = edgeAddress(page, b);
    if (found) out.push(found);
  }
  return out;
}

function edgeAddress(page: PageData, b: PageBlock): PastedAddress | null {
  const lines = b.text.normalize('NFC').split('\n');
  const at = (i: number) => (lines[i] ?? '').trim();
  // The first and last non-empty lines, past at most a couple of short widget or date lines ("Tweet |", a date).
  const edge = (from: number, step: 1 | -1): number => {
    let i = from;
    let skipped = 0;
    while (i >= 0 && i < lines.length) {
      const line = at(i);
      if (line && (ADDRESS_LINE.test(line) || line.length > MAX_LEADING_CHARS || skipped >= MAX_LEADING_LINES))
        return i;
      if (line) skipped++;
      i += step;
    }
    return -1;
  };
  for (const [i, place] of [
    [edge(0, 1), 'top'],
    [edge(lines.length - 1, -1), 'end'],
  ] as const) {
    const line = at(i);
    if (i < 0 || line.length > MAX_ADDRESS_LINE || !ADDRESS_LINE.test(line)) continue;
    const url = offSiteUrl(page, line);
    const rest = place === 'top' ? lines.slice(i + 1) : lines.slice(0, i);
    if (!url || !isArticleUrl(url) || !pasted(rest)) continue;
    return { block: b, claim: { value: url, type: 'url', via: 'source-line' }, quote: line, place };
  }
  return null;
}

/** The rest of the block is an article's worth of text over several lines, not a list of links. */
function pasted(rest: readonly string[]): boolean {
  const lines = rest.filter((l) => l.trim() && !ADDRESS_LINE.test(l.trim()));
  return lines.length >= MIN_PASTE_LINES && lineLength(lines.join('\n')).chars >= MIN_PASTE_CHARS;
}
