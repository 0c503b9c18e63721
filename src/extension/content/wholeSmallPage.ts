/**
 * A small page is sent whole at once, in place of its digest. On a small page the digest is the page anyway (on the
 * shared corpus the median digest is as long as the median page, ~15 k characters), and when the digest shows
 * anything the background asks for the whole page (background/needsFullPage.ts): measured in traced page loads, that
 * second round cost the page 2–16 ms more (a second serialisation, a second message and its garbage) on about half
 * of the article pages. One native `outerHTML` and one trimming pass (serializePage.ts) cost less than writing the
 * digest, and the background then checks the whole page at once, as the CLI does, with no second request.
 * A bigger page keeps the digest: its whole markup is what a first message must not carry.
 */
import { serializeSmallPage } from './serializePage.ts';

/** At most this many elements: one native count and one `outerHTML`, ~1 ms on the machines measured. */
export const SMALL_PAGE_ELEMENTS = 1500;
/** At most this many characters once trimmed: below the digest's own cap, so no first message grows. */
export const SMALL_PAGE_CHARS = 100_000;

/** The page's trimmed markup when it is small, else null (the caller sends a digest). */
export function wholeSmallPage(doc: Document): string | null {
  const root = doc.documentElement;
  if (!root) return null;
  const html = serializeSmallPage(root, SMALL_PAGE_CHARS + 1, SMALL_PAGE_ELEMENTS);
  return html !== null && html.length <= SMALL_PAGE_CHARS ? html : null;
}
