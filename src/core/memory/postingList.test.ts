import { describe, expect, test } from 'vitest';
import { appendPostings, decodePostings, decodeVarintPostings, encodePostings } from './postingList.ts';

describe('posting lists', () => {
  test.each([
    { ids: [], checks: [], bits: 4 },
    { ids: [1], checks: [15], bits: 4 },
    { ids: [1, 2, 3000, 70_000, 2 ** 31], checks: [0, 7, 15, 3, 9], bits: 4 },
    { ids: [5, 6, 7, 8], checks: [0, 1, 2, 3], bits: 4 }, // gaps of 1: k = 0, padding bits after the last
    { ids: [3, 4100, 9000], checks: [65_535, 0, 40_000], bits: 16 }, // the URL band's checks
    { ids: [2, 9], checks: [0, 0], bits: 0 },
  ])('round-trip $ids with $bits check bits', ({ ids, checks, bits }) => {
    expect(decodePostings(encodePostings(ids, checks, bits))).toEqual({ ids, checks });
  });

  test('geometric gaps of ~1,000 ids take ~2 bytes a posting with a 4-bit check', () => {
    let id = 0;
    let seed = 1;
    const ids = Array.from({ length: 1000 }, () => {
      seed = (seed * 48271) % 2147483647;
      id += 1 + Math.floor(-Math.log(seed / 2147483647) * 1024);
      return id;
    });
    const bytes = encodePostings(
      ids,
      ids.map((i) => i % 16),
    );
    expect(bytes.length / ids.length).toBeLessThan(2.1);
    expect(decodePostings(bytes).ids).toEqual(ids);
  });

  test('appends in order, ignores ids out of order, drops evicted ids, keeps a list its check bits', () => {
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
    const wide = appendPostings(undefined, [{ id: 3, check: 50_000 }], 0, 16);
    expect(decodePostings(appendPostings(wide, [{ id: 4, check: 60_000 }], 0, 4))).toEqual({
      ids: [3, 4],
      checks: [50_000, 60_000],
    });
  });

  test.each([
    { name: 'one byte', bytes: Uint8Array.from([0x80]) },
    { name: 'a Rice parameter out of range', bytes: Uint8Array.from([200, 4, 1, 0]) },
    { name: 'more check bits than a list has', bytes: Uint8Array.from([3, 40, 1, 0]) },
    { name: 'a count beyond the bytes', bytes: Uint8Array.from([0, 4, 100, 0x0f]) },
    { name: 'ones to the end', bytes: Uint8Array.from([0, 4, 5, 0xff, 0xff]) },
    { name: 'nothing', bytes: undefined },
  ])('$name decodes to what it can, never throws', ({ bytes }) => {
    const got = decodePostings(bytes);
    expect(got.ids.length).toBeLessThanOrEqual(1);
    expect(got.ids.every((id, i) => id > (got.ids[i - 1] ?? 0))).toBe(true);
  });

  test('the count, not the padding, ends a list; a count beyond the bytes reads the postings that are there', () => {
    // k = 0, 4 check bits: 0_0011 (gap 1, check 3), 0_1111 (gap 1, check 15), then six bits of padding.
    const bits = [0b00011011, 0b11000000];
    expect(decodePostings(Uint8Array.from([0, 4, 2, ...bits]))).toEqual({ ids: [1, 2], checks: [3, 15] });
    expect(decodePostings(Uint8Array.from([0, 4, 100, ...bits])).ids).toEqual([1, 2, 3]);
  });

  test('reads the varint lists of version 1 (gap × 16 + check), a truncated one to what it can', () => {
    expect(decodeVarintPostings(Uint8Array.from([0x20 + 3, 0x80 | 0x05, 0x01]))).toEqual({
      ids: [2, 2 + 8],
      checks: [3, 5],
    });
    expect(decodeVarintPostings(Uint8Array.from([0x20, 0xff]))).toEqual({ ids: [2], checks: [0] });
  });
});
