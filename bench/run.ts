/**
 * `npm run bench`: (a) the content script's cost as page loads feel it (traced, against two floor extensions),
 * (d) agreement of the extension's badge with the CLI's verdict, (b) the engine's cost in Node, (c) the time from a
 * loaded copy to its verified badge, (f) the engine's cold start in a fresh Node process (CPU time). Prints a table and writes test-results/bench.json. Measures only: no timed
 * assertions, since shared CI machines make any threshold flaky.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { benchWeb, REPO_ROOT } from './benchPages.ts';
import { endToEnd, SCENARIOS, type Scenario } from './endToEnd.ts';
import { CHROME_DIST } from '../test/e2e/launch.ts';
import { coldEngine } from './coldEngine.ts';
import { engineCost } from './engineCost.ts';
import { agreement } from './agreement.ts';
import { heap } from './heap.ts';
import { pageLoad, type Figures } from './pageLoad.ts';
import { round, type Summary } from './stats.ts';

const log = (s: string): void => void process.stderr.write(`${s}\n`);
const only = new Set(process.argv.slice(2).filter((a) => /^[abcdef]$/.test(a)));
const want = (part: string): boolean => only.size === 0 || only.has(part);
const E2E_RUNS = Number(process.env.BENCH_E2E_RUNS ?? 5);

const web = benchWeb();
log(`bench web: ${web.name} (${web.htmlPages.length} HTML pages, ${web.checks.length} checks)`);

const result: Record<string, unknown> = {
  when: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '?', node: process.version },
  web: web.name,
};
const rows: string[][] = [];
const ms = (s: Summary): string[] => [`${round(s.median)} ms`, `${round(s.p95)} ms`, `${round(s.max)} ms`];
const triple = (...xs: (number | null)[]): string[] => xs.map((v) => `${round(v ?? NaN)} ms`);
const x = (s: Summary): string[] => [`${round(s.median, 2)}×`, `${round(s.p95, 2)}×`, `${round(s.max, 2)}×`];

if (want('a')) {
  const options = {
    pages: Number(process.env.BENCH_PAGES ?? 100),
    // Loads per page: one load of a page is too noisy to tell a millisecond (the per-page figure is their median).
    runs: Number(process.env.BENCH_RUNS ?? 3),
    settleMs: Number(process.env.BENCH_SETTLE_MS ?? 4000),
    dist: path.resolve(process.env.BENCH_DIST ?? path.join(REPO_ROOT, 'dist', 'chrome')),
    floors: process.env.BENCH_FLOORS !== '0',
    ...(process.env.BENCH_FLOOR_PAGES ? { floorPages: Number(process.env.BENCH_FLOOR_PAGES) } : {}),
    // BENCH_COMPARE_DIST: other builds (comma-separated dist/chrome folders) measured in the same run.
    compareDists: (process.env.BENCH_COMPARE_DIST ?? '')
      .split(',')
      .filter(Boolean)
      .map((d) => path.resolve(d)),
    keepTraces: process.env.BENCH_TRACES === '1',
    // BENCH_INTERLEAVE=1: every build in one run, each page's loads side by side (A/B on a loaded machine)
    interleave: process.env.BENCH_INTERLEAVE === '1',
  };
  log(
    `(a) page loads in Chromium, traced: ${options.pages} corpus pages + heavy pages, ${options.runs} run(s), floors ${options.floors ? 'on' : 'off'}…`,
  );
  const a = pageLoad(web, options, log);
  result.pageLoad = a;
  const fig = (name: string, f: Figures | null): string[][] => {
    if (!f) return [];
    const heavyMax = Math.max(...f.heavy.map((h) => h.extMs ?? 0));
    const heavyLongest = Math.max(...f.heavy.map((h) => h.longestTaskMs ?? 0));
    return [
      [
        `(a) ${name}: content-script ms per load, ${f.pages} pages`,
        ...triple(f.extMs.median, f.extMs.p95, f.extMs.max),
        `${f.failed} failed`,
      ],
      [
        `(a) ${name}: content-script thread CPU per load`,
        ...triple(f.cpuMs.median, f.cpuMs.p95, f.cpuMs.max),
        `heavy pages max ${round(Math.max(...f.heavy.map((h) => h.cpuMs ?? 0)))} ms`,
      ],
      [
        `(a) ${name}: … without V8's collections in its tasks`,
        ...triple(f.cpuWithoutGcMs.median, f.cpuWithoutGcMs.p95, f.cpuWithoutGcMs.max),
        `GC > 1 ms in ${f.gcInTasks.loads}/${f.gcInTasks.of} loads, max ${round(f.gcInTasks.maxMs)} ms`,
      ],
      [
        `(a) ${name}: longest own task`,
        `${round(f.longestTaskMs.median ?? NaN)} ms`,
        '',
        `${round(f.longestTaskMs.max ?? NaN)} ms`,
        `${f.longTasks} long tasks`,
      ],
      [
        `(a) ${name}: heavy pages (${f.heavy.length}) ms, longest task`,
        '',
        '',
        `${round(heavyMax)} ms`,
        `longest task ${round(heavyLongest)} ms`,
      ],
      [
        `(a) ${name}: page busy with ÷ without`,
        `${round(f.busyRatio.median ?? NaN, 3)}×`,
        `${round(f.busyRatio.p95 ?? NaN, 3)}×`,
        '',
        '',
      ],
    ];
  };
  rows.push(
    ...fig('empty floor', a.floorEmpty),
    ...fig('messaging floor', a.floorMessaging),
    ...a.compare.flatMap((f) => fig(`other build (${f.dist})`, f)),
    ...fig('Provenance', a.extension),
  );
  for (const p of a.paired) {
    for (const [what, d] of [
      ['thread CPU', p.cpuMs],
      ['thread CPU without GC', p.cpuWithoutGcMs],
      ['wall', p.wallMs],
      ['page busy', p.busyMs],
    ] as const)
      rows.push([
        `(a) Provenance − ${p.against}, ${what}, paired per load (${d.pairs}): median [p25, p75]`,
        `${round(d.median ?? NaN)} ms`,
        `[${round(d.p25 ?? NaN)}, ${round(d.p75 ?? NaN)}]`,
        `pages' median ${round(d.pageMedian ?? NaN)} ms`,
        `${d.lower} lower, ${d.higher} higher`,
      ]);
  }
  const floor = a.floorMessaging;
  for (const [name, f] of [
    ...a.compare.map((c) => [`other build (${c.dist})`, c] as const),
    ['Provenance', a.extension] as const,
  ]) {
    for (const [what, mine, theirs] of [
      ['wall', f.extMs.median, floor?.extMs.median],
      ['thread CPU', f.cpuMs.median, floor?.cpuMs.median],
    ] as const) {
      if (mine === null || theirs === null || theirs === undefined) continue;
      rows.push([
        `(a) ${name} − messaging floor, ${what}, median`,
        `${round(mine - theirs)} ms`,
        '',
        '',
        `÷ ${round(mine / theirs, 2)}×`,
      ]);
    }
  }
}
if (want('b')) {
  log('(b) engine in Node…');
  const b = await engineCost(web, log).catch((e: Error) => {
    log(`  (b) could not run: ${e.message.split('\n')[0]}`);
    return null;
  });
  result.engineCost = b;
  if (b?.firstError) log(`  ${b.failed} checks failed; first: ${b.firstError}`);
  if (b) {
    rows.push(
      [`(b) linkedom parse, ${b.checks} pages`, ...ms(b.ms.parse)],
      ['(b) checkHtml', ...ms(b.ms.check), b.slowest.url],
      ['(b) checkHtml ÷ parse', ...x(b.ratio)],
    );
  }
}
if (want('c')) {
  const scenarios = (process.env.BENCH_E2E_SCENARIOS?.split(',') ?? SCENARIOS).filter((s): s is Scenario =>
    (SCENARIOS as readonly string[]).includes(s),
  );
  // BENCH_E2E_COMPARE_DIST: another test build (its dist/chrome-test) measured in the same run, runs interleaved.
  const builds = [
    CHROME_DIST,
    ...(process.env.BENCH_E2E_COMPARE_DIST ? [path.resolve(process.env.BENCH_E2E_COMPARE_DIST)] : []),
  ];
  // BENCH_E2E_LANG: the browser's language (the seed copy is Vietnamese: "vi" is a reader of its language).
  const lang = process.env.BENCH_E2E_LANG;
  log(
    `(c) end to end, ${E2E_RUNS} runs each: ${scenarios.join(', ')}${builds.length > 1 ? `; builds ${builds.join(' | ')}` : ''}${lang ? `; browser language ${lang}` : ''}…`,
  );
  const c = await endToEnd(E2E_RUNS, log, scenarios, builds, lang);
  result.endToEnd = builds.length > 1 ? c : c[CHROME_DIST];
  for (const [i, extension] of builds.entries()) {
    for (const [scenario, s] of Object.entries(c[extension] ?? {})) {
      if (s.firstError) log(`  ${scenario}: ${s.failed} runs failed; first: ${s.firstError}`);
      const which = i > 0 ? ' (compared build)' : '';
      rows.push(
        [`(c) loaded copy → verified badge, ${scenario}${which}, ${s.runs} runs`, ...ms(s.ms)],
        ['(c) … as polled from outside', ...ms(s.polledMs)],
      );
      if (Object.keys(s.stages).length)
        log(
          `  (c) ${scenario}${which}, stage medians, ms from the load event: ${Object.entries(s.stages)
            .map(([name, at]) => `${name} ${Math.round(at)}`)
            .join(' · ')}`,
        );
    }
  }
}

if (want('f')) {
  const runs = Number(process.env.BENCH_COLD_RUNS ?? 5);
  log(`(f) the engine's cold start, ${runs} fresh processes…`);
  const f = await coldEngine(runs, log).catch((e: Error) => {
    log(`  (f) could not run: ${e.message.split('\n')[0]}`);
    return null;
  });
  result.coldEngine = f;
  if (f) {
    const label: Record<string, string> = {
      evaluate: 'module evaluation',
      directory: 'publisher directory',
      parse: 'cold check: parse',
      scan: '… scan',
      extract: '… extract',
      rest: '… candidates, fetch, compare, credits',
      check: '… whole check',
      warm: 'the same check again, warm',
      warmUp: 'warm-up before it',
    };
    for (const [stage, s] of Object.entries(f.cpuMs))
      if (stage !== 'warmUp')
        rows.push([
          `(f) ${label[stage] ?? stage}, CPU, ${f.runs} runs (${[...new Set(f.verdicts)].join('/')})`,
          ...ms(s),
        ]);
  }
  // BENCH_COLD_WORKER=<tags>: the seed copy as a warm check worker's first page, after an English page alone and
  // after it and the packs of a reader of these languages ("vi": the seed's own).
  const readerLanguages = process.env.BENCH_COLD_WORKER;
  for (const worker of readerLanguages ? [{}, { languages: readerLanguages }] : []) {
    const name = worker.languages ? `after an English page and the ${worker.languages} packs` : 'after an English page';
    log(`(f) the seed copy as a warm worker's first page, ${name}, ${runs} fresh processes…`);
    const w = await coldEngine(runs, log, worker).catch(() => null);
    if (w)
      rows.push(
        [`(f) first page ${name}: whole check, CPU`, ...ms(w.cpuMs.check)],
        [`(f) … scan`, ...ms(w.cpuMs.scan)],
        [`(f) … the warm-up before it`, ...ms(w.cpuMs.warmUp)],
      );
  }
}

if (want('d')) {
  const n = Number(process.env.BENCH_AGREEMENT_CASES ?? 120);
  // 'reader': a fresh profile, as a reader meets it; 'cli': the extension given the CLI's publisher directory first.
  const directories = (process.env.BENCH_AGREEMENT_DIRECTORY ?? 'reader,cli')
    .split(',')
    .filter((d): d is 'reader' | 'cli' => d === 'reader' || d === 'cli');
  const results: Record<string, unknown> = {};
  for (const directory of directories) {
    log(`(d) extension badge vs CLI verdict, ${n} corpus cases, a fresh profile each, directory: ${directory}…`);
    const d = await agreement(n, log, directory);
    results[directory] = d;
    const pct = (k: number): string => `${k}/${d.cases} (${round((100 * k) / d.cases, 1)} %)`;
    rows.push(
      [
        `(d) badge = CLI verdict, ${d.cases} corpus cases, ${directory} directory`,
        pct(d.agree),
        '',
        '',
        `${d.differences.length} differences`,
      ],
      [`(d) badge = expected verdict, ${directory} directory`, pct(d.badgeMatchesExpected), '', '', ''],
      ['(d) CLI = expected verdict', pct(d.cliMatchesExpected), '', '', ''],
    );
    for (const diff of d.differences)
      log(`  differs: ${diff.id} badge ${diff.badge}, CLI ${diff.cli}, expected ${diff.expected}  ${diff.url}`);
  }
  result.agreement = results;
}

if (want('e')) {
  log('(e) memory: the service worker on the heavy pages, what the content script keeps…');
  const e = await heap(log);
  result.heap = e;
  rows.push(
    [
      `(e) service worker peak heap, ${e.workerPeakMb.n} heavy pages`,
      `${round(e.workerPeakMb.median, 1)} MB`,
      `${round(e.workerPeakMb.p95, 1)} MB`,
      `${round(e.workerPeakMb.max, 1)} MB`,
      '',
    ],
    [
      `(e) content script retained heap (with − without, after GC), ${e.retainedKb.n} pages`,
      `${round(e.retainedKb.median, 0)} kB`,
      `${round(e.retainedKb.p95, 0)} kB`,
      `${round(e.retainedKb.max, 0)} kB`,
      '',
    ],
    [
      `(e) messaging floor retained heap, same pages`,
      `${round(e.floorRetainedKb.median, 0)} kB`,
      `${round(e.floorRetainedKb.p95, 0)} kB`,
      `${round(e.floorRetainedKb.max, 0)} kB`,
      '',
    ],
  );
}

const header = ['measure', 'median', 'p95', 'max', 'where'];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => (r[i] ?? '').length)));
const line = (r: string[]): string =>
  r.map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i]!) : c.padStart(widths[i] ?? 0))).join('  ');
console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));

const out = path.join(REPO_ROOT, 'test-results', 'bench.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
// A partial run (`npm run bench -- b`) updates its own part and keeps the others' last results.
let previous: Record<string, unknown> = {};
try {
  previous = only.size ? (JSON.parse(fs.readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
} catch {
  previous = {};
}
fs.writeFileSync(out, `${JSON.stringify({ ...previous, ...result }, null, 2)}\n`);
log(`wrote ${path.relative(REPO_ROOT, out)}`);
