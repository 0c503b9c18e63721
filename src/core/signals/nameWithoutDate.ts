/**
 * A publisher's name with the date written next to it cut off: clippings and credits date what they name ("Le
 * Monde du 18/08/21", "La Repubblica, 1 marzo 2020", "The Star Online March 06, 2008 – Thursday", "8 HAZİRAN 2014 /
 * ZAMAN"), and a date is never part of a publisher. Month and weekday names come from the platform's calendar data
 * (Intl, CLDR) for every language a pack is written for, generated ahead of time (data/lang/dateWords.ts), so no
 * month is typed here; the words joining a name to its date ("du", "del", "vom") are each pack's `dateLinks`. The
 * matchers hold the names of the page's packs (data/lang/packSet.ts) and every name no page word rules out
 * (data/lang/dateWordGuard.ts): compiling every language's names was most of a cold check's scan.
 */
import { allDateWords } from '../data/lang/dateWords.ts';
import { perPackSet } from '../data/lang/packSet.ts';
import { phrasesOf } from '../data/lang/phrasesOf.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';
import { markSpans } from './clippingMarks.ts';

const MAX_TEXT = 300;
const MAX_STRIPS = 6;

export interface Undated {
  /** The name, its date and the words joining it cut off (may be empty: the text was only a date). */
  name: string;
  /** The text carried a date next to the name. */
  dated: boolean;
}

interface DateMatchers {
  date: RegExp;
  /** What is left between a name and its date: separators, a joining word, a weekday ("ce jeudi"). */
  tail: RegExp;
  head: RegExp;
}

/** The date matchers of the active pack set: the month and weekday names its pages may write. */
const patterns = perPackSet((phrases): DateMatchers => {
  const month = phraseAlternation(phrases('months'));
  const weekday = phraseAlternation(phrases('weekdays'));
  const links = phraseAlternation(phrasesOf('dateLinks'));
  const edge = '(?<![\\p{L}\\p{N}])';
  const date = [
    // "来源:某网2024-03-06 17:48": a full ISO date glued to the name before it, as CJK meta lines print it; the
    // year's digits may follow the name's own ("…882024-03-06"), so no letter or digit edge before it.
    `(?<![./-])(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}(?!\\p{N})`,
    // 18/08/21, 2021-03-09, 27.3.2020, 12.2.
    `${edge}\\d{1,4}[./-]\\s?\\d{1,2}(?:[./-]\\s?\\d{2,4})?\\.?(?!\\p{N})`,
    // 1 marzo, 18. Mai, 1er mars, 8 HAZİRAN, 14 de julio
    `${edge}\\d{1,2}(?:\\.|er|º|ª)?\\s*(?:${links}\\s+)?${month}(?!\\p{L})`,
    // March 06, marzo 09 de 2021, tháng 3
    `${edge}${month}\\.?\\s*\\d{1,4}(?!\\p{N})`,
    // jeudi 2 juin, Thursday, March 6
    `${edge}${weekday},?\\s+\\d`,
    // 2020, 1998
    `${edge}(?:1[89]|20)\\d{2}(?!\\p{N})`,
    // 2018年, 7월, 3月
    `\\d{1,4}\\s*[年月월일日]`,
  ].join('|');
  return {
    date: new RegExp(date, 'iu'),
    tail: new RegExp(`(?:[\\s,;:·•|/(\\[–—-]+|${edge}(?:${links}|${weekday}|${month})\\s*)$`, 'iu'),
    head: new RegExp(`^(?:[\\s,;:·•|/)\\]–—-]+|(?:${links}|${weekday})(?![\\p{L}\\p{N}]))`, 'iu'),
  };
});

let glue: ReadonlySet<string> | null = null;
/**
 * For readers that cut a line into its name and its date (readDatedPaper): the date matcher, and whether a whole word
 * only joins a name to its date: a `dateLinks` word, a weekday or a month name of any language (a set lookup, no
 * second alternation to compile), or a short abbreviation with its dot, as weekdays are abbreviated next to a date
 * ("za.", "Sa.", "ven.").
 */
export function datePieces(): { date: RegExp; glueWord: (word: string) => boolean } {
  glue ??= new Set(
    [...phrasesOf('dateLinks'), ...allDateWords('weekdays'), ...allDateWords('months')].map((w) => w.toLowerCase()),
  );
  const words = glue;
  return {
    date: patterns().date,
    glueWord: (word) => words.has(word.toLowerCase().replace(/\.$/u, '')) || /^\p{L}{1,3}\.$/u.test(word),
  };
}

/** The name in `text` with any date written next to it (before or after) cut off. */
export function nameWithoutDate(text: string): Undated {
  const original = text.slice(0, MAX_TEXT);
  // Turkish capitals ("HAZİRAN") do not fold to the calendar's lower case: match İ as I (same length, same indexes).
  const t = original.replace(/İ/gu, 'I');
  const { date, tail, head } = patterns();
  const m = date.exec(t);
  if (!m) return { name: original.trim(), dated: false };
  let before = t.slice(0, m.index);
  for (let i = 0; i < MAX_STRIPS && tail.test(before); i++) before = before.replace(tail, '');
  const name = original.slice(0, before.length).trim();
  if (name) return { name, dated: true };
  // The date comes first ("8 HAZİRAN 2014 / ZAMAN", "2018年7月9日 …"): the name is what follows it.
  let at = m.index + m[0].length;
  for (let i = 0; i < MAX_STRIPS; i++) {
    const rest = t.slice(at);
    const next = date.exec(rest);
    const h = head.exec(rest);
    if (next && next.index <= 2) at += next.index + next[0].length;
    else if (h?.[0]) at += h[0].length;
    else break;
  }
  return {
    name: original
      .slice(at)
      .replace(/^[\p{N})\]）.]+/u, '')
      .trim(),
    dated: true,
  };
}

/**
 * After a clipping's last date, once its page, issue or edition marks are cut (the packs' `clippingMarks`, read by
 * clippingMarks.ts): punctuation and at most a year's abbreviation ("12 марта 2021 г.", "12 marca 2021 r.").
 */
const AFTER_DATE = /^[\s\p{P}]*(?:\p{L}{1,2}\.[\s\p{P}]*)?$/u;

function onlyMarksLeft(rest: string): boolean {
  let left = '';
  let at = 0;
  for (const [start, end] of markSpans(rest)) {
    left += `${rest.slice(at, start)} `;
    at = end;
  }
  return AFTER_DATE.test(left + rest.slice(at));
}

/** The text ends with a date, perhaps followed by a page or issue number: a clipping's credit, nothing going on. */
export function endsWithDate(text: string): boolean {
  const t = text.slice(-MAX_TEXT).replace(/İ/gu, 'I');
  const { date } = patterns();
  const all = new RegExp(date.source, 'giu');
  let end = -1;
  // Overlapping matches ("vendredi 2" then "24 octobre"): the furthest end wins.
  for (let m = all.exec(t), i = 0; m && i < MAX_TEXT; m = all.exec(t), i++) {
    end = Math.max(end, m.index + m[0].length);
    all.lastIndex = m.index + 1;
  }
  return end >= 0 && onlyMarksLeft(t.slice(end));
}
