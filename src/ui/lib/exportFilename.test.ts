import { describe, expect, test } from 'vitest';
import { exportFilename } from './exportFilename.ts';

describe('exportFilename', () => {
  test.each([
    [
      'https://www.tinnhanh-tonghop24h.net/a/',
      '2026-11-29T03:00:00.000Z',
      'json',
      'provenance-tinnhanh-tonghop24h.net-20261129-0300.json',
    ],
    ['https://xn--r8jz45g.jp/x', '2026-11-29T03:00:00.000Z', 'md', 'provenance-xn--r8jz45g.jp-20261129-0300.md'],
    ['javascript:alert(1)', '2026-11-29T03:00:00.000Z', 'json', 'provenance-20261129-0300.json'],
    [null, 'garbage', 'csv', 'provenance.csv'],
    ['https://a.example/', '2026-11-29T03:00:00Z', '../../etc', 'provenance-a.example-20261129-0300.etc'],
  ])('%s at %s', (url, time, ext, expected) => {
    expect(exportFilename('provenance', url, time, ext)).toBe(expected);
  });
});
