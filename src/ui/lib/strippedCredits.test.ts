import { describe, expect, test } from 'vitest';
import { strippedCredits } from './strippedCredits.ts';
import { seedComparison, verifiedSeed } from '../fixtures/reports.ts';
import type { Comparison } from '../../core/report.ts';

function withCopy(texts: string[]): Comparison {
  return {
    ...seedComparison,
    copy: { ...seedComparison.copy, paragraphs: texts.map((text) => ({ text, status: 'same', spans: [] })) },
  };
}

describe('strippedCredits', () => {
  test('the seed comparison copy dropped the byline', () => {
    expect(strippedCredits(verifiedSeed, seedComparison)).toEqual([
      { name: 'Mỹ Linh', role: 'author' },
      { name: 'Trọng Tín', role: 'author' },
    ]);
  });

  test.each([
    ['MỸ LINH – TRỌNG TÍN', []],
    ['mỹ linh và trọng tín', []],
    ['Mỹ  Linh', [{ name: 'Trọng Tín', role: 'author' }]],
    // Diacritics matter: "My Linh" is a different name.
    [
      'My Linh – Trong Tin',
      [
        { name: 'Mỹ Linh', role: 'author' },
        { name: 'Trọng Tín', role: 'author' },
      ],
    ],
  ])('copy text %j', (text, expected) => {
    expect(strippedCredits(verifiedSeed, withCopy([text]))).toEqual(expected);
  });

  test('photographers and agency too, once each', () => {
    const report = {
      ...verifiedSeed,
      credits: { authors: ['A B'], photographers: ['A B', 'C D'], agency: 'TTXVN', poster: null },
    };
    expect(strippedCredits(report, withCopy(['Ảnh: C D']))).toEqual([
      { name: 'A B', role: 'author' },
      { name: 'TTXVN', role: 'agency' },
    ]);
  });
});
