/**
 * A small page is sent whole at once, in place of its digest. On a small page the digest is the page anyway (on the
 * shared corpus the median digest is as long as the median page, ~15 k characters), and when the digest shows
 * anything the background asks for the whole page (background/needsFullPage.ts): measured in traced page loads, that
 * second round cost the page 2–16 ms more (a second serialisation, a second message and its garbage) on about half
 * of the article pages. One native `outerHTML` and one trimming pass (serializePage.ts) cost about what writing the
 * digest costs, and the background then checks the whole page at once, as the CLI does, with no second request.
 * A bigger page keeps the digest: its whole markup is what a first message must not carry.
 */
import { MAX_DIGEST_CHARS } from '../limits.ts';
import { serializeSmallPage } from './serializePage.ts';

/** At most this many elements: one native count and one `outerHTML` (the whole-page serialiser's own one-call size). */
export const SMALL_PAGE_ELEMENTS = 3000;
/** At most this many characters once trimmed: the digest's own cap, so no first message grows. */
export const SMALL_PAGE_CHARS = MAX_DIGEST_CHARS;
/**
 * A page served bigger than this is not serialised to find out whether it trims down to the cap: the traces showed a
 * 1.2 MB and a 300 kB page paying a whole `outerHTML` and trim for nothing before their digest. On the corpus's 257
 * HTML pages, 250 kB sends as many whole (225) as no limit, and tries 9 in vain instead of 32.
 */
export const SMALL_PAGE_SERVED_BYTES = 250_000;

/** The HTML's size as served (decoded), from the navigation entry; 0 when the browser does not say. */
export function servedBytes(doc: Document): number {
  try {
    const entry = doc.defaultView?.performance?.getEntriesByType?.('navigation')[0] as
      | { decodedBodySize?: unknown }
      | undefined;
    return typeof entry?.decodedBodySize === 'number' ? entry.decodedBodySize : 0;
  } catch {
    return 0;
  }
}

/** The page's trimmed markup when it is small, else null (the caller sends a digest). */
export function wholeSmallPage(doc: Document, served = servedBytes(doc)): string | null {
  const root = doc.documentElement;
  if (!root || served > SMALL_PAGE_SERVED_BYTES) return null;
  const html = serializeSmallPage(root, SMALL_PAGE_CHARS + 1, SMALL_PAGE_ELEMENTS);
  return html !== null && html.length <= SMALL_PAGE_CHARS ? html : null;
}
