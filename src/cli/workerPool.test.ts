import { afterEach, describe, expect, test } from 'vitest';
import { makeWorkerPool, type Pool } from './workerPool.ts';
import type { SpinTask } from '../../test/helpers/spinWorker.ts';

const ENTRY = new URL('../../test/helpers/spinWorker.ts', import.meta.url);
let pool: Pool<SpinTask, string> | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
});

function spinPool(size = 1, maxHeapMb?: number): Pool<SpinTask, string> {
  pool = makeWorkerPool<SpinTask, string>({
    size,
    entry: ENTRY,
    init: { tag: 'w' },
    ...(maxHeapMb ? { maxHeapMb } : {}),
    onFail: (_, why) => `failed:${why}`,
  });
  return pool;
}

describe('makeWorkerPool', () => {
  test('answers tasks from worker threads', async () => {
    const p = spinPool(2);
    expect(await Promise.all(['a', 'b', 'c'].map((echo) => p.run({ echo }, 30_000)))).toEqual(['w:a', 'w:b', 'w:c']);
  }, 60_000);

  // The CLI's --timeout used to be a setTimeout raced against synchronous work: a 2 s timeout returned after 11 s.
  test('stops synchronous work at its deadline, and the next task gets a fresh worker', async () => {
    const p = spinPool(1);
    expect(await p.run({ echo: 'warm' }, 30_000)).toBe('w:warm'); // The worker's start-up is not the task's time.
    const t0 = performance.now();
    expect(await p.run({ spinMs: 60_000 }, 500)).toBe('failed:timeout');
    const late = performance.now() - t0 - 500;
    console.info(`workerPool: a 60 s synchronous spin stopped ${Math.round(late)} ms after its 500 ms deadline`);
    expect(late).toBeLessThan(5_000); // A budget for what would otherwise take a minute, not a timing claim.
    expect(await p.run({ echo: 'after' }, 30_000)).toBe('w:after');
  }, 60_000);

  test('a worker that runs out of its heap fails its task, not the process', async () => {
    const p = spinPool(1, 64);
    expect(await p.run({ allocate: true }, 30_000)).toBe('failed:out-of-memory');
    expect(await p.run({ echo: 'alive' }, 30_000)).toBe('w:alive');
  }, 60_000);
});
