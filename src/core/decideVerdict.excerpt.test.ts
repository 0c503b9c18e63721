import { describe, expect, test } from 'vitest';
import { decideVerdict, EXCERPT_COVERAGE } from './decideVerdict.ts';
import type { Signal } from './report.ts';

const readMore: Signal = { kind: 'read-more', quote: 'Keep reading on X', strength: 0.6, target: 'X' };
const match: Signal = { kind: 'text-match', quote: '…', strength: 1 };

describe('decideVerdict: a verified excerpt says so', () => {
  test.each([
    ['an excerpt (a fifth of the original)', 0.2, true],
    ['just under the line', EXCERPT_COVERAGE - 0.01, true],
    ['a full copy', 0.95, false],
    ['at the line', EXCERPT_COVERAGE, false],
    ['coverage unknown', null, false],
  ])('%s', (_name, coverage, excerpt) => {
    const v = decideVerdict({
      signals: [readMore, match],
      claims: [{ value: 'https://x.example/a', type: 'url', via: 'source-line' }],
      originalUrl: 'https://x.example/a',
      originalCoverage: coverage,
      bylineKept: false,
    });
    expect(v.verdict).toBe('copy');
    expect(v.reasons.includes('excerpt')).toBe(excerpt);
  });

  test('no original, no excerpt reason', () => {
    const v = decideVerdict({
      signals: [readMore],
      claims: [],
      originalUrl: null,
      originalCoverage: 0.1,
      bylineKept: false,
    });
    expect(v.verdict).toBe('suspected');
    expect(v.reasons).not.toContain('excerpt');
  });
});
