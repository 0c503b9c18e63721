import { describe, expect, test } from 'vitest';
import { pickClaimedSource, tentativeClaims } from './pickClaimedSource.ts';
import type { Claim, Signal } from './report.ts';

const url = (value: string, via: Claim['via']): Claim => ({ value, type: 'url', via });
const name = (value: string, via: Claim['via']): Claim => ({ value, type: 'name', via });

describe('pickClaimedSource', () => {
  test.each<[string, Claim[], string | null]>([
    ['nothing claimed', [], null],
    ['a lone canonical', [url('https://a.example/x', 'canonical')], 'https://a.example/x'],
    [
      'a visible credit beats the canonical',
      [url('https://a.example/x', 'canonical'), url('https://b.example/y', 'source-line')],
      'https://b.example/y',
    ],
    [
      'a URL beats a name of the same kind',
      [name('Báo An Giang', 'source-line'), url('https://baoangiang.com.vn/a.html', 'source-line')],
      'https://baoangiang.com.vn/a.html',
    ],
    [
      'a named credit beats a canonical URL',
      [url('https://a.example/x', 'canonical'), name('Le Monde', 'source-line')],
      'Le Monde',
    ],
  ])('%s', (_, claims, expected) => {
    expect(pickClaimedSource(claims)).toBe(expected);
  });
});

describe('tentativeClaims: a claim only a line read by its shape backs is not shown unverified', () => {
  const line = (target: string, strength: number): Signal => ({
    kind: 'source-line',
    quote: 'q',
    where: 'w',
    target,
    strength,
  });
  test.each<[string, Signal[], string[]]>([
    ['a weak source line alone', [line('https://b.example/y', 0.45)], ['https://b.example/y']],
    ['a source line read by the tables', [line('https://b.example/y', 0.7)], []],
    [
      'a weak line whose target a strong signal also names',
      [
        line('https://b.example/y', 0.45),
        { kind: 'canonical', quote: 'q', where: 'w', target: 'https://b.example/y', strength: 0.8 },
      ],
      [],
    ],
  ])('%s', (_, signals, expected) => {
    expect([...tentativeClaims(signals)]).toEqual(expected);
  });

  test('skipped by pickClaimedSource, which falls back to the next claim', () => {
    const claims = [url('https://b.example/y', 'source-line'), url('https://a.example/x', 'canonical')];
    expect(pickClaimedSource(claims, new Set(['https://b.example/y']))).toBe('https://a.example/x');
  });
});
