import { describe, expect, test } from 'vitest';
import { formatDate, isoDay } from './formatDate.ts';
import { formatPercent } from './formatPercent.ts';

describe('formatDate', () => {
  test.each([
    ['2023-04-07', 'en', 'Apr 7, 2023'],
    ['2023-04-07', 'vi', '7 thg 4, 2023'],
    [null, 'en', null],
    ['', 'en', null],
    ['not a date', 'en', null],
  ])('formatDate(%j, %s)', (iso, locale, expected) => {
    expect(formatDate(iso, locale)).toBe(expected);
  });

  test('a date-time keeps its day', () => {
    expect(formatDate('2023-04-07T10:00:00+07:00', 'en')).toMatch(/2023/);
  });
});

describe('isoDay', () => {
  test.each([
    ['2023-04-07', '2023-04-07'],
    ['2023-04-07T08:30:00+07:00', '2023-04-07'],
    ['April 7, 2023 UTC', '2023-04-07'],
    ['garbage', null],
    [null, null],
  ])('isoDay(%j) = %j', (iso, expected) => {
    expect(isoDay(iso)).toBe(expected);
  });
});

describe('formatPercent', () => {
  test.each([
    [0.94, '94'],
    [0.945, '95'],
    [1, '100'],
    [0, '0'],
    [-0.3, '0'],
    [2.5, '100'],
    [Number.NaN, '0'],
  ])('formatPercent(%d) = %s', (share, expected) => {
    expect(formatPercent(share)).toBe(expected);
  });
});
