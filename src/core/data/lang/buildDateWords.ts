/**
 * Each language pack's month and weekday names, from the platform's calendar data (Intl, CLDR): long, genitive and
 * short month names and long weekday names, without digits, so that no month is typed by hand. This runs at build
 * time (scripts/generate-pack-guards.ts writes dateWordData.ts; a test fails when it differs from what Intl gives):
 * the calendar data of 69 languages cost a cold engine about 80 ms on its first dated name.
 */
import type { DateWords } from './dateWords.ts';

export function buildDateWords(codes: readonly string[]): Record<string, DateWords> {
  return Object.fromEntries(codes.map((code) => [code, dateWordsOf(code)]));
}

function dateWordsOf(code: string): DateWords {
  const months = new Set<string>();
  const weekdays = new Set<string>();
  const add = (set: Set<string>, raw: string): void => {
    const w = raw.normalize('NFC').replace(/\.$/u, '').trim();
    if (w.length < 3 || /\p{N}/u.test(w)) return;
    set.add(w);
    // Written in capitals, Turkish ı is I, which a case-insensitive match reads as i ("KASIM" for "Kasım").
    if (w.includes('ı')) set.add(w.replace(/ı/gu, 'i'));
  };
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
  return { months: [...months], weekdays: [...weekdays] };
}
