import { describe, expect, test } from 'vitest';
import { pickClaimedSource } from './pickClaimedSource.ts';
import type { Claim } from './report.ts';

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
