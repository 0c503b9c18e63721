import { describe, expect, test } from 'vitest';
import { readAgencyByline } from './readAgencyByline.ts';

describe('readAgencyByline: a byline crediting an agency or another outlet', () => {
  test.each([
    ['By AFP and Jane Roe', 'AFP'],
    ['Por EFE', 'EFE'],
    ['By PTI, Mumbai:', 'PTI'],
    ['Text by John Roe and Mary Major, Reuters', 'Reuters'],
    ['Von Anna Muster, dpa', 'dpa'],
    ['Af: /Ritzau/', 'Ritzau'],
    ['Par Jean Dupont avec AFP', 'AFP'],
    ['Oleh ANTARA', 'ANTARA'],
  ])('%s → %s', (line, written) => {
    expect(readAgencyByline(line)?.written).toBe(written);
  });

  test.each([
    ['By Jane Roe and John Doe'],
    ['Photo by AFP'],
    ['Grafik von dpa'],
    ['Posted by admin'],
    ['By the graphics desk | Source: Reuters'],
    ['The minister was interviewed by Reuters and said the plan would go ahead next spring, despite the protests.'],
  ])('no outlet credited: %s', (line) => {
    expect(readAgencyByline(line)).toBeNull();
  });

  test('pathological input stays fast: long bylines of joining words', () => {
    const inputs = [`By ${'and, '.repeat(20_000)}`, `By ${'A/'.repeat(30_000)}`, `Article by ${'x '.repeat(50_000)}`];
    const started = performance.now();
    for (const t of inputs) readAgencyByline(t);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
