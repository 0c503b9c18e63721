import { describe, expect, test } from 'vitest';
import { resemblance, sketch, SKETCH_SIZE } from './sketch.ts';

const ORIGINAL = [
  'The council met on Tuesday to discuss the budget for the coming year, and members said the schools would receive more money.',
  'According to the report, the district plans to hire forty new teachers and to repair the roofs of three elementary schools.',
  'Parents who attended the meeting asked why the library hours had been cut, and the mayor promised to review the decision.',
  'The final vote on the budget is expected next month, after a second public hearing at the town hall.',
  'Several residents also raised concerns about traffic near the new stadium, which opens in the autumn.',
].join('\n\n');
const OTHER = [
  'A heavy storm is expected across the region this weekend, with rain and strong winds forecast from Friday evening.',
  'Forecasters advised drivers to avoid coastal roads and warned of possible flooding in low-lying neighbourhoods.',
  'The ferry service said it would cancel some crossings, and the airport expects delays on Saturday morning.',
].join('\n\n');

function paraphrase(text: string): string {
  // Every seventh word altered (~15 %) and the last paragraph dropped.
  const paras = text.split('\n\n').slice(0, -1);
  return paras
    .map((p) =>
      p
        .split(' ')
        .map((w, i) => (i % 7 === 2 ? 'changed' : w))
        .join(' '),
    )
    .join('\n\n');
}

describe('sketch', () => {
  test('is deterministic, small and of a fixed size', () => {
    const a = sketch(ORIGINAL);
    expect(a).toEqual(sketch(ORIGINAL));
    expect(a.length).toBe(2 * SKETCH_SIZE);
    expect(a.every((x) => Number.isInteger(x) && x >= 0 && x <= 0xffffffff)).toBe(true);
    expect(JSON.stringify(a).length).toBeLessThan(1500);
  });

  test('an empty text has an empty sketch that resembles nothing', () => {
    expect(sketch('  — ')).toEqual([]);
    expect(resemblance([], sketch(ORIGINAL))).toBe(0);
  });

  test.each([
    ['the same text', ORIGINAL, 0.99, 1],
    ['the same text with other case and accents', ORIGINAL.toUpperCase(), 0.99, 1],
    ['a paraphrase with a paragraph dropped', paraphrase(ORIGINAL), 0.35, 0.95],
    ['another article', OTHER, 0, 0.2],
  ])('resemblance with %s', (_, text, min, max) => {
    const r = resemblance(sketch(ORIGINAL), sketch(text));
    expect(r).toBeGreaterThanOrEqual(min);
    expect(r).toBeLessThanOrEqual(max);
  });

  test('a paraphrase resembles its original more than another article', () => {
    const p = sketch(paraphrase(ORIGINAL));
    expect(resemblance(p, sketch(ORIGINAL))).toBeGreaterThan(resemblance(p, sketch(OTHER)) + 0.3);
  });
});
