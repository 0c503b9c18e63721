/**
 * What the memory benchmarks share (`run.ts`, `profileRun.ts`): the sizes and counts from the command line and the
 * environment, the synthetic articles' sketches computed once (two processes) and cached in
 * test-results/.memory-bench/, the page bundles, and the small statistics and disk helpers.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import type { FillBatch } from './pageEntry.ts';
import { SKETCH_SIZE } from '../../src/core/text/sketch.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const OUT_DIR = path.join(REPO_ROOT, 'test-results');
const CACHE = path.join(OUT_DIR, '.memory-bench');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const sizes = (
  process.argv
    .slice(2)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n > 0)
    .sort((a, b) => a - b) as number[]
).concat();
if (sizes.length === 0) sizes.push(10_000, 100_000, 300_000);
export const QUERIES = Number(process.env.MEMORY_BENCH_QUERIES ?? 1000);
export const REMEMBERS = Number(process.env.MEMORY_BENCH_REMEMBERS ?? 200);
/** The queries' originals are the first articles remembered, so every size holds them. */
export const TARGETS = Math.min(10_000, sizes[0] ?? 10_000);
const CHUNK = 10_000;
export const FILL_BATCH = 20_000;
const WIDTH = 2 * SKETCH_SIZE;
export const log = (s: string): void => void process.stderr.write(`${s}\n`);
export const run = promisify(execFile);

export async function ensureSketches(upTo: number): Promise<void> {
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
export function entries(from: number, to: number): FillBatch {
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

/** One of the bench's page entries (`pageEntry.ts`, `profileEntry.ts`) of a checkout, as an IIFE naming `memoryBench`. */
export async function bundle(root = REPO_ROOT, entry = 'pageEntry.ts'): Promise<string> {
  const out = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: path.join(root, 'bench', 'memory', entry), formats: ['iife'], name: 'memoryBench' },
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

export function dirBytes(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    total += e.isDirectory() ? dirBytes(p) : fs.statSync(p).size;
  }
  return total;
}

export function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(p, `${prefix}${e.name}/`) : [`  ${fs.statSync(p).size}\t${prefix}${e.name}`];
  });
}

export function stats(xs: number[]): { median: number; p95: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
  return { median: Math.round(at(0.5) * 100) / 100, p95: Math.round(at(0.95) * 100) / 100 };
}
