/**
 * A publisher's name with the date written next to it cut off: clippings and credits date what they name ("Le
 * Monde du 18/08/21", "La Repubblica, 1 marzo 2020", "The Star Online March 06, 2008 – Thursday", "8 HAZİRAN 2014 /
 * ZAMAN"), and a date is never part of a publisher. Month and weekday names come from the platform's calendar data
 * (Intl, CLDR) for every language a pack is written for, so no month is typed here; the words joining a name to its
 * date ("du", "del", "vom") are each pack's `dateLinks`.
 */
import { LANGUAGE_PACKS } from '../data/lang/languagePacks.ts';
import { phrasesOf } from '../data/lang/phrasesOf.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';

const MAX_TEXT = 300;
const MAX_STRIPS = 6;

export interface Undated {
  /** The name, its date and the words joining it cut off (may be empty: the text was only a date). */
  name: string;
  /** The text carried a date next to the name. */
  dated: boolean;
}

interface DateWords {
  months: string[];
  weekdays: string[];
}

let words: DateWords | null = null;
/** Built on first use from Intl: long, genitive and short month names, long weekday names, without digits. */
function dateWords(): DateWords {
  if (words) return words;
  const months = new Set<string>();
  const weekdays = new Set<string>();
  const add = (set: Set<string>, raw: string): void => {
    const w = raw.normalize('NFC').replace(/\.$/u, '').trim();
    if (w.length < 3 || /\p{N}/u.test(w)) return;
    set.add(w);
    // Written in capitals, Turkish ı is I, which a case-insensitive match reads as i ("KASIM" for "Kasım").
    if (w.includes('ı')) set.add(w.replace(/ı/gu, 'i'));
  };
  for (const { code } of LANGUAGE_PACKS) {
    try {
      const long = new Intl.DateTimeFormat(code, { month: 'long' });
      const short = new Intl.DateTimeFormat(code, { month: 'short' });
      const withDay = new Intl.DateTimeFormat(code, { day: 'numeric', month: 'long' });
      const weekday = new Intl.DateTimeFormat(code, { weekday: 'long' });
      for (let m = 0; m < 12; m++) {
        const d = new Date(Date.UTC(2020, m, 15, 12));
        add(months, long.format(d));
        add(months, short.format(d));
        for (const p of withDay.formatToParts(d)) if (p.type === 'month') add(months, p.value);
      }
      for (let day = 0; day < 7; day++) add(weekdays, weekday.format(new Date(Date.UTC(2020, 2, 15 + day, 12))));
    } catch {
      // A platform without this locale's data: its dates are still found by their digits.
    }
  }
  words = { months: [...months], weekdays: [...weekdays] };
  return words;
}

let res: { date: RegExp; tail: RegExp; head: RegExp } | null = null;
function patterns(): { date: RegExp; tail: RegExp; head: RegExp } {
  if (res) return res;
  const { months, weekdays } = dateWords();
  const month = phraseAlternation(months);
  const weekday = phraseAlternation(weekdays);
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
  res = {
    date: new RegExp(date, 'iu'),
    // What is left between a name and its date: separators, a joining word, a weekday ("ce jeudi").
    tail: new RegExp(`(?:[\\s,;:·•|/(\\[–—-]+|${edge}(?:${links}|${weekday}|${month})\\s*)$`, 'iu'),
    head: new RegExp(`^(?:[\\s,;:·•|/)\\]–—-]+|(?:${links}|${weekday})(?![\\p{L}\\p{N}]))`, 'iu'),
  };
  return res;
}

let pieces: { date: RegExp; glueWord: (word: string) => boolean } | null = null;
/**
 * For readers that cut a line into its name and its date (readDatedPaper): the date matcher, and whether a whole word
 * only joins a name to its date: a `dateLinks` word, a weekday or a month name (a set lookup, no second alternation
 * to compile), or a short abbreviation with its dot, as weekdays are abbreviated next to a date ("za.", "Sa.", "ven.").
 */
export function datePieces(): { date: RegExp; glueWord: (word: string) => boolean } {
  if (pieces) return pieces;
  const { months, weekdays } = dateWords();
  const glue = new Set([...phrasesOf('dateLinks'), ...weekdays, ...months].map((w) => w.toLowerCase()));
  pieces = {
    date: patterns().date,
    glueWord: (word) => glue.has(word.toLowerCase().replace(/\.$/u, '')) || /^\p{L}{1,3}\.$/u.test(word),
  };
  return pieces;
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

/** After a clipping's last date, at most a page or issue number ("3 May 2019, page 6", "18/08/21 p. 4", "Nr. 12"). */
const AFTER_DATE =
  /^[\s\p{P}]*(?:(?:p|pp|pg|pag|page|pages|pagina|página|seite|s|str|nr|no|n|issue|numéro|número)\.?\s*\d{1,4}[\s\p{P}]*)?$/iu;

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
  return end >= 0 && AFTER_DATE.test(t.slice(end));
}
