/**
 * Words of a text in any language. Space-separated scripts go through one linear regex (fast); runs of scripts
 * written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) are handed to Intl.Segmenter, which knows
 * their word boundaries. Words are NFC, lower-cased, punctuation dropped; diacritic folding is optional.
 */
import { foldLatin } from './foldLatin.ts';

export interface Token {
  word: string;
  /** [start, end) in the input text, for highlighting. */
  start: number;
  end: number;
}

export interface TokenizeOptions {
  /** Fold Latin diacritics ("é" → "e", "đ" → "d"), for matching copies that lost their accents. */
  fold?: boolean;
  /** Stop after this many words (hostile pages). */
  maxWords?: number;
}

// A word: letters/marks/digits, optionally joined by in-word apostrophes ("don't", "l'homme", "aujourd’hui").
// No nested quantifier can backtrack: each apostrophe must be followed by at least one letter. Runs are bounded
// because Intl.Segmenter is superlinear on one long run (a hostile 180 000-letter CJK run took ~30 s; chunks are linear).
const WORD_RE = /[\p{L}\p{M}\p{N}]{1,2000}(?:['’][\p{L}\p{M}\p{N}]{1,200}){0,20}/gu;
const NO_SPACE_SCRIPT_RE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

let segmenter: Intl.Segmenter | null = null;
function wordSegmenter(): Intl.Segmenter {
  // Locale-neutral: ICU's dictionaries pick the script's rules whatever the page claims to be.
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  return segmenter;
}

function normalizeWord(raw: string, fold: boolean): string {
  const w = raw.normalize('NFC').toLowerCase().replace(/’/g, "'");
  return fold ? foldLatin(w) : w;
}

/** Tokens with their positions in `text`. */
export function tokenizeWithOffsets(text: string, options: TokenizeOptions = {}): Token[] {
  const fold = options.fold ?? false;
  const max = options.maxWords ?? 50_000;
  const out: Token[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    if (out.length >= max) break;
    const raw = m[0];
    const at = m.index;
    if (!NO_SPACE_SCRIPT_RE.test(raw)) {
      out.push({ word: normalizeWord(raw, fold), start: at, end: at + raw.length });
      continue;
    }
    for (const s of wordSegmenter().segment(raw)) {
      if (!s.isWordLike) continue;
      if (out.length >= max) break;
      out.push({ word: normalizeWord(s.segment, fold), start: at + s.index, end: at + s.index + s.segment.length });
    }
  }
  return out;
}

/**
 * How many words `tokenize` would return (at most `max`), without normalising or keeping them: an article's word
 * count read the whole text through NFC, lower-casing and a token object per word just to count them, a third of a
 * hostile page's extraction time. Runs of scripts without spaces still go through Intl.Segmenter, word by word.
 */
export function countWords(text: string, max = 50_000): number {
  let n = 0;
  for (const m of text.matchAll(WORD_RE)) {
    if (n >= max) break;
    const raw = m[0];
    if (!NO_SPACE_SCRIPT_RE.test(raw)) {
      n++;
      continue;
    }
    for (const s of wordSegmenter().segment(raw)) {
      if (!s.isWordLike) continue;
      if (n >= max) break;
      n++;
    }
  }
  return n;
}

/** The words of `text`, normalised for comparison. */
export function tokenize(text: string, options: TokenizeOptions = {}): string[] {
  return tokenizeWithOffsets(text, options).map((t) => t.word);
}
