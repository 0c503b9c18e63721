/**
 * The regular expressions that find a read-more line ending an excerpt, built once from every language pack's
 * `readMoreLines` (see data/lang/languagePack.ts): the words before the outlet, the outlet (`@`), the words after it
 * (languages that put the verb last: "@で続きを読む", "@에서 원문 보기"). A line matches at its start (after
 * decorations) or inline, right after the last sentence of a paragraph ("… ends here. Read more at X").
 *
 * Linear time: each regex is sticky, an alternation of literal phrases (text/compilePhrases.ts) followed by one
 * bounded stretch (the outlet, at most OUTLET characters) anchored at the end of the line; it is tried only at the
 * starts startsOf gives (at most MAX_STARTS) of the last TAIL characters of a line.
 */
import { perPackSet } from '../data/lang/packSet.ts';
import { NO_SPACE_SCRIPT_CHAR, phraseAlternation } from '../text/compilePhrases.ts';

/** The longest outlet (name, host or URL) a read-more line may end with. */
export const OUTLET = 300;
/** How much of a line's end is searched: a read-more line is short even when it follows a paragraph inline. */
export const TAIL = 400;

// Decorations before a read-more phrase: dashes, arrows, brackets, bullets. The regexes are sticky: they are tried
// only where a line starts or a sentence ends (startsOf), never at every position of the text.
const START = '[\\s\\-–—*•·>»›|\\[(【「『#:：/→►▶▸✓]*';
/** A sentence end, an ellipsis, a closing quote or bracket: an inline read-more line may start after one. */
const SENTENCE_END = /[.!?…。！？»"”’)\]】」』]/gu;
/** Start positions tried per line (a line of the tail is at most TAIL characters). */
const MAX_STARTS = 64;

/** Where a read-more phrase may start in a line: its start, and right after each sentence end (bounded). */
export function startsOf(line: string): number[] {
  const starts = [0];
  for (const m of line.matchAll(SENTENCE_END)) {
    if (starts.length >= MAX_STARTS) break;
    starts.push((m.index ?? 0) + m[0].length);
  }
  return starts;
}
// What may close the line after the outlet or the phrase: a note in brackets ("(subscription may be required)"), a
// "click here" (the link's text, every pack's `clickHere`), then punctuation, arrows, an ellipsis.
const NOTE = '(?:\\s*[(（][^()（）\\n]{1,80}[)）])?';
const closeOf = (clickHere: readonly string[]): string =>
  `${NOTE}(?:[\\s,，.;:：\\-–—]*${phraseAlternation(clickHere)})?[\\s.。!！:：…»›→►▶>)\\]]*$`;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export interface ReadMorePattern {
  /** Groups: 1 the phrase before the outlet, 2 the outlet. */
  re: RegExp;
  /** Words follow the outlet ("auf der @-Seite", "@'de"): the shape itself marks a name, whatever its case. */
  marked: boolean;
  /**
   * The phrases one alternation would hold, split over several regexes (CHUNK_CHARS): patterns of one group are
   * tried together and the longest phrase wins, as it would in the one alternation (sorted longest first).
   */
  group: number;
}

/**
 * The most phrase text one regex takes. Past about 20,000 characters of source V8 no longer compiles a regex to
 * native code and runs it in its bytecode interpreter, where a hostile line ("Continue reading on . . . …") took
 * seconds instead of milliseconds (the read-more test's budget caught it); smaller alternations stay native.
 */
const CHUNK_CHARS = 3000;

/** The phrases in runs of at most CHUNK_CHARS characters, in their order. */
function chunked(phrases: readonly string[]): string[][] {
  const out: string[][] = [];
  let run: string[] = [];
  let size = 0;
  for (const p of phrases) {
    if (run.length && size + p.length > CHUNK_CHARS) {
      out.push(run);
      run = [];
      size = 0;
    }
    run.push(p);
    size += p.length;
  }
  if (run.length) out.push(run);
  return out;
}

/** A phrase side compiled with word bounds where it meets letters of a spaced script (never inside CJK or Thai). */
function side(phrases: readonly string[], boundStart: boolean, boundEnd: boolean): string {
  const alt = phraseAlternation(phrases);
  return `${boundStart ? '(?<![\\p{L}\\p{N}])' : ''}${alt}${boundEnd ? '(?![\\p{L}\\p{N}])' : ''}`;
}

const spacedLetter = (c: string | undefined): boolean =>
  !!c && LETTER_OR_DIGIT.test(c) && !NO_SPACE_SCRIPT_CHAR.test(c);

/** The outlet patterns, one regex per distinct "after the outlet" part (few: most languages put the outlet last). */
function buildOutletPatterns(phrases: readonly string[], close: string): ReadMorePattern[] {
  const byAfter = new Map<string, { before: string[]; tight: boolean }[]>();
  for (const p of phrases) {
    const at = p.indexOf('@');
    if (at < 0) continue;
    const before = p.slice(0, at);
    const after = p.slice(at + 1);
    // "ב@" (Hebrew's attached preposition), "@'de" (Turkish suffix): no space between the phrase and the outlet.
    // A phrase ending in a colon ("Ganzer Artikel: @") takes white space or none before the outlet.
    const tightBefore = before.length > 0 && !/[\s:：]$/u.test(before);
    const key = after.trim() ? after : '';
    const list = byAfter.get(key) ?? [];
    list.push({ before: [before.trim()], tight: tightBefore });
    byAfter.set(key, list);
  }
  const out: ReadMorePattern[] = [];
  let group = 0;
  for (const [after, groups] of byAfter) {
    // Phrases with and without a space before the outlet compile apart: only the spaced ones end on a word bound.
    for (const tight of [false, true]) {
      const all = groups.filter((g) => g.tight === tight).flatMap((g) => g.before);
      if (!all.length) continue;
      group++;
      for (const before of chunked(all)) {
        const first = [...(before[0] ?? '')][0];
        const head = side(before, spacedLetter(first), !tight);
        const gap = tight ? '' : '\\s*[:：\\-–—]?\\s*';
        if (!after) {
          const re = new RegExp(`${START}(${head})${gap}([^\\n]{1,${OUTLET}}?)${close}`, 'iuy');
          out.push({ re, marked: false, group });
        } else {
          const tail = phraseAlternation([after.trim()]);
          const afterGap = /^\s/u.test(after) ? '\\s*' : '';
          out.push({
            re: new RegExp(`${START}(${head})${gap}([^\\n]{1,${OUTLET}}?)${afterGap}${tail}${close}`, 'iuy'),
            marked: true,
            group,
          });
        }
      }
    }
  }
  return out;
}

/** Phrases where the outlet comes first ("@에서 원문 보기"): group 1 the outlet, 2 the phrase. */
function buildOutletFirst(phrases: readonly string[], close: string): RegExp | null {
  const after = phrases.filter((p) => p.startsWith('@')).map((p) => p.slice(1));
  if (!after.length) return null;
  return new RegExp(`${START}([^\\n]{1,${OUTLET}}?)\\s*(${phraseAlternation(after)})${close}`, 'iuy');
}

/**
 * Each choice group's options longest first ("{на сайті|на}"): the outlet is whatever follows the phrase, so the
 * phrase must take the longest wording it can before the outlet starts.
 */
function longestChoicesFirst(phrase: string): string {
  return phrase.replace(/\{([^{}]*)\}/gu, (_, inner: string) => {
    const options = inner.split('|');
    return `{${options.sort((a, b) => b.length - a.length).join('|')}}`;
  });
}

export interface ReadMoreMatchers {
  /** Phrases with the outlet after them, or in their middle. */
  outlet: readonly ReadMorePattern[];
  /** Phrases with the outlet before them. */
  outletFirst: RegExp | null;
  /** The bare link text ("Continue reading", "続きを読む"), the whole line or closing a paragraph: group 1 the phrase. */
  bare: RegExp;
}

/** Built on first use, per set of packs the page needs (data/lang/packSet.ts); every pack outside a scan. */
export const readMoreMatchers = perPackSet((phrasesOf): ReadMoreMatchers => {
  const all = phrasesOf('readMoreLines').map(longestChoicesFirst);
  const close = closeOf(phrasesOf('clickHere'));
  return {
    outlet: buildOutletPatterns(
      all.filter((p) => !p.startsWith('@')),
      close,
    ),
    outletFirst: buildOutletFirst(all, close),
    bare: new RegExp(
      `${START}(${phraseAlternation(
        all.filter((p) => !p.includes('@')),
        { bounded: true },
      )})${close}`,
      'iuy',
    ),
  };
});
