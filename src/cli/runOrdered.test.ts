import { describe, expect, test } from 'vitest';
import { runOrdered } from './runOrdered.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('runOrdered', () => {
  test.each([1, 2, 3, 10])('emits in input order with concurrency %i', async (concurrency) => {
    const delays = [30, 5, 20, 1, 10, 0];
    const emitted: number[] = [];
    let running = 0;
    let peak = 0;
    await runOrdered(
      delays,
      concurrency,
      async (ms, i) => {
        running++;
        peak = Math.max(peak, running);
        await sleep(ms);
        running--;
        return i;
      },
      (i) => void emitted.push(i),
    );
    expect(emitted).toEqual([0, 1, 2, 3, 4, 5]);
    expect(peak).toBeLessThanOrEqual(concurrency);
  });

  test('an empty list emits nothing', async () => {
    const emitted: number[] = [];
    await runOrdered(
      [],
      4,
      async () => 1,
      (r) => void emitted.push(r),
    );
    expect(emitted).toEqual([]);
  });
});
