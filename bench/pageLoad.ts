/**
 * (a) What the content script costs a page as the page feels it: every page loaded fresh in Chromium and traced
 * (CDP Tracing, timeline + V8 sampling), the content script's main-thread time summed until 4 s after network idle.
 * The harness in bench/perf/ (copied from the shared reference harness, see bench/perf/HARNESS.md) does the loading
 * and the attribution; this file builds the bench web (corpus pages + generated heavy pages), runs the harness on
 * the two floor extensions and on the built extension, one after the other with the same pages, and puts the
 * figures side by side. Only ratios to floors measured in the same run mean anything on a shared machine. Beside the
 * harness's wall-time attribution, each load's trace gives the content script's thread CPU (bench/contentCpu.mjs):
 * on a loaded machine a task's wall time is mostly its thread waiting for a core, its CPU time what the page pays.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { BenchWeb } from './benchPages.ts';
import { contentCpu } from './contentCpu.mjs';
import { REPO_ROOT } from './benchPages.ts';
import { writeHeavyPages, type HeavyPage } from './heavyPages.ts';

const HARNESS = path.join(REPO_ROOT, 'bench', 'perf', 'run.mjs');
const OUT_DIR = path.join(REPO_ROOT, 'test-results', 'bench-web');

export interface PageLoadOptions {
  /** Corpus pages sampled (deterministic, harness seed); the heavy pages come on top. */
  pages: number;
  runs: number;
  /** Tracing goes on this long after network idle: work the content script defers is still counted. */
  settleMs: number;
  /** The extension under test (built, unpacked). */
  dist: string;
  /** Measure the two floors too (skip only while iterating on one figure). */
  floors: boolean;
  /** Corpus pages for the floors (their cost hardly depends on the page; the heavy pages are always measured). */
  floorPages?: number;
  /** Other builds measured in the same run on the same pages (A/B on a loaded machine: main's build, say). */
  compareDists?: string[];
  /** Keep every load's raw trace (test-results/bench-web/traces-<name>/); otherwise removed once measured. */
  keepTraces?: boolean;
}

interface PageSummary {
  status: string;
  extMs: number | null;
  extLongestTaskMs: number | null;
  extMaxInOneTaskMs: number | null;
  extLongTasks: number;
  busyRatio: number | null;
}
interface HarnessResult {
  summary: {
    pages: { sampled: number; measured: number; failed: number };
    extMs: { median: number | null; p95: number | null; max: number | null };
    extLongestTaskMs: { median: number | null; max: number | null };
    extLongTasks: { total: number; pages: number; loads: number };
    busyRatio: { median: number | null; p95: number | null };
    loadRatio: { median: number | null; p95: number | null };
    withoutExtMsMax: number | null;
  };
  pages: { url: string; summary: PageSummary }[];
  meta: { durationS: number; notes: string[] };
}

export interface Figures {
  pages: number;
  failed: number;
  extMs: { median: number | null; p95: number | null; max: number | null };
  /** Thread CPU of the content script's tasks per load (per page: the median of its loads), over pages. */
  cpuMs: { median: number | null; p95: number | null; max: number | null };
  longestTaskMs: { median: number | null; max: number | null };
  longTasks: number;
  busyRatio: { median: number | null; p95: number | null };
  /** The heavy pages alone. */
  heavy: {
    url: string;
    extMs: number | null;
    longestTaskMs: number | null;
    longTasks: number;
    busyRatio: number | null;
    cpuMs: number | null;
  }[];
  durationS: number;
  notes: string[];
}

export interface PageLoadResult {
  corpusPages: number;
  heavyPages: Omit<HeavyPage, 'file'>[];
  runs: number;
  settleMs: number;
  floorPages: number;
  floorEmpty: Figures | null;
  floorMessaging: Figures | null;
  extension: Figures;
  /** `compareDists`' figures, in the same order, when asked. */
  compare: (Figures & { dist: string })[];
}

/** The bench web: every corpus page (the background fetches originals and feeds from it too) plus the heavy pages. */
function writeBenchWeb(web: BenchWeb): { webJson: string; heavy: HeavyPage[] } {
  const heavy = writeHeavyPages(path.join(OUT_DIR, 'heavy'));
  const dir = path.dirname(web.webJson);
  const { pages } = JSON.parse(fs.readFileSync(web.webJson, 'utf8')) as { pages: { file: string }[] };
  // files relative to the generated web.json's folder, as every reader of a web.json expects
  const rel = (file: string): string => path.relative(OUT_DIR, file);
  const all = [
    ...pages.map((p) => ({ ...p, file: rel(path.resolve(dir, p.file)) })),
    ...heavy.map((h) => ({ url: h.url, file: rel(h.file), type: h.type, always: true })),
  ];
  const webJson = path.join(OUT_DIR, 'web.json');
  fs.writeFileSync(webJson, JSON.stringify({ pages: all }));
  return { webJson, heavy };
}

/** Nearest-rank percentile, as the harness computes its own. */
function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? null;
}

function figuresOf(result: HarnessResult, heavyUrls: Set<string>, cpu: { page: number; cpuMs: number }[]): Figures {
  const s = result.summary;
  const cpuOf = new Map(cpu.map((c) => [result.pages[c.page - 1]?.url, c.cpuMs]));
  const all = cpu.map((c) => c.cpuMs);
  return {
    pages: s.pages.measured,
    failed: s.pages.failed,
    extMs: s.extMs,
    cpuMs: { median: percentile(all, 50), p95: percentile(all, 95), max: percentile(all, 100) },
    longestTaskMs: s.extLongestTaskMs,
    longTasks: s.extLongTasks.total,
    busyRatio: s.busyRatio,
    heavy: result.pages
      .filter((p) => heavyUrls.has(p.url))
      .map((p) => ({
        url: p.url,
        extMs: p.summary.extMs,
        longestTaskMs: p.summary.extLongestTaskMs,
        longTasks: p.summary.extLongTasks,
        busyRatio: p.summary.busyRatio,
        cpuMs: cpuOf.get(p.url) ?? null,
      })),
    durationS: result.meta.durationS,
    notes: result.meta.notes,
  };
}

function runHarness(
  name: string,
  dist: string,
  webJson: string,
  options: PageLoadOptions,
  log: (s: string) => void,
  heavyUrls: Set<string>,
): Figures {
  const out = path.join(OUT_DIR, `perf-${name}.json`);
  // Every load's trace, for its thread CPU; a fresh folder, so that no earlier run's traces are counted.
  const traces = path.join(OUT_DIR, `traces-${name}`);
  fs.rmSync(traces, { recursive: true, force: true });
  // ~11 s per page and run on 2 cores with a 4 s settle (with + without loads), plus start-up
  const timeoutS = Math.ceil(120 + (options.pages + 10) * options.runs * (12 + options.settleMs / 500));
  const args = [
    HARNESS,
    '--dist',
    dist,
    '--web',
    webJson,
    '--pages',
    String(options.pages),
    '--runs',
    String(options.runs),
    '--settle',
    String(options.settleMs),
  ];
  args.push('--badge-timeout', '0', '--baseline-reps', '1', '--timeout', String(timeoutS), '--out', out, '--quiet');
  args.push('--traces', traces);
  log(`  ${name}: node bench/perf/run.mjs ${args.slice(1).join(' ')}`);
  const table = execFileSync(process.execPath, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  fs.writeFileSync(path.join(OUT_DIR, `perf-${name}.txt`), table);
  const result = JSON.parse(fs.readFileSync(out, 'utf8')) as HarnessResult;
  const cpu = contentCpu(traces);
  // kept for DevTools' Performance panel and bench/perf/attribute.mjs (V8 samples: where the time goes)
  if (!options.keepTraces) fs.rmSync(traces, { recursive: true, force: true });
  return figuresOf(result, heavyUrls, cpu);
}

export function pageLoad(web: BenchWeb, options: PageLoadOptions, log: (s: string) => void): PageLoadResult {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const { webJson, heavy } = writeBenchWeb(web);
  const heavyUrls = new Set(heavy.map((h) => h.url));
  log(
    `  bench web: ${options.pages} corpus pages + ${heavy.length} heavy pages (${heavy.map((h) => `${(h.bytes / 1e6).toFixed(1)} MB/${h.elements} el`).join(', ')})`,
  );
  const floorDir = path.join(REPO_ROOT, 'bench', 'perf');
  const floorOptions = { ...options, pages: options.floorPages ?? options.pages };
  const floorEmpty = options.floors
    ? runHarness('floor-empty', path.join(floorDir, 'floor-extension'), webJson, floorOptions, log, heavyUrls)
    : null;
  const floorMessaging = options.floors
    ? runHarness('floor-messaging', path.join(floorDir, 'floor-messaging'), webJson, floorOptions, log, heavyUrls)
    : null;
  // A/B: the other builds first, then this one, in the same minutes on the same pages.
  const compare = (options.compareDists ?? []).map((dist, i) => ({
    ...runHarness(`compare${i || ''}`, dist, webJson, options, log, heavyUrls),
    dist,
  }));
  const extension = runHarness('extension', options.dist, webJson, options, log, heavyUrls);
  return {
    corpusPages: options.pages,
    floorPages: floorOptions.pages,
    heavyPages: heavy.map(({ file: _file, ...h }) => h),
    runs: options.runs,
    settleMs: options.settleMs,
    floorEmpty,
    floorMessaging,
    extension,
    compare,
  };
}
