import { describe, expect, test } from 'vitest';
import { collectExport, importParts } from './memoryFile.ts';

describe('memory file parts', () => {
  test('an export is the parts joined, in order, until the background says the end', async () => {
    const asked: number[] = [];
    const parts = new Map([
      [0, { text: 'H\na\n', next: 5 }],
      [5, { text: 'b\n', next: 9 }],
      [9, { text: 'c\n', next: null }],
    ]);
    expect(
      await collectExport(async (after) => {
        asked.push(after);
        return parts.get(after) ?? { text: '', next: null };
      }),
    ).toBe('H\na\nb\nc\n');
    expect(asked).toEqual([0, 5, 9]);
  });

  test('a background that does not move forward ends the export instead of looping', async () => {
    expect(await collectExport(async () => ({ text: 'x\n', next: 0 }))).toBe('x\n');
  });

  test.each([
    { text: 'H\na\nbb\nccc\n', max: 8, parts: ['H\na\nbb\n', 'H\nccc\n'], tooLong: 0 },
    { text: 'H\n\na\n', max: 100, parts: ['H\na\n'], tooLong: 0 },
    { text: 'H\nthis line is too long\nok\n', max: 8, parts: ['H\nok\n'], tooLong: 1 },
    { text: 'H\n', max: 8, parts: ['H\n'], tooLong: 0 },
    { text: '', max: 8, parts: [], tooLong: 0 },
  ])('import parts of $text within $max characters, each led by the header', ({ text, max, parts, tooLong }) => {
    const got = importParts(text, max);
    expect(got).toEqual({ parts, tooLong });
    for (const p of got.parts) expect(p.length).toBeLessThanOrEqual(max);
  });
});
