import { describe, expect, test } from 'vitest';
import { hashString } from './hashString.ts';
import { shingleHashes } from './shingles.ts';
import { normalizeSpace } from './normalizeSpace.ts';

describe('shingleHashes', () => {
  test.each<[string[], number]>([
    [['a', 'b', 'c', 'd', 'e'], 3],
    [['a', 'b', 'c'], 1],
    [['quang', 'cảnh'], 1],
    [[], 0],
  ])('%j gives %i shingles', (words, n) => {
    expect(shingleHashes(words)).toHaveLength(n);
  });

  test('order matters, the same words give the same hashes', () => {
    expect(shingleHashes(['a', 'b', 'c'])).toEqual(shingleHashes(['a', 'b', 'c']));
    expect(shingleHashes(['a', 'b', 'c'])).not.toEqual(shingleHashes(['c', 'b', 'a']));
  });

  test.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('FNV-1a of %j', (s, h) => {
    expect(hashString(s)).toBe(h);
  });
});

describe('normalizeSpace', () => {
  test.each([
    ['  a \n\t b\u00a0c\u200b ', 'a b c'],
    ['\ufeffx', 'x'],
    ['', ''],
  ])('%j → %j', (input, out) => {
    expect(normalizeSpace(input)).toBe(out);
  });
});
