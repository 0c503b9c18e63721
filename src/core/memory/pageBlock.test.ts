import { describe, expect, test } from 'vitest';
import { BLOCK, blockOf, decodeBlock, encodeBlock } from './pageBlock.ts';

const page = (id: number, n: number) => ({ id, bytes: Uint8Array.from({ length: n }, (_, i) => (id + i) & 0xff) });

describe('page blocks', () => {
  test.each([
    { name: 'empty', pages: [] },
    { name: 'a full block', pages: Array.from({ length: BLOCK }, (_, i) => page(3 * BLOCK + i, 10 + i)) },
    { name: 'gaps and a long record', pages: [page(3 * BLOCK + 1, 5), page(3 * BLOCK + 9, 300)] },
  ])('round-trip $name', ({ pages }) => {
    expect(decodeBlock(3, encodeBlock(pages))).toEqual(pages);
    for (const p of pages) expect(blockOf(p.id)).toBe(3);
  });

  test.each([
    { name: 'nothing', bytes: undefined },
    { name: 'a length beyond the bytes', bytes: Uint8Array.from([0, 5, 1, 2]) },
    { name: 'an offset beyond the block', bytes: Uint8Array.from([BLOCK, 1, 7]) },
    { name: 'a length that never ends', bytes: Uint8Array.from([0, 0xff, 0xff]) },
  ])('$name decodes to what it can, never throws', ({ bytes }) => {
    expect(decodeBlock(0, bytes)).toEqual([]);
  });

  test('a good page before garbage is kept', () => {
    const good = encodeBlock([page(1, 4)]);
    expect(decodeBlock(0, Uint8Array.from([...good, 2, 9]))).toEqual([page(1, 4)]);
  });
});
