/**
 * The script of a letter, for the scripts language packs are written in besides Latin (null for Latin letters,
 * digits, punctuation and marks; "Other" for a script not listed): a page without a letter of a script cannot match a
 * phrase written in it.
 */
const SCRIPTS = [
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Thai',
  'Devanagari',
  'Bengali',
  'Armenian',
  'Georgian',
  'Ethiopic',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Gujarati',
  'Gurmukhi',
  'Oriya',
  'Sinhala',
  'Khmer',
  'Lao',
  'Myanmar',
  'Tibetan',
] as const;
const SCRIPT_RES = SCRIPTS.map((s) => ({ script: s, re: new RegExp(`^\\p{Script=${s}}$`, 'u') }));
const LATIN_OR_COMMON = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]$/u;
const cache = new Map<string, string | null>();

export function scriptOf(c: string): string | null {
  let s = cache.get(c);
  if (s === undefined) {
    s = LATIN_OR_COMMON.test(c) ? null : (SCRIPT_RES.find((r) => r.re.test(c))?.script ?? 'Other');
    if (cache.size < 20_000) cache.set(c, s);
  }
  return s;
}
