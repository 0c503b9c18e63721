/**
 * Which phrases of a list can match at a word of a text, by their first word, before any regex is compiled: the
 * cheap prefilter in front of the packs' big alternations. Compiling V8's case-insensitive alternations is what a
 * cold check pays for (hundreds of phrases for tens of milliseconds each pattern), while most lines and blocks hold
 * none of their first words: with this index a reader compiles only the phrases a text could hold, often none.
 *
 * A word is a run of letters (`\p{L}`): a digit, a mark or punctuation ends it, on both sides alike. A phrase is
 * filed under its first word, folded (foldWord: what the `iu` flags treat as equal is one key), when a match must
 * end that word there; under the literal letters it starts with when the word may go on ("opublikowan*", a word
 * glued to the outlet, a script written without spaces); and with the phrases always tried when it starts with no
 * letter (a choice is unfolded into its options first). So the phrases returned are a superset of those that match:
 * an alternation of them, in the list's order, matches exactly what the whole list's alternation matches there.
 */
import { foldWord } from '../data/lang/foldWord.ts';
import { NO_SPACE_SCRIPT_CHAR } from './compilePhrases.ts';

const LETTER = /\p{L}/u;
const SPACE = /\s/u;
/** Prefix keys longer than this are cut: a shorter key only lets more phrases through. */
const MAX_PREFIX = 12;
/** The longest word read from a text; longer runs (a script without spaces) are read by their prefixes only. */
const MAX_WORD = 64;

export interface FirstWordIndex {
  readonly phrases: readonly string[];
  /** Phrase positions by the folded first word a match must end there. */
  readonly whole: ReadonlyMap<string, readonly number[]>;
  /** Phrase positions by the folded letters a match's first word starts with. */
  readonly prefix: ReadonlyMap<string, readonly number[]>;
  readonly longestPrefix: number;
  /** Phrases with no first letter to file them under (a symbol, a mark, a gap first): tried everywhere. */
  readonly always: readonly number[];
}

type Key = { kind: 'whole' | 'prefix'; key: string } | null;

/** The options of a choice group opening a phrase, each with the rest of the phrase ("{read|see} more"). */
function unfoldChoice(phrase: string): string[] | null {
  if (!phrase.startsWith('{')) return null;
  const close = phrase.indexOf('}');
  if (close < 0) return null;
  const rest = phrase.slice(close + 1);
  return phrase
    .slice(1, close)
    .split('|')
    .map((option) => `${option}${rest}`.trim());
}

/** The key of a phrase without a leading choice. `boundedEnd`: a match may not end inside a word. */
function keyOf(phrase: string, boundedEnd: boolean): Key {
  const chars = [...phrase.normalize('NFC')];
  const first = chars[0];
  if (!first || !LETTER.test(first)) return null;
  if (NO_SPACE_SCRIPT_CHAR.test(first)) return { kind: 'prefix', key: [...foldWord(first)][0] ?? first };
  let n = 0;
  while (n < chars.length && LETTER.test(chars[n]!) && !NO_SPACE_SCRIPT_CHAR.test(chars[n]!)) n++;
  const head = chars.slice(0, n).join('');
  const prefix: Key = { kind: 'prefix', key: [...foldWord(head)].slice(0, MAX_PREFIX).join('') };
  const next = chars[n];
  if (next === undefined) return boundedEnd ? { kind: 'whole', key: foldWord(head) } : prefix;
  // The word may go on: a wildcard, a choice or a gap glued to it, a letter of a script written without spaces.
  if (next === '*' || next === '{' || next === '~' || next === '…' || LETTER.test(next)) return prefix;
  if (SPACE.test(next)) {
    // A space before a script written without spaces may be absent (compilePhrases' spaceBetween).
    const after = chars.slice(n).find((c) => !SPACE.test(c));
    if (after && NO_SPACE_SCRIPT_CHAR.test(after)) return prefix;
  }
  return { kind: 'whole', key: foldWord(head) };
}

/** Leading choices unfolded this deep ("{the |}{full|whole} story"); past it, a phrase is always tried. */
const MAX_UNFOLD = 4;

function keysOf(phrase: string, boundedEnd: boolean, depth = 0): Key[] {
  const t = phrase.normalize('NFC').trim();
  const options = unfoldChoice(t);
  if (!options) return [keyOf(t, boundedEnd)];
  if (depth >= MAX_UNFOLD) return [null];
  // An empty option leaves the phrase's next word, or its next choice, first.
  return options.flatMap((o) => keysOf(o, boundedEnd, depth + 1));
}

/** The index of `phrases`; `boundedEnd` says whether the matcher built from them bounds a phrase's last word. */
export function indexFirstWords(phrases: readonly string[], boundedEnd: boolean): FirstWordIndex {
  const whole = new Map<string, number[]>();
  const prefix = new Map<string, number[]>();
  const always: number[] = [];
  let longestPrefix = 0;
  phrases.forEach((phrase, i) => {
    const keys = keysOf(phrase, boundedEnd);
    if (keys.some((k) => k === null)) {
      always.push(i);
      return;
    }
    for (const k of keys as Exclude<Key, null>[]) {
      const map = k.kind === 'whole' ? whole : prefix;
      const list = map.get(k.key) ?? [];
      if (list[list.length - 1] !== i) list.push(i);
      map.set(k.key, list);
      if (k.kind === 'prefix') longestPrefix = Math.max(longestPrefix, [...k.key].length);
    }
  });
  return { phrases, whole, prefix, longestPrefix, always };
}

/** The run of letters starting at `at` (at most MAX_WORD code units). */
function wordAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && end - at < MAX_WORD) {
    const cp = text.codePointAt(end)!;
    const c = String.fromCodePoint(cp);
    if (!LETTER.test(c)) break;
    end += c.length;
  }
  return text.slice(at, end);
}

/** The keys a word is looked up by: itself, whole, and its first letters, each with the phrases filed there. */
function lookUp(index: FirstWordIndex, word: string, each: (key: string, phrases: readonly number[]) => void): void {
  if (!word) return;
  const folded = foldWord(word);
  const whole = index.whole.get(folded);
  if (whole) each(`=${folded}`, whole);
  const letters = [...folded];
  for (let n = Math.min(letters.length, index.longestPrefix); n >= 1; n--) {
    const key = letters.slice(0, n).join('');
    const list = index.prefix.get(key);
    if (list) each(`<${key}`, list);
  }
}

function addWord(index: FirstWordIndex, word: string, into: Set<number>): void {
  lookUp(index, word, (_key, list) => {
    for (const i of list) into.add(i);
  });
}

const inOrder = (index: FirstWordIndex, found: Set<number>): string[] => {
  for (const i of index.always) found.add(i);
  return [...found].sort((a, b) => a - b).map((i) => index.phrases[i]!);
};

/** The phrases that may match starting exactly at `at` of `text`, in the list's order. */
export function phrasesAt(index: FirstWordIndex, text: string, at: number): string[] {
  const found = new Set<number>();
  addWord(index, wordAt(text, at), found);
  return inOrder(index, found);
}

const WORDS = /\p{L}+/gu;

/** The words of `text` a phrase may start at: a spaced script's words, and every start inside a run without spaces. */
function wordsOf(index: FirstWordIndex, text: string): Set<string> {
  const words = new Set<string>();
  for (const m of text.matchAll(WORDS)) {
    const w = m[0];
    if (NO_SPACE_SCRIPT_CHAR.test(w)) {
      // Every start inside a run without spaces, each read as far as the longest prefix key.
      const cps = [...w];
      for (let s = 0; s < cps.length; s++) words.add(cps.slice(s, s + Math.max(1, index.longestPrefix)).join(''));
    } else words.add(w.length > MAX_WORD ? w.slice(0, MAX_WORD) : w);
  }
  return words;
}

/**
 * The phrases that may match anywhere in `text`, in the list's order: those filed under one of its words. A phrase
 * filed by its first letters may also start inside a word of a script written without spaces: every start of such
 * a run is tried.
 */
export function phrasesIn(index: FirstWordIndex, text: string): string[] {
  const found = new Set<number>();
  for (const w of wordsOf(index, text)) addWord(index, w, found);
  return inOrder(index, found);
}

/**
 * The same phrases in groups, one per key a word of `text` found (and the phrases always tried): a reader that wants
 * only whether, or where first, any phrase matches can compile each group once for the whole page, where one
 * regex of each text's phrases would be compiled for nearly every text.
 */
export function groupsIn(index: FirstWordIndex, text: string): string[][] {
  const groups = new Map<string, readonly number[]>();
  for (const w of wordsOf(index, text)) lookUp(index, w, (key, list) => groups.set(key, list));
  const out = [...groups.values()].map((list) => list.map((i) => index.phrases[i]!));
  if (index.always.length) out.push(index.always.map((i) => index.phrases[i]!));
  return out;
}

/** Matchers kept per subset of phrases: most texts hold few distinct first words, but a hostile one may hold many. */
const MAX_SUBSETS = 256;

/**
 * A matcher built from a subset of phrases (phrasesAt, phrasesIn), once per distinct subset; null for no phrase,
 * so the caller tries nothing.
 */
export function perSubset<T>(build: (phrases: readonly string[]) => T): (phrases: readonly string[]) => T | null {
  const built = new Map<string, T>();
  return (phrases) => {
    if (!phrases.length) return null;
    const key = phrases.join('\u0000');
    let value = built.get(key);
    if (value === undefined) {
      if (built.size >= MAX_SUBSETS) built.delete(built.keys().next().value!);
      value = build(phrases);
      built.set(key, value);
    }
    return value;
  };
}
