import { describe, expect, test } from 'vitest';
import { packRecord, repairRecord, unpackRecord, type MemoryRecord } from './memoryRecord.ts';

const bits = Uint8Array.from({ length: 64 }, (_, i) => (i * 37) & 0xff);
const record: MemoryRecord = {
  url: 'https://báo.example.vn/tin/bài-1?x=1',
  title: 'Tiếp tục thực hiện Quy chế dân chủ',
  publisher: 'Báo Example',
  publishedAt: 1_700_000_000_000,
  visitedAt: 1_700_000_100_000,
  bits,
  size: 812,
};

describe('a memory record packed into bytes', () => {
  test.each([
    { name: 'every field', r: record },
    { name: 'no title, publisher or date', r: { ...record, title: null, publisher: null, publishedAt: null } },
    { name: 'a long title (two-byte length)', r: { ...record, title: 'ồ'.repeat(300) } },
  ])('round-trips $name', ({ r }) => {
    const packed = packRecord(r);
    expect(unpackRecord(packed)).toEqual(r);
    expect(repairRecord(packed)).toEqual(r);
  });

  test('is smaller than the same record as JSON', () => {
    expect(packRecord(record).length).toBeLessThan(JSON.stringify({ ...record, bits: Array.from(bits) }).length / 2);
  });

  test.each([
    { name: 'empty', bytes: new Uint8Array() },
    { name: 'another version', bytes: Uint8Array.from([9, ...packRecord(record).slice(1)]) },
    { name: 'cut short', bytes: packRecord(record).slice(0, 100) },
    { name: 'a javascript: URL', bytes: packRecord({ ...record, url: 'javascript:alert(1)' }) },
    {
      name: 'invalid UTF-8',
      bytes: (() => {
        const b = packRecord(record);
        b[21 + 64 + 1] = 0xff;
        return b;
      })(),
    },
  ])('refuses $name', ({ bytes }) => {
    expect(unpackRecord(bytes)).toBeNull();
  });

  test('a record kept by an older version (both sketch halves, an object) is read with its word half', () => {
    const both = Uint8Array.from({ length: 128 }, (_, i) => i);
    expect(repairRecord({ ...record, bits: both })?.bits).toEqual(both.slice(64));
  });
});
