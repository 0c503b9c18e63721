import { describe, expect, test } from 'vitest';
import { appendPostings, decodePostings, encodePostings } from './postingList.ts';

describe('posting lists', () => {
  test.each([
    { ids: [], checks: [] },
    { ids: [1], checks: [15] },
    { ids: [1, 2, 3000, 70_000, 2 ** 31], checks: [0, 7, 15, 3, 9] },
  ])('round-trip $ids', ({ ids, checks }) => {
    expect(decodePostings(encodePostings(ids, checks))).toEqual({ ids, checks });
  });

  test('appends in order, ignores ids out of order, drops evicted ids', () => {
    const list = encodePostings([2, 5, 9], [1, 2, 3]);
    expect(
      decodePostings(
        appendPostings(list, [
          { id: 12, check: 4 },
          { id: 10, check: 5 },
        ]),
      ),
    ).toEqual({ ids: [2, 5, 9, 12], checks: [1, 2, 3, 4] });
    expect(decodePostings(appendPostings(list, [{ id: 12, check: 4 }], 6))).toEqual({ ids: [9, 12], checks: [3, 4] });
  });

  test('a truncated or garbage list decodes to what it can, never throws', () => {
    expect(decodePostings(Uint8Array.from([0x80]))).toEqual({ ids: [], checks: [] });
    expect(decodePostings(Uint8Array.from([0x20, 0xff]))).toEqual({ ids: [2], checks: [0] });
    expect(decodePostings(undefined)).toEqual({ ids: [], checks: [] });
  });
});
