import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { sketch } from '../../src/core/text/sketch.ts';
import { article, excerpt, paraphrase } from './syntheticArticles.ts';
import {
  bundle,
  CHROMIUM,
  dirBytes,
  ensureSketches,
  entries,
  FILL_BATCH,
  listFiles,
  log,
  OUT_DIR,
  QUERIES,
  REMEMBERS,
  sizes,
  stats,
  TARGETS,
} from './benchSetup.ts';

const maxSize = sizes[sizes.length - 1] ?? 0;
await ensureSketches(maxSize);
log('sketching the queries…');
const targets = Array.from({ length: QUERIES }, (_, q) => (q * 7919) % TARGETS);
const paraphraseSketches = targets.map((i, q) => sketch(paraphrase(article(i), q)));
const excerptSketches = targets.map((i, q) => sketch(excerpt(article(i), q + 1)));
const extra = Array.from({ length: REMEMBERS * sizes.length }, (_, k) => {
  const a = article(50_000_000 + k);
  return {
    url: a.url,
    title: a.title,
    publisher: a.publisher,
    visitedAt: 1_800_000_000_000 + k,
    sketch: sketch(a.paragraphs.join('\n\n')),
  };
});

const code = await bundle();
const server = http.createServer((_req, res) =>
  res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>memory bench</title>'),
);
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as { port: number }).port;
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-memory-bench-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM,
  headless: false,
  args: ['--headless=new', '--no-first-run', '--disable-sync', '--disable-component-update'],
});
const rows: Record<string, unknown>[] = [];
try {
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.evaluate(code);
  const call = <T>(fn: string, arg: unknown): Promise<T> =>
    page.evaluate(
      ([f, a]) =>
        (globalThis as unknown as Record<string, Record<string, (x: unknown) => Promise<unknown>>>).memoryBench![
          f as string
        ]!(a),
      [fn, arg] as const,
    ) as Promise<T>;
  let filled = 0;
  for (const [n, size] of sizes.entries()) {
    const t0 = Date.now();
    while (filled < size) {
      const to = Math.min(size, filled + FILL_BATCH);
      const t1 = Date.now();
      const batch = entries(filled, to);
      const { writeMs } = await call<{ writeMs: number }>('fill', batch);
      filled = to;
      log(`  filled ${filled} (${Date.now() - t1} ms, of which ${writeMs} ms writing in the page)`);
    }
    const fillSeconds = (Date.now() - t0) / 1000;
    // Lookups first: LevelDB compacts for a while after a bulk fill, and writes timed during that compaction
    // measure the fill, not what remembering a page costs a reader (whose memory was never filled in one go).
    const para = await call<{ ms: number[]; urls: string[][] }>('recall', paraphraseSketches);
    const exc = await call<{ ms: number[]; urls: string[][] }>('recall', excerptSketches);
    const remembered = await call<number[]>('remember', extra.slice(n * REMEMBERS, (n + 1) * REMEMBERS));
    const hit = (r: { urls: string[][] }) =>
      targets.filter((i, q) => r.urls[q]?.includes(article(i).url)).length / targets.length;
    const idbDir = path.join(userDataDir, 'Default', 'IndexedDB');
    const row = {
      articles: size,
      bytes: dirBytes(idbDir),
      storageEstimateBytes: await call<number | null>('usage', null),
      rememberMedianMs: stats(remembered).median,
      rememberP95Ms: stats(remembered).p95,
      recallMedianMs: stats([...para.ms, ...exc.ms]).median,
      recallP95Ms: stats([...para.ms, ...exc.ms]).p95,
      recallAt5: hit(para),
      recallAt5Excerpts: hit(exc),
      fillSeconds,
      live: await call<Record<string, { records: number; bytes: number }>>('breakdown', null),
    };
    rows.push(row);
    log(JSON.stringify(row));
    if (process.env.MEMORY_BENCH_FILES) {
      log(listFiles(idbDir).join('\n'));
      // LevelDB's own log: its compactions and the level of each table, to tell dead versions from live data.
      for (const f of listFiles(idbDir)
        .map((l) => l.split('\t')[1] ?? '')
        .filter((f) => f.endsWith('/LOG')))
        log(fs.readFileSync(path.join(idbDir, f), 'utf8').split('\n').slice(-40).join('\n'));
    }
  }
} finally {
  await context.close();
  server.close();
  fs.rmSync(userDataDir, { recursive: true, force: true });
}

fs.mkdirSync(OUT_DIR, { recursive: true });
const result = {
  when: new Date().toISOString(),
  machine: { cpus: os.cpus().length, node: process.version },
  queries: QUERIES,
  remembers: REMEMBERS,
  sizes: rows,
};
fs.writeFileSync(path.join(OUT_DIR, 'memory-bench.json'), `${JSON.stringify(result, null, 2)}\n`);
const mb = (b: unknown) => `${(Number(b) / 1e6).toFixed(1)} MB`;
console.log(
  '| articles | on disk | remember median / p95 | recall median / p95 | recall@5 paraphrases | recall@5 excerpts |',
);
console.log('|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${Number(r.articles).toLocaleString('en')} | ${mb(r.bytes)} | ${r.rememberMedianMs} / ${r.rememberP95Ms} ms | ${r.recallMedianMs} / ${r.recallP95Ms} ms | ${r.recallAt5} | ${r.recallAt5Excerpts} |`,
  );
}
