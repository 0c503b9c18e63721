/**
 * Whether a pack's guard word would be met by an everyday word of another pack's language, so that pages in that
 * language would compile the pack for nothing: the Portuguese "base" on English pages, the Croatian April
 * abbreviation "tra" on Vietnamese ones ("kiểm tra"), the Spanish "informa" standing anywhere inside a word on every
 * page that writes "information". The word is met as it must stand (phraseGuard.ts): a whole word by the same word,
 * the start of a word by a word starting so, and so on. A guard without accents also meets that language's words
 * with their accents taken off, as its pages' addresses write them (plainWord.ts): the French "lien" is the
 * Vietnamese "liên" of every "/lien-he" contact link. A guard with accents meets only words as written.
 *
 * The everyday words are data handed in (scripts/everydayWords.ts: each language's most common words by a word
 * frequency list), by pack code; a list's words in Latin letters count only when most of the list is in Latin
 * letters (a Japanese or Russian list's Latin words are loans and names, not that language's words).
 */
import { foldWord } from './foldWord.ts';
import type { WordMode } from './phraseGuard.ts';
import { plainWord } from './plainWord.ts';

const LATIN = /\p{Script=Latin}/u;
/** Shorter pieces never guard (phraseGuard.ts's MIN_LENGTH): not worth indexing. */
const MIN_PIECE = 3;

/** The codes of the other packs' languages whose everyday words meet the guard word of pack `code`, standing so. */
export type EverydayElsewhere = (word: string, mode: WordMode, code: string) => readonly string[];

/** The pieces of a word a guard in each mode would stand as: the word, its starts, its ends, its stretches. */
function piecesOf(word: string): Record<'whole' | 'prefix' | 'suffix' | 'infix', string[]> {
  const chars = [...word];
  const n = chars.length;
  const prefix: string[] = [];
  const suffix: string[] = [];
  const infix: string[] = [];
  for (let k = MIN_PIECE; k <= n; k++) {
    prefix.push(chars.slice(0, k).join(''));
    suffix.push(chars.slice(n - k).join(''));
  }
  for (let i = 0; i < n; i++) for (let j = i + MIN_PIECE; j <= n; j++) infix.push(chars.slice(i, j).join(''));
  return { whole: [word], prefix, suffix, infix };
}

export function everydayElsewhere(everyday: ReadonlyMap<string, readonly string[]>): EverydayElsewhere {
  // By how the guard stands ("run" as "whole"), then written or plain: each piece's languages.
  const index = new Map<string, Set<string>>();
  const add = (key: string, code: string) => {
    const codes = index.get(key);
    if (codes) codes.add(code);
    else index.set(key, new Set([code]));
  };
  for (const [code, words] of everyday) {
    const latinList = words.filter((w) => LATIN.test(w)).length * 2 > words.length;
    for (const w of words) {
      if (!latinList && LATIN.test(w)) continue;
      const folded = foldWord(w.normalize('NFC'));
      for (const [form, word] of [
        ['written', folded],
        ['plain', plainWord(folded)],
      ] as const)
        for (const [mode, pieces] of Object.entries(piecesOf(word)))
          for (const piece of pieces) add(`${form} ${mode} ${piece}`, code);
    }
  }
  const others = (key: string, code: string) => [...(index.get(key) ?? [])].filter((c) => c !== code);
  return (word, mode, code) => {
    const m = mode === 'run' ? 'whole' : mode;
    const written = others(`written ${m} ${word}`, code);
    return plainWord(word) === word ? [...new Set([...written, ...others(`plain ${m} ${word}`, code)])] : written;
  };
}
