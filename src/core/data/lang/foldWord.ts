/**
 * A word's case-insensitive key, close to what a regex with the `iu` flags treats as equal (simple case folding):
 * lower case, plus the few letters whose lower case is not their folding (final sigma, long s, micro sign, Greek
 * symbol forms). Used on both sides, a pack's phrases and a page's words.
 */
const FOLDS: Record<string, string> = {
  ς: 'σ',
  ſ: 's',
  µ: 'μ',
  ϐ: 'β',
  ϑ: 'θ',
  ϕ: 'φ',
  ϖ: 'π',
  ϰ: 'κ',
  ϱ: 'ρ',
  ϵ: 'ε',
  ẛ: 'ṡ',
  ι: 'ι',
};
const SPECIAL = /[ςſµϐϑϕϖϰϱϵẛι]/gu;

export function foldWord(word: string): string {
  return word.toLowerCase().replace(SPECIAL, (c) => FOLDS[c] ?? c);
}
