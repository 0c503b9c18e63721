import { describe, expect, test } from 'vitest';
import {
  appendToGroup,
  decodeGroup,
  decodeGroupList,
  encodeGroup,
  EPOCH,
  epochOf,
  GROUP,
  groupCheckBits,
  groupOf,
} from './postingGroup.ts';
import type { DecodedPostings } from './postingList.ts';

const empty = (): DecodedPostings => ({ ids: [], checks: [] });
/** GROUP lists with these lists at these places, the others empty. */
const lists = (at: { [sub: number]: DecodedPostings | undefined }): DecodedPostings[] =>
  Array.from({ length: GROUP }, (_, i) => at[i] ?? empty());

/** Ascending ids with geometric gaps of ~`mean` above `base` (deterministic). */
function gaps(n: number, mean: number, base: number, seed = 1): DecodedPostings {
  let s = seed;
  let id = base;
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    s = (s * 48271) % 2147483647;
    id += 1 + Math.floor(-Math.log(s / 2147483647) * mean);
    ids.push(id);
  }
  return { ids, checks: ids.map((x) => x % 16) };
}

describe('group records of the band index', () => {
  test.each([
    { about: 'all empty', base: 0, at: {}, bits: 4 },
    {
      about: 'one list, gaps of 1 (k forced up so padding never reads as a posting)',
      base: 0,
      at: { 3: { ids: [1, 2, 3, 4], checks: [0, 0, 0, 0] } },
      bits: 4,
    },
    {
      about: 'first and last bucket, an epoch base',
      base: EPOCH - 1,
      at: { 0: { ids: [EPOCH, EPOCH + 9], checks: [15, 0] }, 15: { ids: [EPOCH + 1], checks: [7] } },
      bits: 4,
    },
    {
      about: 'the URL band (16-bit checks)',
      base: 0,
      at: { 5: { ids: [3, 4100, 9000], checks: [65_535, 0, 40_000] } },
      bits: 16,
    },
    { about: 'zero check bits', base: 10, at: { 1: { ids: [11, 12, 300], checks: [0, 0, 0] } }, bits: 0 },
  ])('round-trip: $about', ({ base, at, bits }) => {
    const bytes = encodeGroup(base, lists(at), bits);
    expect(decodeGroup(bytes)).toEqual(lists(at));
    for (let sub = 0; sub < GROUP; sub++) expect(decodeGroupList(bytes, sub)).toEqual(lists(at)[sub]);
    expect(groupCheckBits(bytes)).toBe(bits);
  });

  test('many lists of ~1,000-id gaps take ~2 bytes a posting with a 4-bit check, directory included', () => {
    const full = Array.from({ length: GROUP }, (_, i) => gaps(64, 1024, EPOCH - 1, i + 1));
    const bytes = encodeGroup(EPOCH - 1, full, 4);
    expect(bytes.length / (GROUP * 64)).toBeLessThan(2.1);
    expect(decodeGroup(bytes)).toEqual(full);
  });

  test('appends in order, ignores ids not above a list, replaces a record of another epoch or a garbled one', () => {
    const bytes = encodeGroup(0, lists({ 2: { ids: [5, 9], checks: [1, 2] } }), 4);
    const more = appendToGroup(
      bytes,
      0,
      new Map([
        [2, { ids: [7, 12], checks: [3, 4] }],
        [9, { ids: [20], checks: [5] }],
      ]),
      4,
    );
    expect(decodeGroup(more)).toEqual(
      lists({ 2: { ids: [5, 9, 12], checks: [1, 2, 4] }, 9: { ids: [20], checks: [5] } }),
    );
    const other = appendToGroup(more, EPOCH - 1, new Map([[0, { ids: [EPOCH], checks: [1] }]]), 4);
    expect(decodeGroup(other)).toEqual(lists({ 0: { ids: [EPOCH], checks: [1] } }));
    const garbled = appendToGroup(Uint8Array.from([99, 99, 1]), 0, new Map([[1, { ids: [3], checks: [2] }]]), 4);
    expect(decodeGroup(garbled)).toEqual(lists({ 1: { ids: [3], checks: [2] } }));
  });

  test('a garbled or truncated record reads as what can be read, never a throw', () => {
    const bytes = encodeGroup(
      0,
      Array.from({ length: GROUP }, (_, i) => gaps(20, 1024, 0, i + 7)),
      4,
    );
    for (const bad of [
      undefined,
      new Uint8Array(),
      Uint8Array.from([200, 4, 0]),
      Uint8Array.from([1, 2, 0]), // k + c < 7: not a record this code writes
      bytes.slice(0, 10),
      bytes.slice(0, bytes.length - 7),
      Uint8Array.from(bytes, (b, i) => (i > 30 ? 0xff : b)),
    ]) {
      expect(() => decodeGroup(bad as Uint8Array | undefined)).not.toThrow();
      for (const list of decodeGroup(bad as Uint8Array | undefined)) {
        expect(list.ids.length).toBe(list.checks.length);
        expect([...list.ids].sort((a, b) => a - b)).toEqual(list.ids);
      }
    }
    // A record cut short keeps the lists it still holds whole.
    const cut = decodeGroup(bytes.slice(0, bytes.length - 7));
    expect(cut.slice(0, GROUP - 1)).toEqual(decodeGroup(bytes).slice(0, GROUP - 1));
  });

  test('buckets map to groups of GROUP and ids to epochs of EPOCH', () => {
    expect([groupOf(0), groupOf(GROUP - 1), groupOf(GROUP), groupOf(65_536)]).toEqual([0, 0, 1, 65_536 / GROUP]);
    expect([epochOf(1), epochOf(EPOCH - 1), epochOf(EPOCH), epochOf(3 * EPOCH + 5)]).toEqual([0, 0, 1, 3]);
  });
});
