/** Trailing punctuation that is sentence, not URL: "https://x.vn/a.html." → "https://x.vn/a.html". */
export function stripTrailingPunctuation(text: string): string {
  return text.replace(/[\s.,;:!?)\]}>»”’"'。、，；：！？）」』】…‥]+$/u, '');
}
