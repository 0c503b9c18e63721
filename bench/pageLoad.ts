/**
 * (a) What the content script costs a page as the page feels it: every page loaded fresh in Chromium and traced
 * (CDP Tracing, timeline + V8 sampling), the content script's main-thread time summed until 4 s after network idle.
 * The harness in bench/perf/ (copied from the shared reference harness, see bench/perf/HARNESS.md) does the loading
 * and the attribution; this file builds the bench web (corpus pages + generated heavy pages), runs the harness on
 * the two floor extensions and on the built extension (one after the other with the same pages, or with
 * BENCH_INTERLEAVE=1 all in one run, each page's loads of every build side by side and paired), and puts the
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
  /**
   * Every build (floors, compared builds, this one) in ONE harness run, each page's loads of all of them one after
   * the other in a rotating order: a machine's load then falls on every build alike, and each compared build gets a
   * paired difference per load. Otherwise the builds run one after the other, each a harness run of its own.
   */
  interleave?: boolean;
}

interface PageSummary {
  status: string;
  extMs: number | null;
  extLongestTaskMs: number | null;
  extMaxInOneTaskMs: number | null;
  extLongTasks: number;
  busyRatio: number | null;
}
interface HarnessLoad {
  ok: boolean;
  busyMs?: number;
  ext?: { ms: number };
}
interface HarnessSummary {
  summary: HarnessResult['summary'];
  pages: { url: string; summary: PageSummary }[];
}
interface HarnessResult {
  also?: Record<string, HarnessSummary>;
  summary: {
    pages: { sampled: number; measured: number; failed: number };
    extMs: { median: number | null; p95: number | null; max: number | null };
    extLongestTaskMs: { median: number | null; max: number | null };
    extLongTasks: { total: number; pages: number; loads: number };
    busyRatio: { median: number | null; p95: number | null };
    loadRatio: { median: number | null; p95: number | null };
    withoutExtMsMax: number | null;
  };
  pages: { url: string; summary: PageSummary; runs: ({ run: number } & Record<string, HarnessLoad>)[] }[];
  meta: { durationS: number; notes: string[] };
}

/** One figure's paired differences (this build − the other, load by load, same page and run), in ms. */
export interface PairedSpread {
  pairs: number;
  median: number | null;
  /** The middle half of the pairs' differences. */
  p25: number | null;
  p75: number | null;
  /** Pairs where this build cost less / more. */
  lower: number;
  higher: number;
  /** Per page, the median of its pairs; the median of those. */
  pageMedian: number | null;
}

/** This build against another measured interleaved with it: per load, the difference, then its spread. */
export interface Paired {
  against: string;
  cpuMs: PairedSpread;
  /** The same, each load's collections inside the content script's tasks taken out. */
  cpuWithoutGcMs: PairedSpread;
  wallMs: PairedSpread;
  /** The page's busy time with this build − with the other (the same loads without an extension for both). */
  busyMs: PairedSpread;
}

export interface Figures {
  pages: number;
  failed: number;
  extMs: { median: number | null; p95: number | null; max: number | null };
  /** Thread CPU of the content script's tasks per load (per page: the median of its loads), over pages. */
  cpuMs: { median: number | null; p95: number | null; max: number | null };
  /** The same without V8's collections inside those tasks (mostly the page's own heap, see contentCpu.mjs). */
  cpuWithoutGcMs: { median: number | null; p95: number | null; max: number | null };
  /** Loads in which a collection of over 1 ms landed in the content script's tasks, and the most one cost (CPU). */
  gcInTasks: { loads: number; of: number; maxMs: number };
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
  /** Interleaved runs only: this build − each other build, paired per load. */
  paired: Paired[];
  interleaved: boolean;
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

function figuresOf(
  result: HarnessSummary & { meta: HarnessResult['meta'] },
  heavyUrls: Set<string>,
  cpu: ReturnType<typeof contentCpu>,
): Figures {
  const s = result.summary;
  const cpuOf = new Map(cpu.map((c) => [result.pages[c.page - 1]?.url, c.cpuMs]));
  const all = cpu.map((c) => c.cpuMs);
  const withoutGc = cpu.map((c) => c.cpuWithoutGcMs);
  const gcs = cpu.flatMap((c) => Object.values(c.gcByRun));
  return {
    pages: s.pages.measured,
    failed: s.pages.failed,
    extMs: s.extMs,
    cpuMs: { median: percentile(all, 50), p95: percentile(all, 95), max: percentile(all, 100) },
    cpuWithoutGcMs: {
      median: percentile(withoutGc, 50),
      p95: percentile(withoutGc, 95),
      max: percentile(withoutGc, 100),
    },
    gcInTasks: { loads: gcs.filter((g) => g > 1).length, of: gcs.length, maxMs: Math.max(0, ...gcs) },
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

interface Build {
  /** `with` for the build under test; an `--also` name for the others. */
  mode: string;
  dist: string;
}

/** Runs the harness once over `builds` (the first the build under test; the others interleaved with it). */
function runHarness(
  name: string,
  builds: Build[],
  webJson: string,
  options: PageLoadOptions,
  log: (s: string) => void,
  heavyUrls: Set<string>,
): { figures: Map<string, Figures>; result: HarnessResult; cpu: Map<string, ReturnType<typeof contentCpu>> } {
  const out = path.join(OUT_DIR, `perf-${name}.json`);
  // Every load's trace, for its thread CPU; a fresh folder, so that no earlier run's traces are counted.
  const traces = path.join(OUT_DIR, `traces-${name}`);
  fs.rmSync(traces, { recursive: true, force: true });
  // ~11 s per page and run on 2 cores with a 4 s settle (with + without loads), plus start-up; more browsers, longer
  const browsers = builds.length + 1;
  const timeoutS = Math.ceil(
    120 + (((options.pages + 10) * options.runs * (12 + options.settleMs / 500)) / 2) * browsers,
  );
  const args = [
    HARNESS,
    '--dist',
    builds[0]!.dist,
    '--web',
    webJson,
    '--pages',
    String(options.pages),
    '--runs',
    String(options.runs),
    '--settle',
    String(options.settleMs),
  ];
  for (const b of builds.slice(1)) args.push('--also', `${b.mode}=${b.dist}`);
  // no in-page baselines (TreeWalker, Readability): no figure here uses them, and each costs seconds per load
  args.push('--badge-timeout', '0', '--baseline-reps', '0', '--timeout', String(timeoutS), '--out', out, '--quiet');
  args.push('--traces', traces);
  log(`  ${name}: node bench/perf/run.mjs ${args.slice(1).join(' ')}`);
  const table = execFileSync(process.execPath, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  fs.writeFileSync(path.join(OUT_DIR, `perf-${name}.txt`), table);
  const result = JSON.parse(fs.readFileSync(out, 'utf8')) as HarnessResult;
  const figures = new Map<string, Figures>();
  const cpus = new Map<string, ReturnType<typeof contentCpu>>();
  for (const b of builds) {
    const cpu = contentCpu(traces, b.mode);
    cpus.set(b.mode, cpu);
    const own = b.mode === 'with' ? result : result.also?.[b.mode];
    if (own) figures.set(b.mode, figuresOf({ ...own, meta: result.meta }, heavyUrls, cpu));
  }
  // kept for DevTools' Performance panel and bench/perf/attribute.mjs (V8 samples: where the time goes)
  if (!options.keepTraces) fs.rmSync(traces, { recursive: true, force: true });
  return { figures, result, cpu: cpus };
}

/** Nearest-rank quantile of differences (null when there are none). */
function spread(diffs: number[], perPage: number[][]): PairedSpread {
  const q = (xs: number[], p: number): number | null => percentile(xs, p);
  const pageMedians = perPage.filter((d) => d.length).map((d) => median(d));
  return {
    pairs: diffs.length,
    median: diffs.length ? median(diffs) : null,
    p25: q(diffs, 25),
    p75: q(diffs, 75),
    lower: diffs.filter((d) => d < 0).length,
    higher: diffs.filter((d) => d > 0).length,
    pageMedian: pageMedians.length ? median(pageMedians) : null,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** `with` − `other`, load by load (same page, same run), for every figure both loads have. */
function pairedOf(
  result: HarnessResult,
  cpu: Map<string, ReturnType<typeof contentCpu>>,
  other: string,
  label: string,
): Paired {
  const cpuBy = (mode: string): Map<number, Record<number, number>> =>
    new Map((cpu.get(mode) ?? []).map((c) => [c.page, c.byRun]));
  const mine = cpuBy('with');
  const theirs = cpuBy(other);
  const noGcBy = (mode: string): Map<number, Record<number, number>> =>
    new Map(
      (cpu.get(mode) ?? []).map((c) => [
        c.page,
        Object.fromEntries(Object.entries(c.byRun).map(([r, ms]) => [r, ms - (c.gcByRun[Number(r)] ?? 0)])),
      ]),
    );
  const mineNoGc = noGcBy('with');
  const theirsNoGc = noGcBy(other);
  const figure = (of: (page: number, run: number) => [number | undefined, number | undefined]): PairedSpread => {
    const all: number[] = [];
    const perPage = result.pages.map((p, i) =>
      p.runs.flatMap((r) => {
        const [a, b] = of(i + 1, r.run + 1);
        if (a === undefined || b === undefined) return [];
        all.push(a - b);
        return [a - b];
      }),
    );
    return spread(all, perPage);
  };
  const load = (page: number, run: number, mode: string): HarnessLoad | undefined => {
    const l = result.pages[page - 1]?.runs.find((r) => r.run === run - 1)?.[mode];
    return l?.ok ? l : undefined;
  };
  return {
    against: label,
    cpuMs: figure((page, run) => [mine.get(page)?.[run], theirs.get(page)?.[run]]),
    cpuWithoutGcMs: figure((page, run) => [mineNoGc.get(page)?.[run], theirsNoGc.get(page)?.[run]]),
    wallMs: figure((page, run) => [load(page, run, 'with')?.ext?.ms, load(page, run, other)?.ext?.ms]),
    busyMs: figure((page, run) => [load(page, run, 'with')?.busyMs, load(page, run, other)?.busyMs]),
  };
}

export function pageLoad(web: BenchWeb, options: PageLoadOptions, log: (s: string) => void): PageLoadResult {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const { webJson, heavy } = writeBenchWeb(web);
  const heavyUrls = new Set(heavy.map((h) => h.url));
  log(
    `  bench web: ${options.pages} corpus pages + ${heavy.length} heavy pages (${heavy.map((h) => `${(h.bytes / 1e6).toFixed(1)} MB/${h.elements} el`).join(', ')})`,
  );
  const floorDir = path.join(REPO_ROOT, 'bench', 'perf');
  const floorBuilds: Build[] = options.floors
    ? [
        { mode: 'floor-empty', dist: path.join(floorDir, 'floor-extension') },
        { mode: 'floor-messaging', dist: path.join(floorDir, 'floor-messaging') },
      ]
    : [];
  const compareBuilds: Build[] = (options.compareDists ?? []).map((dist, i) => ({
    mode: `compare${i || ''}`,
    dist,
  }));
  const floorOptions = { ...options, pages: options.floorPages ?? options.pages };
  let floorEmpty: Figures | null = null;
  let floorMessaging: Figures | null = null;
  let extension: Figures;
  let compare: (Figures & { dist: string })[];
  const paired: Paired[] = [];
  if (options.interleave) {
    // One run, every build's loads of a page side by side (floors on every page too: they are paired as well).
    const run = runHarness(
      'interleaved',
      [{ mode: 'with', dist: options.dist }, ...floorBuilds, ...compareBuilds],
      webJson,
      options,
      log,
      heavyUrls,
    );
    floorEmpty = run.figures.get('floor-empty') ?? null;
    floorMessaging = run.figures.get('floor-messaging') ?? null;
    extension = run.figures.get('with')!;
    compare = compareBuilds.map((b) => ({ ...run.figures.get(b.mode)!, dist: b.dist }));
    for (const b of [...compareBuilds, ...floorBuilds])
      paired.push(pairedOf(run.result, run.cpu, b.mode, b.mode.startsWith('floor') ? b.mode : b.dist));
  } else {
    const alone = (name: string, build: Build, o: PageLoadOptions): Figures =>
      runHarness(name, [{ ...build, mode: 'with' }], webJson, o, log, heavyUrls).figures.get('with')!;
    const floors = floorBuilds.map((b) => alone(b.mode, b, floorOptions));
    floorEmpty = floors[0] ?? null;
    floorMessaging = floors[1] ?? null;
    // A/B: the other builds first, then this one, in the same minutes on the same pages.
    compare = compareBuilds.map((b) => ({ ...alone(b.mode, b, options), dist: b.dist }));
    extension = alone('extension', { mode: 'with', dist: options.dist }, options);
  }
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
    paired,
    interleaved: options.interleave === true,
  };
}
