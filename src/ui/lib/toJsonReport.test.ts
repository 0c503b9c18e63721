import { describe, expect, test } from 'vitest';
import { toJsonReport } from './toJsonReport.ts';
import {
  SEED_COPY_URL,
  SEED_ORIGINAL_URL,
  seedComparison,
  suspectedClaimed,
  verifiedSeed,
} from '../fixtures/reports.ts';

const exportedAt = '2026-11-29T04:00:00.000Z';

describe('toJsonReport', () => {
  test('carries the facts to cite', () => {
    const doc = JSON.parse(toJsonReport(verifiedSeed, { exportedAt }));
    expect(doc).toMatchObject({
      format: 'provenance-evidence',
      version: 1,
      exportedAt,
      checkedAt: verifiedSeed.checkedAt,
      verdict: 'copy',
      trust: 'verified',
      page: { url: SEED_COPY_URL, textHash: verifiedSeed.page.textHash },
      original: { url: SEED_ORIGINAL_URL, publisher: 'Báo An Giang', textHash: verifiedSeed.original!.textHash },
      overlap: { containment: 0.94 },
      credits: { authors: ['Mỹ Linh', 'Trọng Tín'], poster: 'quoc_vu' },
    });
    expect(doc.findings.map((s: { kind: string }) => s.kind)).toEqual([
      'source-line',
      'spam-footer',
      'text-match',
      'slug-match',
    ]);
    expect(doc.report).toEqual(verifiedSeed);
    expect(doc.comparison).toBeUndefined();
  });

  test('no original: null original and overlap, errors kept', () => {
    const doc = JSON.parse(toJsonReport(suspectedClaimed, { exportedAt }));
    expect(doc.original).toBeNull();
    expect(doc.overlap).toBeNull();
    expect(doc.claimedSource).toBe(suspectedClaimed.claimedSource);
    expect(doc.errors).toHaveLength(1);
  });

  test('includes the comparison when given', () => {
    const doc = JSON.parse(toJsonReport(verifiedSeed, { exportedAt, comparison: seedComparison }));
    expect(doc.comparison.original.paragraphs).toHaveLength(4);
  });
});
