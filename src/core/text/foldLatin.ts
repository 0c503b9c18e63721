/**
 * Folds Latin diacritics ("Tiếp tục" → "tiep tuc" after lower-casing, "Đà Nẵng" → "Da Nang", "Součka" → "Soucka").
 * Only the generic combining diacritics (U+0300–U+036F) are removed, so the vowel signs of Thai, Devanagari, … stay:
 * they are letters of those scripts, not accents.
 */

// Letters that carry their stroke in the base character, so NFD does not split them.
const STROKED: Record<string, string> = {
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  ø: 'o',
  Ø: 'O',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  þ: 'th',
  Þ: 'Th',
  ð: 'd',
  Ð: 'D',
};
const STROKED_RE = /[đĐłŁøØħĦıßæÆœŒþÞðÐ]/g;

export function foldLatin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(STROKED_RE, (c) => STROKED[c] ?? c)
    .normalize('NFC');
}
