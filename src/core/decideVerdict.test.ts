import { describe, expect, test } from 'vitest';
import { decideVerdict, type VerdictInput } from './decideVerdict.ts';
import type { Signal } from './report.ts';

const ORIGINAL = 'https://baoangiang.com.vn/a-359678.html';
const sig = (kind: Signal['kind'], strength: number, target?: string): Signal => ({
  kind,
  strength,
  quote: kind,
  ...(target ? { target } : {}),
});
const input = (over: Partial<VerdictInput>): VerdictInput => ({
  signals: [],
  claims: [],
  originalUrl: null,
  bylineKept: false,
  ...over,
});

describe('decideVerdict', () => {
  test.each<[string, Partial<VerdictInput>, string, string, boolean]>([
    ['no evidence at all', {}, 'clean', 'none', false],
    ['a weak signal alone', { signals: [sig('hotlinked-media', 0.3)] }, 'clean', 'none', false],
    ['a spam footer alone', { signals: [sig('spam-footer', 0.8)] }, 'suspected', 'signals', false],
    [
      'a claimed source that did not verify',
      { signals: [sig('source-line', 0.9)], claims: [{ value: ORIGINAL, type: 'url', via: 'source-line' }] },
      'suspected',
      'claimed',
      false,
    ],
    [
      'a verified original',
      { signals: [sig('source-line', 0.9), sig('text-match', 0.97, ORIGINAL)], originalUrl: ORIGINAL },
      'copy',
      'verified',
      false,
    ],
    [
      'canonical to the verified original with the credit kept',
      {
        signals: [sig('canonical', 0.7, ORIGINAL), sig('text-match', 1, ORIGINAL)],
        originalUrl: ORIGINAL,
        bylineKept: true,
      },
      'copy',
      'verified',
      true,
    ],
    [
      'canonical kept by a scraper without credit',
      { signals: [sig('canonical', 0.7, ORIGINAL), sig('text-match', 1, ORIGINAL)], originalUrl: ORIGINAL },
      'copy',
      'verified',
      false,
    ],
    [
      'canonical and credit, but a spam footer',
      {
        signals: [sig('canonical', 0.7, ORIGINAL), sig('spam-footer', 0.9), sig('text-match', 1, ORIGINAL)],
        originalUrl: ORIGINAL,
        bylineKept: true,
      },
      'copy',
      'verified',
      false,
    ],
  ])('%s', (_, over, verdict, trust, syndicated) => {
    const out = decideVerdict(input(over));
    expect([out.verdict, out.trust, out.syndicated]).toEqual([verdict, trust, syndicated]);
    expect(out.confidence).toBeGreaterThan(0);
    expect(out.confidence).toBeLessThan(1);
  });

  test('the reasons lead with how the verdict is known', () => {
    expect(decideVerdict(input({ signals: [sig('spam-footer', 0.9)] })).reasons[0]).toBe('signals-no-source');
    expect(decideVerdict(input({ originalUrl: ORIGINAL, signals: [sig('text-match', 0.9)] })).reasons[0]).toBe(
      'text-verified',
    );
  });
});
