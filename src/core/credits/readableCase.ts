/**
 * A name as people write it: "MỸ LINH" → "Mỹ Linh", "JEAN-PIERRE O'NEIL" → "Jean-Pierre O'Neil". Only names written
 * entirely in capitals are changed (a byline style, not the name's spelling); mixed case ("McDonald", "DeShawn")
 * is kept. Works on whole code points after NFC so Vietnamese, Greek and Cyrillic letters keep their diacritics.
 */
const LOCALE_CASED = new Set(['tr', 'az', 'lt']);

function lower(s: string, lang: string | undefined): string {
  return lang && LOCALE_CASED.has(lang) ? s.toLocaleLowerCase(lang) : s.toLowerCase();
}
function upper(s: string, lang: string | undefined): string {
  return lang && LOCALE_CASED.has(lang) ? s.toLocaleUpperCase(lang) : s.toUpperCase();
}

export function isAllCaps(text: string): boolean {
  const cased = text.replace(/[^\p{Lu}\p{Ll}\p{Lt}]/gu, '');
  return cased.length >= 2 && !/[\p{Ll}]/u.test(cased);
}

export function readableCase(name: string, lang?: string): string {
  const nfc = name.normalize('NFC');
  if (!isAllCaps(nfc)) return nfc;
  const primary = lang?.toLowerCase().split(/[-_]/)[0];
  // Capitalise the first letter after the start, a space, a hyphen, an apostrophe or a dot ("J.R.R.").
  return lower(nfc, primary)
    .replace(/(^|[\s\-'’.])(\p{L})/gu, (_, sep: string, letter: string) => sep + upper(letter, primary))
    .normalize('NFC');
}
