import { describe, expect, test } from 'vitest';
import { escapeRegExp } from './escapeRegExp.ts';

describe('escapeRegExp', () => {
  test.each([
    ['a.b', 'a.b', true],
    ['a.b', 'axb', false],
    ['(AP)', '(AP)', true],
    ['c++ [x] {1} ^$ | \\ ? *', 'c++ [x] {1} ^$ | \\ ? *', true],
  ])('%s matches %s only literally', (word, text, matches) => {
    expect(new RegExp(`^${escapeRegExp(word)}$`, 'u').test(text)).toBe(matches);
  });
});
