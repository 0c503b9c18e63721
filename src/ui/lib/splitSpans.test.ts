import { describe, expect, test } from 'vitest';
import { splitSpans, type Segment } from './splitSpans.ts';

const m = (text: string): Segment => ({ text, marked: true });
const u = (text: string): Segment => ({ text, marked: false });

describe('splitSpans', () => {
  test.each<[string, [number, number][], Segment[]]>([
    ['abcdef', [], [u('abcdef')]],
    ['abcdef', [[0, 6]], [m('abcdef')]],
    ['abcdef', [[2, 4]], [u('ab'), m('cd'), u('ef')]],
    [
      'abcdef',
      [
        [4, 6],
        [0, 2],
      ],
      [m('ab'), u('cd'), m('ef')],
    ],
    [
      'abcdef',
      [
        [0, 3],
        [2, 5],
      ],
      [m('abcde'), u('f')],
    ],
    [
      'abcdef',
      [
        [0, 2],
        [2, 4],
      ],
      [m('abcd'), u('ef')],
    ],
    [
      'abcdef',
      [
        [-5, 2],
        [4, 99],
      ],
      [m('ab'), u('cd'), m('ef')],
    ],
    ['abcdef', [[4, 2]], [u('ab'), m('cd'), u('ef')]],
    [
      'abcdef',
      [
        [3, 3],
        [Number.NaN, 2],
      ],
      [u('abcdef')],
    ],
    ['', [[0, 4]], []],
  ])('%s %j', (text, spans, expected) => {
    const segments = splitSpans(text, spans);
    expect(segments).toEqual(expected);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});
