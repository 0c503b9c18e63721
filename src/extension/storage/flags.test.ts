import { describe, expect, test } from 'vitest';
import {
  FLAGS_KEY,
  MAX_NOTE,
  addFlag,
  listFlags,
  migrateStoredFlags,
  removeFlag,
  repairFlag,
  type Flag,
} from './flags.ts';
import { memoryArea } from './memoryArea.ts';

const flag = (url: string, flaggedAt = 1): Flag => ({
  url,
  title: 'T',
  originalUrl: 'https://orig.example/a.html',
  verdict: 'copy',
  note: '',
  flaggedAt,
});

describe('repairFlag', () => {
  test.each([
    ['a good flag', flag('https://copy.example/1'), true],
    ['javascript URL', { ...flag('https://x'), url: 'javascript:alert(1)' }, false],
    ['no time', { ...flag('https://copy.example/1'), flaggedAt: 'now' }, false],
    ['not an object', 'https://copy.example/1', false],
  ])('%s', (_name, value, ok) => {
    expect(repairFlag(value) !== null).toBe(ok);
  });

  test('an unsafe original URL and an unknown verdict are neutralised, not kept', () => {
    expect(
      repairFlag({ ...flag('https://copy.example/1'), originalUrl: 'javascript:x', verdict: 'pwned' }),
    ).toMatchObject({ originalUrl: null, verdict: 'unknown' });
  });
});

describe('flags in storage', () => {
  test('newest first, one per URL, removable; concurrent adds are kept', async () => {
    const area = memoryArea();
    await Promise.all([addFlag(area, flag('https://a.example/1', 1)), addFlag(area, flag('https://b.example/1', 2))]);
    await addFlag(area, { ...flag('https://a.example/1', 3), note: 'again' });
    const list = await listFlags(area);
    expect(list.map((f) => [f.url, f.note])).toEqual([
      ['https://a.example/1', 'again'],
      ['https://b.example/1', ''],
    ]);
    expect((await removeFlag(area, 'https://a.example/1')).map((f) => f.url)).toEqual(['https://b.example/1']);
  });

  test('migration keeps readable flags and drops only broken ones', async () => {
    const area = memoryArea({ [FLAGS_KEY]: [flag('https://a.example/1'), { url: 42 }, null] });
    await migrateStoredFlags(area);
    expect(area.dump()[FLAGS_KEY]).toEqual([flag('https://a.example/1')]);
  });

  test('a stored flag with malformed optional fields keeps its other fields', async () => {
    // Title, note and verdict fall back on their own; the URL, original and time the user flagged are kept.
    const stored = { ...flag('https://a.example/1', 7), title: 42, note: { x: 1 }, verdict: null, extra: 'dropped' };
    expect(await listFlags(memoryArea({ [FLAGS_KEY]: [stored] }))).toEqual([
      {
        url: 'https://a.example/1',
        title: null,
        originalUrl: 'https://orig.example/a.html',
        verdict: 'unknown',
        note: '',
        flaggedAt: 7,
      },
    ]);
  });

  test('long titles and notes are cut, not dropped', () => {
    const long = repairFlag({ ...flag('https://a.example/1'), title: 't'.repeat(400), note: 'n'.repeat(MAX_NOTE + 5) });
    expect([long?.title?.length, long?.note.length]).toEqual([300, MAX_NOTE]);
  });

  test('migration leaves an area without flags untouched', async () => {
    const area = memoryArea();
    await migrateStoredFlags(area);
    expect(area.dump()).toEqual({});
  });
});
