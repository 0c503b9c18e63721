/** Size limits shared by the content script (which caps what it sends) and the background (which refuses more). */

/** `outerHTML` of a page, in UTF-16 code units. News pages are ~100 kB–1.5 MB; past this, the tail is ads and scripts. */
export const MAX_SNAPSHOT_CHARS = 2_500_000;
export const MAX_URL_CHARS = 4096;
