/**
 * Credits inside a block that the whole-block reading skips or refuses: each line of a block (a plain-text capture keeps
 * an archive's items as lines, each ending in its own "Fuente: …" or "– BERNAMA"), a table cell (old layouts put
 * the article in tables), and an agency signed at the end of a paragraph with no label. A line in the middle of
 * the page is an item's edge only when its claim is strong: a link or URL to another site, a publisher the
 * directory knows, or a name dated like a clipping. Data and picture credits are still refused by acceptSourceClaim.
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData } from '../page/readPage.ts';
import { CAPTION_CLASS } from '../data/citationContexts.ts';
import { hostOf, siteOf } from '../page/sites.ts';
import { acceptSourceClaim } from './acceptSourceClaim.ts';
import { nameWithoutDate } from './nameWithoutDate.ts';
import { namedOutlet } from './namedOutlet.ts';
import { readEndCredit } from './readEndCredit.ts';
import { readSourceLine, type FoundSourceLine } from './readSourceLine.ts';
import { placeOf } from './sourceLinePlace.ts';

const MAX_LINES = 80;
const MAX_CREDIT_LINE = 220;
const MAX_FOUND = 6;

export function readItemCredits(page: PageData, b: PageBlock): FoundSourceLine[] {
  if (CAPTION_CLASS.test(b.className) || (b.nearMedia && b.mediaBefore)) return [];
  const found: FoundSourceLine[] = [];
  const blockPlace = placeOf(page, b);
  const lines = b.text.normalize('NFC').split('\n', MAX_LINES);
  for (const raw of lines) {
    if (found.length >= MAX_FOUND) break;
    const line = raw.trim();
    if (!line) continue;
    // A short line, read as a credit line of its own at its item's edge (the whole block was not one).
    if (line.length <= MAX_CREDIT_LINE) {
      const f = readSourceLine(page, { ...b, text: line }, 'end');
      if (f?.claim && strong(page, b, f.claim, line)) {
        found.push({ ...f, place: blockPlace === 'top' ? 'top' : 'end', quote: line });
        continue;
      }
    }
    const credit = readEndCredit(line);
    if (!credit) continue;
    const claim: Claim = { value: credit.written, type: 'name', via: 'source-line' };
    if (!acceptSourceClaim(page, b, claim, { rest: credit.written, place: 'end', caption: false, credit: false }))
      continue;
    found.push({
      block: b,
      claim,
      how: 'end-credit',
      label: credit.how,
      place: blockPlace === 'top' ? 'top' : 'end',
      quote: line,
    });
  }
  return found;
}

/**
 * A claim that stands without the block's place: another site's URL, a known publisher, a dated name. A name
 * linked to the site's own pages ("Zdroj: <a href=/autori/ctk>ČTK</a>" in a box about another of its stories) is
 * the site's own author page, not a source.
 */
function strong(page: PageData, b: PageBlock, claim: Claim, line: string): boolean {
  if (claim.type !== 'name') return true;
  if (b.linkHrefs.some((href) => siteOf(hostOf(href)) === page.site)) return false;
  return namedOutlet(claim.value) !== null || nameWithoutDate(line).dated;
}
