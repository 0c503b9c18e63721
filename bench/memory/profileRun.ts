/** Runs profileEntry.ts in Chromium over a memory filled to the sizes given: each phase's median and p95. */
import { sketch } from '../../src/core/text/sketch.ts';
import { article, excerpt, paraphrase } from './syntheticArticles.ts';
import { bundle, ensureSketches, entries, FILL_BATCH, log, QUERIES, sizes, stats, TARGETS } from './benchSetup.ts';
import { openBenchPage } from './benchPage.ts';

const WAYS = (process.env.PROFILE_WAYS ?? 'range,plain,rawRange').split(',');
await ensureSketches(sizes[sizes.length - 1] ?? 0);
const targets = Array.from({ length: QUERIES }, (_, q) => (q * 7919) % TARGETS);
const queries = targets.flatMap((i, q) => [sketch(paraphrase(article(i), q)), sketch(excerpt(article(i), q + 1))]);
const bench = await openBenchPage([await bundle(undefined, 'profileEntry.ts')]);
const call = <T>(fn: string, arg: unknown): Promise<T> => bench.call<T>('memoryBench', fn, arg);
try {
  let filled = 0;
  for (const size of sizes) {
    while (filled < size) {
      const to = Math.min(size, filled + FILL_BATCH);
      await call('fill', entries(filled, to));
      filled = to;
      log(`  filled ${filled}`);
    }
    const all: Record<string, number[]> = {};
    for (let q = 0; q < queries.length; q += 100) {
      const r = await call<Record<string, number[]>>('profile', { sketches: queries.slice(q, q + 100), ways: WAYS });
      for (const [k, v] of Object.entries(r)) {
        const into = all[k] ?? [];
        all[k] = into;
        into.push(...v);
      }
    }
    log(`${size}:`);
    for (const [k, v] of Object.entries(all))
      log(`  ${k.padEnd(18)} ${JSON.stringify(stats(v))} mean ${(v.reduce((a, b) => a + b, 0) / v.length).toFixed(2)}`);
  }
} finally {
  await bench.close();
}
