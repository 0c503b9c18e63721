/**
 * A reference-style citation of the one article a page carries, naming the periodical it ran in: the author, the
 * headline in quotes, then the paper with its date or page ("Roe, Jane. “Ferry pier to close.” Harbour Courier,
 * 3 May 2019, p. A4."), or the author, the date in brackets, the headline as a sentence, then the paper ("Roe, J.
 * (2019, May 3). Ferry pier to close. Harbour Courier, p. A4."). What follows the headline is read as a lead-less
 * clipping line (readDatedPaper), so the paper must read as a periodical there too.
 *
 * A reference list cites many outlets: a page holding more than one block shaped as a citation is commentary or a
 * bibliography, and none of them names the page's source.
 *
 * Linear: the heads are bounded runs of classes that exclude their own closing mark; the rest is one capped line.
 */
import type { PageData } from '../page/readPage.ts';
import { type DatedPaper, readDatedPaperLine } from './readDatedPaper.ts';

const MAX_LINE = 400;
/** Author(s), then a quoted headline: the text after it names the paper. */
export const QUOTED_HEAD = /^[^\n“"«„]{1,120}?[“"«„][^\n”"»“]{2,200}[”"»“][.,]?\s+/u;
/** Author(s), then the date in brackets ("(2019, May 3).", "(2019)."), then the headline as a sentence. */
export const DATED_HEAD = /^[^\n()]{1,120}\(\s*((?:19|20)\d{2}[^()\n]{0,30})\)\.\s+/u;
/** Lines looked at for other citations: a reference list starts well before this. */
const MAX_LINES = 400;

export function readCitation(page: PageData, line: string): DatedPaper | null {
  const text = (line.split('\n')[0] ?? '').slice(0, MAX_LINE);
  const read = afterHead(text);
  if (!read || citations(page) > 1) return null;
  return read;
}

function afterHead(text: string): DatedPaper | null {
  const quoted = QUOTED_HEAD.exec(text);
  if (quoted) return readDatedPaperLine(text.slice(quoted[0].length));
  const dated = DATED_HEAD.exec(text);
  if (!dated) return null;
  // The headline is the first sentence after the date; the paper and its page follow it.
  const rest = text.slice(dated[0].length);
  const stop = rest.search(/[.?!]\s+\S/u);
  if (stop < 0) return null;
  const paper = rest
    .slice(stop + 1)
    .trim()
    .replace(/[.\s]+$/u, '');
  return readDatedPaperLine(`${paper}, ${dated[1]}`);
}

/** How many of the page's blocks are citations naming a periodical (counted up to two: more is a reference list). */
function citations(page: PageData): number {
  let n = 0;
  let lines = 0;
  for (const b of page.blocks) {
    for (const line of b.text.split('\n', MAX_LINES)) {
      const t = line.slice(0, MAX_LINE);
      if ((QUOTED_HEAD.test(t) || DATED_HEAD.test(t)) && afterHead(t) && ++n > 1) return n;
      if (++lines > MAX_LINES) return n;
    }
  }
  return n;
}
