/**
 * Month and weekday names by language pack, read from the generated data (dateWordData.ts, built from the platform's
 * calendar data by buildDateWords.ts): a cold engine reads them instead of asking Intl for 69 languages.
 */
import { DATE_WORD_DATA } from './dateWordData.ts';
import { LANGUAGE_PACKS } from './languagePacks.ts';

export interface DateWords {
  readonly months: readonly string[];
  readonly weekdays: readonly string[];
}

/** The guardable lists of a pack's date words (packGuards.ts): a field each. */
export const DATE_FIELDS = ['months', 'weekdays'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

const NONE: DateWords = { months: [], weekdays: [] };

export function dateWordsOfPack(code: string): DateWords {
  return DATE_WORD_DATA[code] ?? NONE;
}

/** Every pack's names of one field, in the packs' order, each once. */
export function allDateWords(field: DateField): string[] {
  return [...new Set(LANGUAGE_PACKS.flatMap((p) => dateWordsOfPack(p.code)[field]))];
}
