/**
 * `npm run bench:memory [sizes…]`: the memory of articles read at the scale of a heavy reader, in real Chromium.
 * Fills the extension's IndexedDB memory (the same code, bundled into a plain page served on 127.0.0.1 at a free
 * port) with synthetic articles up to each size (default 10,000, 100,000 and 300,000), then reports bytes on disk,
 * the time to remember one page and to recall candidates (median, p95), and recall@5 of the true original among
 * 1,000 paraphrased copies and 1,000 excerpts whose originals were remembered first. Writes
 * test-results/memory-bench.json. A benchmark, not a test: nothing here asserts a time.
 * Sketches are computed once (two processes) and cached in test-results/.memory-bench/.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import type { FillBatch } from './pageEntry.ts';
import { sketch, SKETCH_SIZE } from '../../src/core/text/sketch.ts';
import { article, excerpt, paraphrase } from './syntheticArticles.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const OUT_DIR = path.join(REPO_ROOT, 'test-results');
const CACHE = path.join(OUT_DIR, '.memory-bench');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const sizes = (
  process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0)
    .sort((a, b) => a - b) as number[]
).concat();
if (sizes.length === 0) sizes.push(10_000, 100_000, 300_000);
const QUERIES = Number(process.env.MEMORY_BENCH_QUERIES ?? 1000);
const REMEMBERS = Number(process.env.MEMORY_BENCH_REMEMBERS ?? 200);
/** The queries' originals are the first articles remembered, so every size holds them. */
const TARGETS = Math.min(10_000, sizes[0] ?? 10_000);
const CHUNK = 10_000;
const FILL_BATCH = 20_000;
const WIDTH = 2 * SKETCH_SIZE;
const log = (s: string): void => void process.stderr.write(`${s}\n`);
const run = promisify(execFile);

async function ensureSketches(upTo: number): Promise<void> {
  fs.mkdirSync(CACHE, { recursive: true });
  const missing: { from: number; file: string; mode: string }[] = [];
  for (let from = 0; from < upTo; from += CHUNK) {
    if (!fs.existsSync(chunkFile(from))) missing.push({ from, file: chunkFile(from), mode: 'sketches' });
    if (!fs.existsSync(headsFile(from))) missing.push({ from, file: headsFile(from), mode: 'heads' });
  }
  if (!missing.length) return;
  log(`sketching ${missing.length * CHUNK} synthetic articles (cached for the next run)…`);
  const tsx = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
  const worker = async (): Promise<void> => {
    for (let job = missing.shift(); job !== undefined; job = missing.shift()) {
      const { from, file, mode } = job;
      const script = path.join(import.meta.dirname, 'sketchChunk.ts');
      await run(tsx, [script, String(from), String(CHUNK), `${file}.part`, mode], { maxBuffer: 1 << 20 });
      fs.renameSync(`${file}.part`, file);
      log(`  ${mode} up to ${from + CHUNK}`);
    }
  };
  await Promise.all([worker(), worker()]);
}

function chunkFile(from: number): string {
  return path.join(CACHE, `sketches-${from}-${CHUNK}.bin`);
}

function headsFile(from: number): string {
  return path.join(CACHE, `heads-${from}-${CHUNK}.json`);
}

/**
 * Articles [from, to) as the page's fill takes them: sketches as base64 of their uint32 values and [url, title,
 * publisher, visitedAt] rows (Playwright's argument serialisation of 20,000 arrays of 128 numbers took minutes).
 */
function entries(from: number, to: number): FillBatch {
  const sketches: Buffer[] = [];
  const heads: FillBatch['heads'] = [];
  for (let c = Math.floor(from / CHUNK) * CHUNK; c < to; c += CHUNK) {
    const buf = fs.readFileSync(chunkFile(c));
    const names = JSON.parse(fs.readFileSync(headsFile(c), 'utf8')) as [string, string, string][];
    const lo = Math.max(from, c);
    const hi = Math.min(to, c + CHUNK);
    sketches.push(buf.subarray((lo - c) * WIDTH * 4, (hi - c) * WIDTH * 4));
    for (let i = lo; i < hi; i++) {
      const [url, title, publisher] = names[i - c] ?? ['', '', ''];
      heads.push([url, title, publisher, 1_700_000_000_000 + i * 1000]);
    }
  }
  return { sketches: Buffer.concat(sketches).toString('base64'), heads };
}

async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    root: REPO_ROOT,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: path.join(import.meta.dirname, 'pageEntry.ts'), formats: ['iife'], name: 'memoryBench' },
    },
  });
  for (const o of Array.isArray(out) ? out : [out]) {
    if ('output' in o) {
      const chunk = o.output.find((c) => c.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
  }
  throw new Error('no bundle');
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? dirBytes(p) : fs.statSync(p).size;
  }
  return total;
}

function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p, `${prefix}${e.name}/`) : [`  ${fs.statSync(p).size}\t${prefix}${e.name}`];
  });
}

function stats(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { median: Math.round(at(0.5) * 100) / 100, p95: Math.round(at(0.95) * 100) / 100 };
}

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
