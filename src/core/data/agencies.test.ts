import { describe, expect, test } from 'vitest';
import { agencyNamed } from './agencies.ts';

describe('agencyNamed', () => {
  test.each<[string, string | null]>([
    ['AP', 'AP'],
    ['The Associated Press', 'AP'],
    ['Reuters', 'Reuters'],
    ['REUTERS', 'Reuters'],
    ['Agence France-Presse', 'AFP'],
    ['TTXVN', 'TTXVN'],
    ['Thông tấn xã Việt Nam', 'TTXVN'],
    ['dpa', 'dpa'],
    ['DPA', 'dpa'],
    ['新华社', 'Xinhua'],
    [' – AFP. ', 'AFP'],
    // Short names only as written or in capitals; people and words are not agencies.
    ['Ap', null],
    ['spa', null],
    ['Tt', null],
    ['Jane Doe', null],
    ['Associated', null],
  ])('%s → %s', (text, out) => {
    expect(agencyNamed(text)).toBe(out);
  });
});
