import { describe, expect, test } from 'vitest';
import { forScorer, reportsForScorer } from '../../scripts/for-scorer.mjs';

describe('reports for the shared scorer', () => {
  test.each([
    [
      'unchecked becomes clean (not detected)',
      { url: 'https://a.example/', verdict: 'unchecked', errors: [{ code: 'timeout' }] },
      'clean',
    ],
    ['copy stays copy', { url: 'https://a.example/', verdict: 'copy' }, 'copy'],
    ['clean stays clean', { url: 'https://a.example/', verdict: 'clean' }, 'clean'],
  ])('%s', (_name, report, verdict) => {
    const out = JSON.parse(forScorer(JSON.stringify(report))) as { verdict: string; errors?: unknown };
    expect(out).toEqual({ ...report, verdict });
  });

  test('counts the unchecked lines of a file and keeps the others byte for byte', () => {
    const copy = JSON.stringify({ url: 'https://b.example/', verdict: 'copy' });
    const text = `${JSON.stringify({ url: 'https://a.example/', verdict: 'unchecked' })}\n${copy}\n`;
    const { text: out, unchecked } = reportsForScorer(text);
    expect(unchecked).toBe(1);
    expect(out.split('\n')[1]).toBe(copy);
    expect(out.endsWith('\n')).toBe(true);
  });
});
