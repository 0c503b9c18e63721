import { describe, expect, test } from 'vitest';
import { packRecord, repairRecord, unpackRecord, type MemoryRecord } from './memoryRecord.ts';

const bits = Uint8Array.from({ length: 64 }, (_, i) => (i * 37) & 0xff);
const record: MemoryRecord = {
  url: 'https://báo.example.vn/tin/bài-1?x=1',
  title: 'Tiếp tục thực hiện Quy chế dân chủ',
  publisher: 'Báo Example',
  publishedAt: 1_700_000_000_000,
  visitedAt: 1_700_000_100_000,
  bits: null,
  size: 812,
};

/** A record as version 1 packed it (0.3): float64 times, a uint32 size, the 64 word bits, one-or-two-byte lengths. */
function packV1(r: MemoryRecord & { bits: Uint8Array }): Uint8Array {
  const texts = [r.url, r.title ?? '', r.publisher ?? ''].map((t) => new TextEncoder().encode(t));
  const out = new Uint8Array(21 + 64 + texts.reduce((n, t) => n + t.length + 2, 0));
  const view = new DataView(out.buffer);
  out[0] = 1;
  view.setFloat64(1, r.visitedAt);
  view.setFloat64(9, r.publishedAt ?? Number.NaN);
  view.setUint32(17, r.size);
  out.set(r.bits, 21);
  let at = 21 + 64;
  for (const t of texts) {
    out[at++] = (t.length & 0x7f) | (t.length > 0x7f ? 0x80 : 0);
    if (t.length > 0x7f) out[at++] = t.length >>> 7;
    out.set(t, at);
    at += t.length;
  }
  return out.slice(0, at);
}

describe('a memory record packed into bytes', () => {
  test.each([
    { name: 'every field', r: record },
    { name: 'no title, publisher or date', r: { ...record, title: null, publisher: null, publishedAt: null } },
    { name: 'a long title (two-byte length)', r: { ...record, title: 'ồ'.repeat(300) } },
    { name: 'word bits of 0.3', r: { ...record, bits } },
    { name: 'an http URL without www', r: { ...record, url: 'http://example.org/a' } },
    { name: 'a URL with another scheme case', r: { ...record, url: 'HTTPS://EXAMPLE.ORG/' } },
    { name: 'a date before 1970', r: { ...record, publishedAt: -86_400_000 } },
    {
      name: 'a URL carrying its title as a slug',
      r: { ...record, url: 'https://www.example.com/2024/05/tiep-tuc-thuc-hien-quy-che-123.html' },
    },
    { name: 'a slug at the very end', r: { ...record, url: 'https://example.com/tiep-tuc-thuc' } },
  ])('round-trips $name', ({ r }) => {
    const packed = packRecord(r);
    expect(unpackRecord(packed)).toEqual(r);
    expect(repairRecord(packed)).toEqual(r);
  });

  test('takes the bytes of its texts and 20 more (two dates, size, lengths)', () => {
    const texts = new TextEncoder().encode(`${record.url.slice('https://'.length)}${record.title}${record.publisher}`);
    expect(packRecord(record).length).toBeLessThanOrEqual(texts.length + 20);
  });

  test('keeps a title slug found in the URL once', () => {
    const url = 'https://www.example.com/2024/05/tiep-tuc-thuc-hien-quy-che-123.html';
    const other = 'https://www.example.com/2024/05/xxxx-xxx-xxxx-xxxx-xxx-xx-123.html';
    expect(packRecord({ ...record, url }).length).toBeLessThan(packRecord({ ...record, url: other }).length - 20);
  });

  test('reads a record packed by version 1, word bits and all', () => {
    const old = { ...record, bits };
    expect(unpackRecord(packV1(old))).toEqual(old);
    expect(unpackRecord(packV1({ ...old, publishedAt: null, title: null }))).toEqual({
      ...old,
      publishedAt: null,
      title: null,
    });
  });

  test.each([
    { name: 'empty', bytes: new Uint8Array() },
    { name: 'another version', bytes: Uint8Array.from([9, ...packRecord(record).slice(1)]) },
    { name: 'cut short', bytes: packRecord(record).slice(0, 30) },
    { name: 'version 1 cut short', bytes: packV1({ ...record, bits }).slice(0, 100) },
    { name: 'an unknown URL prefix code', bytes: Uint8Array.from([2, 0, 1, 1, 9, 1, 0x61, 0, 0]) },
    { name: 'a javascript: URL', bytes: packRecord({ ...record, url: 'javascript:alert(1)' }) },
    {
      name: 'invalid UTF-8',
      bytes: (() => {
        const b = packRecord(record);
        b[b.length - 3] = 0xff;
        return b;
      })(),
    },
  ])('refuses $name', ({ bytes }) => {
    expect(unpackRecord(bytes)).toBeNull();
  });

  test('a record kept by an older version (both sketch halves, an object) is read with its word half', () => {
    const both = Uint8Array.from({ length: 128 }, (_, i) => i);
    expect(repairRecord({ ...record, bits: both })?.bits).toEqual(both.slice(64));
    expect(repairRecord({ ...record, bits: [] })?.bits).toBeNull();
    expect(repairRecord({ ...record, bits: [1, 2, 3] })).toBeNull();
    expect(repairRecord({ ...record, bits: 'x' })).toBeNull();
  });
});
