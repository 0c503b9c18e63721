/** Collapses every run of white space (incl. no-break and zero-width spaces, not the joiners that Indic and Persian
 * words need) to one space and trims: page text is ragged. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2060\ufeff]+/g, ' ').trim();
}
