/** Runs profileEntry.ts in Chromium over a memory filled to the sizes given: each phase's median and p95. */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { sketch } from '../../src/core/text/sketch.ts';
import { article, excerpt, paraphrase } from './syntheticArticles.ts';
import { CHROMIUM, ensureSketches, entries, FILL_BATCH, log, QUERIES, sizes, stats, TARGETS } from './benchSetup.ts';

const WAYS = (process.env.PROFILE_WAYS ?? 'range,plain,rawRange').split(',');
await ensureSketches(sizes[sizes.length - 1] ?? 0);
const targets = Array.from({ length: QUERIES }, (_, q) => (q * 7919) % TARGETS);
const queries = targets.flatMap((i, q) => [sketch(paraphrase(article(i), q)), sketch(excerpt(article(i), q + 1))]);
const out = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    minify: true,
    target: 'es2022',
    lib: { entry: path.join(import.meta.dirname, 'profileEntry.ts'), formats: ['iife'], name: 'memoryBench' },
  },
});
const code = (Array.isArray(out) ? out : [out])
  .flatMap((o) => ('output' in o ? o.output : []))
  .find((c) => c.type === 'chunk');
if (code?.type !== 'chunk') throw new Error('no bundle');
const server = http.createServer((_q, res) =>
  res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html>'),
);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-memory-profile-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: CHROMIUM,
  headless: false,
  args: ['--headless=new'],
});
try {
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.evaluate(code.code);
  const call = <T>(fn: string, arg: unknown): Promise<T> =>
    page.evaluate(
      ([f, a]) =>
        (globalThis as unknown as Record<string, Record<string, (x: unknown) => Promise<unknown>>>).memoryBench![
          f as string
        ]!(a),
      [fn, arg] as const,
    ) as Promise<T>;
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
  await context.close();
  server.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
