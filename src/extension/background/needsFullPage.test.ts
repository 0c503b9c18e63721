import { describe, expect, test } from 'vitest';
import type { Report } from '../../core/report.ts';
import { needsFullPage } from './needsFullPage.ts';
import { ORIGINAL, testReport } from './testReport.ts';

const SIGNAL = {
  kind: 'source-line',
  quote: 'Source: Orig',
  where: 'end',
  strength: 0.7,
  place: 'article-end',
} as const;
const candidate = (via: string, outcome = 'verified') => ({ url: ORIGINAL.url, via, outcome }) as never;

describe('needsFullPage', () => {
  test.each<[string, Partial<Report>, boolean]>([
    ['clean, nothing found', {}, false],
    ['clean with a weak signal', { signals: [SIGNAL as never] }, true],
    ['clean after a candidate was tried', { candidates: [candidate('hotlink-host', 'different')] }, true],
    ['clean but naming a source', { claimedSource: ORIGINAL.url }, true],
    ['suspected', { verdict: 'suspected', signals: [SIGNAL as never] }, true],
    [
      'a copy verified against a fetched original',
      { verdict: 'copy', trust: 'verified', original: ORIGINAL, candidates: [candidate('claimed-url')] },
      false,
    ],
    [
      'a copy of a page read earlier',
      { verdict: 'copy', trust: 'verified', original: ORIGINAL, candidates: [candidate('memory')] },
      true,
    ],
    ['a copy claimed, not verified', { verdict: 'copy', trust: 'claimed', original: null }, true],
  ])('%s → %s', (_name, over, expected) => {
    expect(needsFullPage(testReport(over))).toBe(expected);
  });
});
