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

/** The codes of the other packs' languages whose everyday words meet the guard word of pack `code`, standing so. */
export type EverydayElsewhere = (word: string, mode: WordMode, code: string) => readonly string[];

interface Entry {
  /** The everyday word (folded, or plain), reversed in the index of ends. */
  key: string;
  code: string;
}

const reversed = (s: string): string => [...s].reverse().join('');
const byKey = (a: Entry, b: Entry): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function lowerBound(sorted: readonly Entry[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]!.key < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The three-letter stretches of a word, the word itself when shorter. */
function trigrams(word: string): string[] {
  const chars = [...word];
  if (chars.length < 3) return [word];
  return chars.slice(0, -2).map((c, i) => c + chars[i + 1]! + chars[i + 2]!);
}

/** One form of the everyday words (as written, or plain), looked up as a guard stands: whole, start, end, inside. */
class WordIndex {
  private readonly whole = new Map<string, Set<string>>();
  private readonly starts: Entry[] = [];
  private readonly ends: Entry[] = [];
  private readonly stretches = new Map<string, Entry[]>();

  add(word: string, code: string): void {
    const codes = this.whole.get(word);
    if (codes) codes.add(code);
    else this.whole.set(word, new Set([code]));
  }

  /** Sorts what `add` gathered; call once, before any lookup. */
  seal(): this {
    for (const [key, codes] of this.whole)
      for (const code of codes) {
        this.starts.push({ key, code });
        this.ends.push({ key: reversed(key), code });
        for (const t of new Set(trigrams(key))) {
          const holders = this.stretches.get(t);
          if (holders) holders.push({ key, code });
          else this.stretches.set(t, [{ key, code }]);
        }
      }
    this.starts.sort(byKey);
    this.ends.sort(byKey);
    return this;
  }

  codesOf(word: string, mode: WordMode): string[] {
    if (mode === 'whole' || mode === 'run') return [...(this.whole.get(word) ?? [])];
    if (mode === 'prefix' || mode === 'suffix') {
      const sorted = mode === 'prefix' ? this.starts : this.ends;
      const key = mode === 'prefix' ? word : reversed(word);
      const codes: string[] = [];
      for (let k = lowerBound(sorted, key); k < sorted.length && sorted[k]!.key.startsWith(key); k++)
        codes.push(sorted[k]!.code);
      return codes;
    }
    let fewest: Entry[] | null = null;
    for (const t of trigrams(word)) {
      const holders = this.stretches.get(t);
      if (!holders) return [];
      if (!fewest || holders.length < fewest.length) fewest = holders;
    }
    return (fewest ?? []).filter((e) => e.key.includes(word)).map((e) => e.code);
  }
}

/** Built once per list map: tests build the guards more than once from the same lists. */
const built = new WeakMap<ReadonlyMap<string, readonly string[]>, EverydayElsewhere>();

export function everydayElsewhere(everyday: ReadonlyMap<string, readonly string[]>): EverydayElsewhere {
  let elsewhere = built.get(everyday);
  if (!elsewhere) {
    elsewhere = indexOf(everyday);
    built.set(everyday, elsewhere);
  }
  return elsewhere;
}

function indexOf(everyday: ReadonlyMap<string, readonly string[]>): EverydayElsewhere {
  const written = new WordIndex();
  const plain = new WordIndex();
  for (const [code, words] of everyday) {
    const latinList = words.filter((w) => LATIN.test(w)).length * 2 > words.length;
    for (const w of words) {
      if (!latinList && LATIN.test(w)) continue;
      const folded = foldWord(w.normalize('NFC'));
      written.add(folded, code);
      plain.add(plainWord(folded), code);
    }
  }
  written.seal();
  plain.seal();
  const cache = new Map<string, readonly string[]>();
  return (word, mode, code) => {
    const key = `${mode} ${code} ${word}`;
    let codes = cache.get(key);
    if (!codes) {
      const met = written.codesOf(word, mode);
      if (plainWord(word) === word) met.push(...plain.codesOf(word, mode));
      codes = [...new Set(met)].filter((c) => c !== code).sort();
      cache.set(key, codes);
    }
    return codes;
  };
}
