import { describe, expect, test } from 'vitest';
import { truncate } from './truncate.ts';

describe('truncate', () => {
  test.each([
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['eleven chars', 10, 'eleven ch…'],
    ['  spaced \n\n out  ', 20, 'spaced out'],
    ['Mỹ Linh – Trọng Tín', 8, 'Mỹ Linh…'],
    ['😀😀😀😀😀', 3, '😀😀…'],
    ['anything', 0, ''],
  ])('truncate(%j, %i) = %j', (text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
  });

  test('never exceeds max code points', () => {
    const long = 'Tiếp tục thực hiện Quy chế dân chủ '.repeat(50);
    expect(Array.from(truncate(long, 80)).length).toBeLessThanOrEqual(80);
  });
});
