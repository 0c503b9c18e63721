import { describe, expect, test } from 'vitest';
import { buildDateWords } from './buildDateWords.ts';
import { DATE_WORD_DATA } from './dateWordData.ts';
import { LANGUAGE_PACKS } from './languagePacks.ts';

describe('generated month and weekday names', () => {
  test('are what the platform gives for every pack (regenerate after a platform update: npm run generate:guards)', () => {
    expect(DATE_WORD_DATA, 'dateWordData.ts is stale: run npm run generate:guards').toEqual(
      buildDateWords(LANGUAGE_PACKS.map((p) => p.code)),
    );
  });

  test('hold long, genitive and short month names and weekday names, without digits', () => {
    expect(DATE_WORD_DATA['fr']?.months).toEqual(expect.arrayContaining(['janvier', 'janv', 'mars']));
    expect(DATE_WORD_DATA['ru']?.months).toEqual(expect.arrayContaining(['январь', 'января']));
    expect(DATE_WORD_DATA['tr']?.months).toEqual(expect.arrayContaining(['Kasım', 'Kasim']));
    expect(DATE_WORD_DATA['de']?.weekdays).toContain('Donnerstag');
    for (const { months, weekdays } of Object.values(DATE_WORD_DATA))
      for (const name of [...months, ...weekdays]) expect(name).not.toMatch(/\p{N}/u);
  });
});
