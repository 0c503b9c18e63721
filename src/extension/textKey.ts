/**
 * Text as the content script and the background both compare it: lower-case letters and digits only. The live
 * page's paragraphs (`textContent`) and the same paragraphs in fetched markup (tags stripped, entities decoded) then
 * read alike whatever the whitespace, punctuation and quote marks (typographic or straight, entity or character).
 * Shared by both sides (content/pageFacts.ts, background/looksLikeLivePage.ts); no imports, so it costs the
 * content script a few lines.
 */
export function textKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
