import { describe, expect, test } from 'vitest';
import { findAgency } from './findAgency.ts';

const BODY =
  'The council met on Tuesday to discuss the budget for the coming year, and members said the schools would receive more money next year.';

describe('findAgency', () => {
  test.each<[string, string[], string | null]>([
    ['a US dateline', ['WASHINGTON (AP) — The council met on Tuesday.', BODY], 'AP'],
    ['a French dateline', ['PARIS (AFP) - Le conseil s’est réuni mardi.', BODY], 'AFP'],
    ['a Vietnamese lead', ['(TTXVN) – Sáng 7/4, hội nghị đã diễn ra.', BODY], 'TTXVN'],
    ['a dpa lead', ['Berlin (dpa) - Die Kreisverwaltung kündigt neue Stellen an.', BODY], 'dpa'],
    ['"Theo TTXVN" at the end', [BODY, 'Theo TTXVN'], 'TTXVN'],
    ['"— Reuters" at the end', [BODY, '— Reuters'], 'Reuters'],
    ['"Source: AFP/TTXVN" at the end', [BODY, 'Source: AFP/TTXVN'], 'AFP'],
    ['no agency', [BODY, BODY], null],
    [
      'an agency only mentioned inside a sentence',
      ['Officials told Reuters on Tuesday that the budget would grow by a lot more than expected.', BODY],
      null,
    ],
    ['a short word that is an agency name in another case', ['Spa (spa) - the resort reopened.', BODY], null],
  ])('%s', (_, paragraphs, agency) => {
    expect(findAgency(paragraphs)).toBe(agency);
  });
});
