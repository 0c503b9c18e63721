/**
 * An item's credit line on a feed aggregator: the outlet the item was taken from and when it was posted, nothing else
 * ("Outlet - Thu, 23/10/2025 - 22:30", "outlet.example, 4 December 2025 16:50", "OUTLET - 5 min ago", "Outlet před 2
 * dny", "# outlet.example"). Aggregators print one over (or under) every item; an outlet's own pages print a byline
 * there instead, which is why the caller decides what the name may be (a host, a name the directory knows, a name
 * repeated over several items that is not shaped like a person's).
 *
 * The date is read by nameWithoutDate (calendar words from Intl), the clock time and the "time ago" by their shapes
 * (bylineTimes.ts, relativeTimes.ts): data, not words typed here. Linear: one line of at most MAX_LINE characters.
 */
import { CLOCK_SUFFIXES, TIME_UNITS } from '../data/bylineTimes.ts';
import { NON_NAME_WORDS } from '../data/nonNames.ts';
import { LONG_TIME_UNITS } from '../data/relativeTimes.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';
import { nameWithoutDate } from './nameWithoutDate.ts';
import { timeAgoMatcher } from './timeAgoPattern.ts';

const MAX_LINE = 90;
const MAX_NAME = 50;
const MAX_NAME_WORDS = 6;
/** Words left once the date and time are taken out: a weekday, a month ("Thu", "décembre"), two at most. */
const MAX_REST_WORDS = 2;
const MAX_REST_WORD = 12;

export interface DatedCredit {
  /** The outlet as written. */
  name: string;
}

const CLOCK = new RegExp(
  `(?<!\\p{N})\\d{1,2}[:.h]\\d{2}(?::\\d{2})?(?:\\s*${phraseAlternation(CLOCK_SUFFIXES, { bounded: true })})?(?!\\p{N})`,
  'giu',
);
const NUMERIC_DATE = /(?<!\p{N})\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?(?!\p{N})/gu;
/** A time ago in a text ("5 min ago", "před 2 dny", "il y a 3 jours"), or null when it holds no unit. */
const relativeIn = timeAgoMatcher([...TIME_UNITS, ...LONG_TIME_UNITS]);
/** Between the outlet and its date: a spaced dash, bar or bullet, or a comma. */
const SEPARATOR = /\s+[-–—|｜·•]\s+|,\s+|\s+[-–—|｜·•]$/u;
const DECORATION = /^[#>*•·\-–—\s]+/u;

/** The outlet of a dated credit line, or null when the line is anything else. */
export function readDatedCredit(line: string): DatedCredit | null {
  const t = line.replace(DECORATION, '').replace(/\s+/gu, ' ').trim();
  if (!t || t.length > MAX_LINE || !/\p{N}/u.test(t)) return null;
  const start = firstTimeAt(t);
  if (start === null || start === 0) return null;
  const head = t.slice(0, start);
  const cut = SEPARATOR.exec(head);
  const name = (cut ? head.slice(0, cut.index) : head).replace(/[\s,;:|｜·•–—-]+$/u, '').trim();
  // "April 5, 2018, 3:34 pm": the date itself is no outlet.
  if (!nameLike(name) || nameWithoutDate(name).dated) return null;
  return onlyWhen(t.slice(name.length)) ? { name } : null;
}

/** Where the first date, clock time or "time ago" starts (the earliest of them), or null when the line has none. */
function firstTimeAt(t: string): number | null {
  let at: number | null = null;
  for (const re of [CLOCK, NUMERIC_DATE, relativeIn(t)]) {
    if (!re) continue;
    re.lastIndex = 0;
    const m = re.exec(t);
    if (m && (at === null || m.index < at)) at = m.index;
  }
  // A date in words ("4 December 2025", "Jue, 23 de octubre"): where the name with its date cut off ends.
  const undated = nameWithoutDate(t);
  if (undated.dated && undated.name && t.startsWith(undated.name)) {
    const wordsAt = undated.name.length;
    if (at === null || wordsAt < at) at = wordsAt;
  }
  return at;
}

/** What follows the name is its date and time only: those taken out, a few short words at most (a weekday). */
function onlyWhen(rest: string): boolean {
  const dated = rest.replace(CLOCK, ' ').replace(NUMERIC_DATE, ' ');
  const relative = relativeIn(dated);
  const left = (relative ? dated.replace(relative, ' ') : dated)
    .replace(/\p{N}+/gu, ' ')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .trim();
  const words = left ? left.split(/\s+/u) : [];
  // A date must be there: at least one number the patterns took (a year alone says nothing).
  if (!/\d{1,2}\D+\d|\d{1,2}[:.h]\d{2}|\d\s?\p{L}/u.test(rest)) return false;
  return words.length <= MAX_REST_WORDS && words.every((w) => w.length <= MAX_REST_WORD && calendarWord(w));
}

/**
 * A word of a date: a month or weekday of the platform's calendar data (nameWithoutDate reads "1 <month>" and
 * "<weekday> 2" as dates and nothing else), or a capitalised abbreviation ("Thu", "Jue"). A lower-case word that is
 * neither is a sentence going on ("ended at 10:30 with no deal").
 */
function calendarWord(w: string): boolean {
  if (/^\p{Lu}/u.test(w) || !/^\p{Ll}/u.test(w)) return true;
  const asMonth = nameWithoutDate(`1 ${w}`);
  const asWeekday = nameWithoutDate(`${w} 2`);
  return (asMonth.dated && !asMonth.name) || (asWeekday.dated && !asWeekday.name);
}

/** A name: short, few words, a letter in it, no sentence punctuation, starting like a name or in a script without case. */
function nameLike(name: string): boolean {
  if (!name || name.length > MAX_NAME || !/\p{L}/u.test(name)) return false;
  if (name.split(/\s+/u).length > MAX_NAME_WORDS) return false;
  if (/[!?;"“”«»]/u.test(name) || /[.:]\s/u.test(name)) return false;
  if (/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/iu.test(name)) return true;
  const words = name.split(/\s+/u);
  // "Posted", "Updated", "Admin": a theme's label or a role before the date, not an outlet.
  if (words.length === 1 && NON_NAME_WORDS.has(name.toLowerCase())) return false;
  // Starts like a name, and does not end on a small lower-case word ("ended at"): a sentence runs on there.
  return !/^\p{Ll}/u.test(name) && !/^\p{Ll}{1,4}$/u.test(words[words.length - 1] ?? '');
}
