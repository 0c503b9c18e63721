/**
 * Undoes the tricks scrapers play on copied text so that detectors and the text comparison see the words a reader
 * sees: invisible characters padded between letters (U+034F, zero-width space / joiners, word joiner, BOM), soft
 * hyphens, full-width and mathematical-alphanumeric Latin letters, and Cyrillic or Greek look-alikes swapped into a
 * word of another script. It also counts what it undid: honest pages do not pad every letter (see obfuscationOf).
 *
 * One pass per step over the text, each linear; callers cap the text (blocks are capped when they are read).
 */
import { CYRILLIC_LATIN, GREEK_LATIN } from '../data/lookAlikes.ts';

export interface UnmaskCounts {
  /** Invisible characters removed (U+034F, zero-width, word joiner, BOM, Khmer inherent vowels, Hangul fillers…). */
  invisible: number;
  /** Of those, and of the soft hyphens, how many sat right after a letter: padding inside words. */
  padding: number;
  softHyphens: number;
  /** Full-width Latin letters and digits made ASCII ("Ｐｒｏｖｅｎａｎｃｅ"). */
  fullwidth: number;
  /** Mathematical bold / italic / script … letters made plain ("𝐍𝐞𝐰𝐬"). */
  styled: number;
  /** Words whose letters mixed scripts and were made one script ("Mоscоw" with Cyrillic о). */
  mixedWords: number;
  /** Characters of the text: the base the counts are weighed against. */
  letters: number;
}

export interface Unmasked {
  text: string;
  counts: UnmaskCounts;
  /** The first stretch of the raw text (≤ 80 characters) that had something undone, for quoting as evidence. */
  sample: string | null;
}

// Default-ignorable characters that render as nothing: the combining grapheme joiner, zero-width space, word joiner
// and invisible operators, BOM, Mongolian separators and variation selectors, the Khmer inherent vowels and the Hangul
// fillers that pad copies. Joiners, direction marks and variation selectors are some scripts' business (Arabic,
// Persian, Indic, Hebrew, emoji): those are removed only between Latin, Greek or Cyrillic letters, where they do nothing.
const isInvisible = (c: number) =>
  c === 0x34f ||
  c === 0xad ||
  (c >= 0x200b && c <= 0x200f) ||
  (c >= 0x2060 && c <= 0x2064) ||
  c === 0xfeff ||
  (c >= 0x180b && c <= 0x180f) ||
  c === 0x17b4 ||
  c === 0x17b5 ||
  c === 0x115f ||
  c === 0x1160 ||
  c === 0x3164 ||
  c === 0xffa0 ||
  (c >= 0xfe00 && c <= 0xfe0f);
const onlyBetweenLetters = (c: number) =>
  c === 0x200c || c === 0x200d || c === 0x200e || c === 0x200f || (c >= 0xfe00 && c <= 0xfe0f);
const isFullwidthAlnum = (c: number) =>
  (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a);
const LETTER = /[\p{L}\p{M}]/u;
const STYLED = /[\u{1d400}-\u{1d7ff}]/gu;
const WORD = /[\p{L}\p{M}]+/gu;
const MIXED_CANDIDATE = /[\u0370-\u052f\u1f00-\u1fff]/;

type Script = 'latin' | 'cyrillic' | 'greek';
/** The script of a letter among the three that share look-alikes, by code point range (no regex per character). */
function scriptOf(c: number): Script | null {
  if (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x1e00 && c <= 0x1eff)
  )
    return 'latin';
  if (c >= 0x400 && c <= 0x52f) return 'cyrillic';
  if ((c >= 0x370 && c <= 0x3ff) || (c >= 0x1f00 && c <= 0x1fff)) return 'greek';
  return null;
}
/** A letter of Latin, Greek or Cyrillic (their combining marks excluded). */
const isPlainLetter = (c: number) => scriptOf(c) !== null;

/** For each script, what the look-alikes of the other two become in it. */
const TO: Record<Script, Map<string, string>> = { latin: new Map(), cyrillic: new Map(), greek: new Map() };
for (const [c, l] of CYRILLIC_LATIN) {
  TO.latin.set(c, l);
  if (!TO.cyrillic.has(l)) TO.cyrillic.set(l, c);
}
for (const [g, l] of GREEK_LATIN) {
  TO.latin.set(g, l);
  if (!TO.greek.has(l)) TO.greek.set(l, g);
}

/** Anything the steps below would touch: most text has none, and one test is all it costs. */
const ANY_TRICK =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each invisible character is looked for alone, never as part of a combined one.
  /[\u034f\u00ad\u200b-\u200f\u2060-\u2064\ufeff\u180b-\u180f\u17b4\u17b5\u115f\u1160\u3164\uffa0\ufe00-\ufe0f\uff10-\uff5a\u{1d400}-\u{1d7ff}\u0370-\u052f\u1f00-\u1fff]/u;
const GREEK_OR_CYRILLIC = /[\u0370-\u052f\u1f00-\u1fff]/;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f\u1e00-\u1eff]/;

export function unmaskText(raw: string): Unmasked {
  // Letters are approximated by characters: the shares in tricksOf only need the text's size.
  const counts: UnmaskCounts = {
    invisible: 0,
    padding: 0,
    softHyphens: 0,
    fullwidth: 0,
    styled: 0,
    mixedWords: 0,
    letters: raw.length,
  };
  if (!ANY_TRICK.test(raw)) return { text: raw, counts, sample: null };
  let firstAt = -1;

  // Invisible characters and full-width letters: one pass over UTF-16 code units, copying kept stretches.
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c < 0xad) continue;
    if (isInvisible(c)) {
      const before = i > 0 ? raw.charCodeAt(i - 1) : 0;
      if (
        onlyBetweenLetters(c) &&
        !(isPlainLetter(before) && isPlainLetter(i + 1 < raw.length ? raw.charCodeAt(i + 1) : 0))
      )
        continue;
      if (c === 0xad) counts.softHyphens++;
      else counts.invisible++;
      if (isPlainLetter(before) || (before > 0x24f && LETTER.test(raw[i - 1] as string))) counts.padding++;
      if (firstAt < 0) firstAt = i;
      parts.push(raw.slice(from, i));
      from = i + 1;
    } else if (isFullwidthAlnum(c)) {
      counts.fullwidth++;
      if (firstAt < 0) firstAt = i;
      parts.push(raw.slice(from, i), String.fromCharCode(c - 0xfee0));
      from = i + 1;
    }
  }
  parts.push(raw.slice(from));
  let text = parts.join('');

  text = text.replace(STYLED, (c) => {
    const plain = c.normalize('NFKC');
    if (plain === c) return c;
    counts.styled++;
    return plain;
  });
  if (firstAt < 0 && counts.styled) firstAt = Math.max(0, raw.search(STYLED));

  // Look-alikes matter only where Latin meets Greek or Cyrillic in one text.
  if (GREEK_OR_CYRILLIC.test(text) && LATIN_LETTER.test(text))
    text = text.replace(WORD, (word) => {
      if (!MIXED_CANDIDATE.test(word)) return word;
      const fixed = oneScript(word);
      if (fixed === word) return word;
      counts.mixedWords++;
      if (firstAt < 0) firstAt = Math.max(0, raw.indexOf(word));
      return fixed;
    });
  return { text, counts, sample: firstAt >= 0 ? raw.slice(Math.max(0, firstAt - 20), firstAt + 60) : null };
}

/**
 * A word mixing Latin with Cyrillic or Greek letters, written in the script most of its letters are in, when every
 * letter of the other script has a look-alike there; otherwise unchanged (a real mixed word, such as a model name).
 */
function oneScript(word: string): string {
  const n: Record<Script, number> = { latin: 0, cyrillic: 0, greek: 0 };
  for (let i = 0; i < word.length; i++) {
    const sc = scriptOf(word.charCodeAt(i));
    if (sc) n[sc]++;
  }
  const present = (Object.keys(n) as Script[]).filter((sc) => n[sc] > 0);
  if (present.length < 2) return word;
  // Ties go to Latin: the language of most pages that are copied with swapped letters.
  const major = present.reduce(
    (a, b) => (n[b] > n[a] ? b : a),
    present.includes('latin') ? 'latin' : (present[0] as Script),
  );
  const table = TO[major];
  const out: string[] = [];
  for (const ch of word) {
    const sc = scriptOf(ch.charCodeAt(0));
    if (!sc || sc === major) {
      out.push(ch);
      continue;
    }
    const swapped = table.get(ch);
    if (!swapped) return word;
    out.push(swapped);
  }
  return out.join('');
}
