import { describe, expect, test } from 'vitest';
import { isAllCaps, readableCase } from './readableCase.ts';

describe('readableCase', () => {
  test.each([
    ['MỸ LINH', 'Mỹ Linh'],
    ['TRỌNG TÍN', 'Trọng Tín'],
    ['NGUYỄN THỊ ĐÀO', 'Nguyễn Thị Đào'],
    ['JEAN-PIERRE O’NEIL', 'Jean-Pierre O’Neil'],
    ['NATALIYA VASILYEVA', 'Nataliya Vasilyeva'],
    ['ΓΙΏΡΓΟΣ ΠΑΠΑΔΌΠΟΥΛΟΣ', 'Γιώργος Παπαδόπουλος'],
    ['ИВАН ПЕТРОВ', 'Иван Петров'],
    ['J.R.R. TOLKIEN', 'J.R.R. Tolkien'],
    // Mixed case is the name's own spelling: kept.
    ['Ronald McDonald', 'Ronald McDonald'],
    ['DeShawn Stevenson', 'DeShawn Stevenson'],
    ['danah boyd', 'danah boyd'],
    ['史蒂文的家_藍天', '史蒂文的家_藍天'],
  ])('%s → %s', (input, out) => {
    expect(readableCase(input)).toBe(out);
  });

  test('NFD input comes out NFC', () => {
    expect(readableCase('MỸ LINH'.normalize('NFD'))).toBe('Mỹ Linh');
  });

  test('Turkish dotted capitals with the page language', () => {
    expect(readableCase('İSMAİL KAYA', 'tr')).toBe('İsmail Kaya');
  });

  test.each([
    ['AP', true],
    ['Ap', false],
    ['X', false],
    ['中国', false],
  ])('isAllCaps(%s) = %s', (s, out) => {
    expect(isAllCaps(s)).toBe(out);
  });
});
