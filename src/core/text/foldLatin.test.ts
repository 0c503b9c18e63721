import { describe, expect, test } from 'vitest';
import { foldLatin } from './foldLatin.ts';

describe('foldLatin', () => {
  test.each([
    ['Tiếp tục thực hiện Quy chế dân chủ', 'Tiep tuc thuc hien Quy che dan chu'],
    ['Đà Nẵng đường', 'Da Nang duong'],
    ['Součka Vávra', 'Soucka Vavra'],
    ['Łódź Øresund straße', 'Lodz Oresund strasse'],
    ['Jérémy Piette', 'Jeremy Piette'],
    // Not Latin: the vowel signs of Thai and Devanagari are letters, not accents.
    ['ภาษาไทย', 'ภาษาไทย'],
    ['हिन्दी', 'हिन्दी'],
    ['中国青年网', '中国青年网'],
  ])('%s → %s', (input, expected) => {
    expect(foldLatin(input)).toBe(expected);
  });
});
