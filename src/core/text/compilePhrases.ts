/**
 * The ONE place where plain phrases of the language packs become regular expressions: escaped, deduplicated and
 * sorted longest first once, so every matcher built from them is an alternation of literals (linear on page text).
 *
 * A phrase is plain text with four small marks, enough to write a family of wordings without regex:
 * - `{a|b|c}` one of these (an empty choice makes it optional: `{here |}`),
 * - `*` right after a letter: the word goes on ("opublikowan*" → opublikowany, opublikowana…),
 * - `~` one word of anything (a name: "ilk olarak ~ yayımlandı"),
 * - `…` a short stretch of anything on the same line (at most 120 characters, lazily).
 * A space is any run of white space; next to a script written without spaces (CJK, Thai) it may be absent.
 * With `bounded`, a phrase that starts or ends with a letter of a spaced script must start or end a word.
 */
import { escapeRegExp } from './escapeRegExp.ts';

/** Scripts written without spaces between words: CJK, kana, Hangul syllables, Thai. */
export const NO_SPACE_SCRIPT_CHAR = /[\u0e00-\u0e7f\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
// `[^\n\r\u2028\u2029]` is `.` and `[^\s]` is `\S`, code point for code point (compilePhrases.test.ts checks every
// one), but under the `iu` flags irregexp compiles the negated classes several times faster: it case-closes
// the few excluded characters instead of all the others.
const GAP = '[^\\n\\r\\u2028\\u2029]{0,120}?';
const ONE_WORD = '[^\\s]{1,40}';
const WORD_GOES_ON = '\\p{L}*';
const BEFORE_WORD = '(?<![\\p{L}\\p{N}])';
const AFTER_WORD = '(?![\\p{L}\\p{N}])';

export interface PhraseOptions {
  /** Phrases starting or ending with a letter of a spaced script must start or end a word there. */
  bounded?: boolean;
}

function spaceBetween(prev: string, next: string): string {
  return NO_SPACE_SCRIPT_CHAR.test(prev) || NO_SPACE_SCRIPT_CHAR.test(next) ? '\\s*' : '\\s+';
}

const MARKS = new Set(['{', '}', '|', '*', '~', '…']);

/** The nearest written character before (-1) or after (+1) position i, marks skipped. */
function literalNear(chars: readonly string[], i: number, step: -1 | 1): string {
  for (let j = i + step; j >= 0 && j < chars.length; j += step) {
    const c = chars[j]!;
    if (!MARKS.has(c) && !/\s/u.test(c)) return c;
  }
  return '';
}

/** The regex source of one phrase (without bounds), marks interpreted. Throws on an unbalanced `{`. */
function phraseSource(phrase: string): string {
  let out = '';
  let depth = 0;
  const chars = [...phrase.normalize('NFC').trim()];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const prev = chars[i - 1] ?? '';
    if (c === '{') {
      if (depth) throw new Error(`nested choice in phrase "${phrase}"`);
      depth = 1;
      out += '(?:';
    } else if (c === '}') {
      if (!depth) throw new Error(`unbalanced "}" in phrase "${phrase}"`);
      depth = 0;
      out += ')';
    } else if (c === '|' && depth) out += '|';
    else if (c === '*' && WORD_CHAR.test(prev)) out += WORD_GOES_ON;
    else if (c === '~') out += ONE_WORD;
    else if (c === '…') out += GAP;
    else if (/\s/u.test(c)) {
      while (/\s/u.test(chars[i + 1] ?? '')) i++;
      out += spaceBetween(literalNear(chars, i, -1), literalNear(chars, i, 1));
    } else out += escapeRegExp(c);
  }
  if (depth) throw new Error(`unclosed "{" in phrase "${phrase}"`);
  return out;
}

/** The first and last letters a phrase can start or end with (the first choice of a group stands for it). */
function edgeChar(phrase: string, end: boolean): string {
  const plain = phrase.replace(/\{([^|}]*)[^}]*\}/gu, '$1').trim();
  const chars = [...plain];
  return (end ? chars[chars.length - 1] : chars[0]) ?? '';
}

function bounded(phrase: string): BoundedSource {
  const spaced = (c: string) => WORD_CHAR.test(c) && !NO_SPACE_SCRIPT_CHAR.test(c);
  return {
    source: phraseSource(phrase),
    before: spaced(edgeChar(phrase, false)),
    after: spaced(edgeChar(phrase, true)),
  };
}

const group = (sources: readonly string[]): string => (sources.length > 1 ? `(?:${sources.join('|')})` : sources[0]!);

/** Consecutive items alike in `key`, in order. */
function runsOf<T>(items: readonly T[], key: (item: T) => boolean): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const last = runs[runs.length - 1];
    if (last && key(last[0]!) === key(item)) last.push(item);
    else runs.push([item]);
  }
  return runs;
}

/** A piece of an alternation and whether a word must end right before it and right after it. */
export interface BoundedSource {
  source: string;
  before: boolean;
  after: boolean;
}

/**
 * An alternation of pieces in order, each word-boundary check written once per run of neighbours that need it (see
 * boundedAlternation): what every reader that bounds its own pieces (`(?<![\p{L}\p{N}])…(?![\p{L}\p{N}])`) uses.
 */
export function factoredAlternation(pieces: readonly BoundedSource[]): string {
  if (!pieces.length) return '(?!)';
  return group(
    runsOf(pieces, (p) => p.before).map((run) => {
      const inner = group(
        runsOf(run, (p) => p.after).map((r) => `${group(r.map((p) => p.source))}${r[0]!.after ? AFTER_WORD : ''}`),
      );
      return `${run[0]!.before ? BEFORE_WORD : ''}${inner}`;
    }),
  );
}

/**
 * The bounded phrases in order, each word-boundary check written once per run of neighbours that need it:
 * `B(?:a|b)A` tries exactly what `BaA|BbA` tries, in the same order, so the match is the same; but each
 * `[\p{L}\p{N}]` costs irregexp about a millisecond to compile (twice: bytecode, then native code), and one per
 * phrase made the packs' big alternations take seconds on a check's first call.
 */
function boundedAlternation(phrases: readonly string[]): string {
  return factoredAlternation(phrases.map(bounded));
}

/** Phrases deduplicated (case-insensitively) and longest first, so an alternation prefers "Source link" to "Source". */
export function sortPhrases(phrases: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  for (const p of phrases) {
    const t = p.normalize('NFC').trim();
    if (t && !seen.has(t.toLowerCase())) seen.set(t.toLowerCase(), t);
  }
  return [...seen.values()].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
}

/** One alternation group `(?:…|…)` of the phrases, longest first; `(?!)` (matches nothing) when there are none. */
export function phraseAlternation(phrases: Iterable<string>, options: PhraseOptions = {}): string {
  const sorted = sortPhrases(phrases);
  if (!sorted.length) return '(?!)';
  return options.bounded ? `(?:${boundedAlternation(sorted)})` : `(?:${sorted.map(phraseSource).join('|')})`;
}

/** A case-insensitive Unicode regex that finds any of the phrases anywhere in a text (bounded by default). */
export function phraseMatcher(phrases: Iterable<string>, options: PhraseOptions = { bounded: true }): RegExp {
  return new RegExp(phraseAlternation(phrases, options), 'iu');
}
