/**
 * `npm run bench:memory [sizes…]`: fills the extension's memory store to each size in Chromium's IndexedDB, then
 * times recall (paraphrases and excerpts of remembered articles) and remember, and measures the store on disk.
 * With AB_OTHER=<another checkout>, that checkout's store runs in the same page on its own database, filled with
 * the same articles, and the two are queried in alternating batches of 50, so both see the same machine minute
 * (the size on disk then counts both databases).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sketch } from '../../src/core/text/sketch.ts';
import { article, excerpt, paraphrase } from './syntheticArticles.ts';
import {
  bundle,
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
import { openBenchPage } from './benchPage.ts';

type Recalled = { ms: number[]; urls: string[][] };

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

const OTHER = process.env.AB_OTHER;
const bundles = [await bundle()];
if (OTHER)
  bundles.push(
    (await bundle(OTHER))
      .replaceAll('provenance-memory-bench', 'provenance-memory-bench-b')
      .replace(/var memoryBench\s*=/, 'var memoryBenchB='),
  );
const bench = await openBenchPage(bundles);
if (OTHER && !(await bench.page.evaluate(() => 'memoryBenchB' in globalThis))) throw new Error('no B bundle');
const call = <T>(fn: string, arg: unknown): Promise<T> => bench.call<T>('memoryBench', fn, arg);
const callB = <T>(fn: string, arg: unknown): Promise<T> => bench.call<T>('memoryBenchB', fn, arg);

/** Recall of every query; with B, in alternating batches so A and B share the machine's minutes. */
async function recallAll(queries: number[][]): Promise<{ a: Recalled; b: Recalled | null }> {
  if (!OTHER) return { a: await call<Recalled>('recall', queries), b: null };
  const a: Recalled = { ms: [], urls: [] };
  const b: Recalled = { ms: [], urls: [] };
  for (let q = 0; q < queries.length; q += 50) {
    for (const [fn, into] of [
      [call, a],
      [callB, b],
    ] as const) {
      const r = await fn<Recalled>('recall', queries.slice(q, q + 50));
      into.ms.push(...r.ms);
      into.urls.push(...r.urls);
    }
  }
  return { a, b };
}

const rows: Record<string, unknown>[] = [];
try {
  let filled = 0;
  for (const [n, size] of sizes.entries()) {
    const t0 = Date.now();
    while (filled < size) {
      const to = Math.min(size, filled + FILL_BATCH);
      const t1 = Date.now();
      const batch = entries(filled, to);
      const { writeMs } = await call<{ writeMs: number }>('fill', batch);
      if (OTHER) await callB('fill', batch);
      filled = to;
      log(`  filled ${filled} (${Date.now() - t1} ms, of which ${writeMs} ms writing in the page)`);
    }
    const fillSeconds = (Date.now() - t0) / 1000;
    // Lookups first: LevelDB compacts for a while after a bulk fill, and writes timed during that compaction
    // measure the fill, not what remembering a page costs a reader (whose memory was never filled in one go).
    const para = await recallAll(paraphraseSketches);
    const exc = await recallAll(excerptSketches);
    if (para.b && exc.b)
      log(
        `B (${OTHER}) recall median/p95 ${JSON.stringify(stats([...para.b.ms, ...exc.b.ms]))}, A ${JSON.stringify(stats([...para.a.ms, ...exc.a.ms]))}`,
      );
    const remembered = await call<number[]>('remember', extra.slice(n * REMEMBERS, (n + 1) * REMEMBERS));
    const hit = (r: Recalled) => targets.filter((i, q) => r.urls[q]?.includes(article(i).url)).length / targets.length;
    const row = {
      articles: size,
      bytes: dirBytes(bench.idbDir),
      storageEstimateBytes: await call<number | null>('usage', null),
      rememberMedianMs: stats(remembered).median,
      rememberP95Ms: stats(remembered).p95,
      recallMedianMs: stats([...para.a.ms, ...exc.a.ms]).median,
      recallP95Ms: stats([...para.a.ms, ...exc.a.ms]).p95,
      recallAt5: hit(para.a),
      recallAt5Excerpts: hit(exc.a),
      fillSeconds,
      live: await call<Record<string, { records: number; bytes: number }>>('breakdown', null),
    };
    rows.push(row);
    log(JSON.stringify(row));
    if (process.env.MEMORY_BENCH_FILES) {
      log(listFiles(bench.idbDir).join('\n'));
      // LevelDB's own log: its compactions and the level of each table, to tell dead versions from live data.
      for (const f of listFiles(bench.idbDir)
        .map((l) => l.split('\t')[1] ?? '')
        .filter((f) => f.endsWith('/LOG')))
        log(fs.readFileSync(path.join(bench.idbDir, f), 'utf8').split('\n').slice(-40).join('\n'));
    }
  }
} finally {
  await bench.close();
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
