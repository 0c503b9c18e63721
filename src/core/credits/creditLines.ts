/**
 * Author credit lines inside the article text, which Readability keeps as paragraphs: a trailing all-caps line of
 * names ("MỸ LINH – TRỌNG TÍN", "JOHN SMITH AND JANE DOE"), a labelled line ("Bài và ảnh: Mỹ Linh", "Text: Anna
 * Berg") at the end, or a "By Jane Doe" line at the start.
 */
import { AUTHOR_LABELS } from '../data/creditLabels.ts';
import { BYLINE_PREFIXES } from '../data/bylinePrefixes.ts';
import { isAllCaps } from './readableCase.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';
import { splitNames } from './splitNames.ts';
import type { NameContext } from './isPersonName.ts';

const LABEL_RE = new RegExp(`^${phraseAlternation(AUTHOR_LABELS)}\\s*[:：]`, 'iu');
const BY_RE = new RegExp(`^${phraseAlternation(BYLINE_PREFIXES)}\\s+\\S`, 'iu');
const MAX_LINE = 90;

export function creditLineAuthors(
  paragraphs: readonly string[],
  context: NameContext & { lang?: string } = {},
): string[] {
  const tail = paragraphs.slice(-5).reverse();
  for (const p of tail) {
    if (p.length > MAX_LINE) continue;
    // A sentence is not a credit line: all-caps lines qualify only without sentence punctuation.
    const capsLine = isAllCaps(p) && !/[.!?…:]\s|[.!?…]$/.test(p);
    if (capsLine || LABEL_RE.test(p)) {
      const { names } = splitNames(p, context);
      if (names.length) return names;
    }
  }
  for (const p of [...paragraphs.slice(0, 3), ...tail]) {
    if (p.length <= MAX_LINE && BY_RE.test(p)) {
      const { names } = splitNames(p, context);
      if (names.length) return names;
    }
  }
  return [];
}
