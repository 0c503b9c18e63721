/** Size limits shared by the content script (which caps what it sends) and the background (which refuses more). */

/** `outerHTML` of a page, in UTF-16 code units. News pages are ~100 kB–1.5 MB; past this, the tail is ads and scripts. */
export const MAX_SNAPSHOT_CHARS = 2_500_000;
export const MAX_URL_CHARS = 4096;
/**
 * A snapshot longer than this goes to the background in parts, each sent in its own idle slot: sending a 1 MB
 * string through runtime messaging costs the page ~40 ms of main thread in Chromium, one 200 k part ~5–10 ms.
 */
export const SNAPSHOT_PART_CHARS = 200_000;
export const MAX_SNAPSHOT_PARTS = Math.ceil(MAX_SNAPSHOT_CHARS / SNAPSHOT_PART_CHARS);
/**
 * The first message of a page (content/pageFacts.ts): a few facts of the live DOM, from which the background tells
 * whether its own cookieless fetch of the URL serves the same page. Counted paragraphs stop here; each excerpt of a
 * long paragraph's text is at most EXCERPT_CHARS UTF-16 units, at most MAX_SAMPLES of them, from which the background
 * keys samples of SAMPLE_CHARS letters and digits (background/liveFacts.ts); the title is cut here.
 */
export const MAX_COUNTED_PARAGRAPHS = 1000;
export const SAMPLE_CHARS = 48;
export const EXCERPT_CHARS = 200;
export const MAX_SAMPLES = 3;
export const MAX_TITLE_CHARS = 1000;
