/**
 * A folded word (foldWord.ts) with its accents taken off, as web addresses and hashtags write words ("liên hệ" in
 * the address "/lien-he.html", "Đà Nẵng" as "da-nang"): marks dropped after decomposing, and the few letters that
 * do not decompose written as their base letters.
 */
const BASE: Readonly<Record<string, string>> = {
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
};
const UNDECOMPOSED = /[đðħıłøßæœþ]/gu;
const MARKS = /\p{M}+/gu;

export function plainWord(folded: string): string {
  return folded
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(UNDECOMPOSED, (c) => BASE[c] ?? c)
    .normalize('NFC');
}
