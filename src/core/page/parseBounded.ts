import type { HtmlParser } from '../ports.ts';
import { measureDocument, measureMarkup, overLimits, PAGE_LIMITS, TooComplexError } from './pageComplexity.ts';

/**
 * Parses a page only when it is within PAGE_LIMITS: the markup is measured before the parser sees it (the parser's
 * own cost is what a hostile page attacks first), and what the parser built is measured again (a parser may nest
 * differently than the markup suggests). Throws TooComplexError past either.
 */
export function parseBounded(parse: HtmlParser, html: string, url: string): Document {
  const before = overLimits(measureMarkup(html, PAGE_LIMITS.maxElements), PAGE_LIMITS);
  if (before) throw new TooComplexError(`the page has ${before}`, url);
  const doc = parse(html, url);
  const root = doc.documentElement;
  const after = root ? overLimits(measureDocument(root, PAGE_LIMITS), PAGE_LIMITS) : null;
  if (after) throw new TooComplexError(`the page has ${after}`, url);
  return doc;
}
