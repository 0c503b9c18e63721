/**
 * Bylines from the page's markup when metadata and Readability found none: rel=author links, itemprop=author,
 * and elements whose class says byline/author. Short texts only: an "author box" with a biography is not a byline.
 */
const SELECTORS = [
  '[itemprop~="author"] [itemprop~="name"]',
  '[itemprop~="author"]',
  'a[rel~="author"]',
  '.byline',
  '.author-name',
  '.author',
  '[class*="byline"]',
];
const MAX_PER_SELECTOR = 5;
const MAX_CHARS = 120;

export function markupBylines(doc: Document): string[] {
  const out: string[] = [];
  for (const selector of SELECTORS) {
    const els = doc.querySelectorAll(selector);
    for (let i = 0; i < els.length && i < MAX_PER_SELECTOR; i++) {
      const text = (els[i]?.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (text && text.length <= MAX_CHARS && !out.includes(text)) out.push(text);
    }
    if (out.length) return out; // The most specific selector that matched wins: later ones are broader and noisier.
  }
  return out;
}
