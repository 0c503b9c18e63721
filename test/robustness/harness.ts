/**
 * The robustness harness: for sampled corpus cases and each perturbation kind, serve the perturbed page in place of
 * the original file (the same path as the CLI: checkUrl over the offline web, with its publisher directory) and
 * score verdict, original URL, required-signal recall and (poster-label) the poster, per kind.
 *
 *   npx tsx test/robustness/harness.ts [--per-kind N] [--seeds K] [--kind name] [--fails]
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkUrl } from '../../src/core/check.ts';
import { normalizeUrl } from '../../src/core/url/normalizeUrl.ts';
import type { PublisherDirectory } from '../../src/core/ports.ts';
import type { Report } from '../../src/core/report.ts';
import { directoryFromSites } from '../../src/core/match/directoryFromSites.ts';
import { scanPage } from '../../src/core/signals/scanPage.ts';
import { spamFamiliesOf } from '../../src/core/signals/detectSpamFooter.ts';
import { makeNodePorts } from '../../src/cli/nodePorts.ts';
import { parseHtmlLinkedom } from '../../src/adapters/parseHtmlLinkedom.ts';
import { loadOfflineWeb, type OfflineWeb } from '../../src/cli/offlineWeb.ts';
import { withLocalPage } from '../../src/cli/withLocalPage.ts';
import { appliesTo, KINDS, perturb, type CaseLike, type Hints, type PerturbKind } from './perturb.ts';

export const CORPUS_DIR = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');

export interface Case extends CaseLike {
  id: string;
  history: string[];
  expect: CaseLike['expect'] & { authors: string[] };
}

export interface Outcome {
  kind: PerturbKind;
  id: string;
  seed: number;
  note: string;
  verdictOk: boolean;
  originalOk: boolean | null;
  signalsWanted: number;
  signalsFound: number;
  missing: string[];
  posterOk: boolean | null;
  got: { verdict: string; original: string | null; poster: string | null };
  /** Spurious signals on a clean page (must-not-fire). */
  spurious: string[];
}

export interface KindRow {
  kind: PerturbKind;
  n: number;
  verdict: number;
  original: number | null;
  signals: number | null;
  poster: number | null;
}

export function corpusAvailable(): boolean {
  return existsSync(path.join(CORPUS_DIR, 'cases.jsonl')) && existsSync(path.join(CORPUS_DIR, 'web.json'));
}

export function readCases(): Case[] {
  return readFileSync(path.join(CORPUS_DIR, 'cases.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
}

let shared: Promise<{ web: OfflineWeb; directory: PublisherDirectory | undefined }> | null = null;

/** The offline web and its publisher directory, read once per process (as the CLI does once per run). */
export function loadWorld(): Promise<{ web: OfflineWeb; directory: PublisherDirectory | undefined }> {
  shared ??= (async () => {
    const web = await loadOfflineWeb(path.join(CORPUS_DIR, 'web.json'));
    const directory = web.homepages.length
      ? await directoryFromSites(web.homepages, makeNodePorts({ fetch: web.fetch }), { readFeeds: true })
      : undefined;
    return { web, directory };
  })();
  return shared;
}

/** A deterministic sample: cases sorted by a hash of (kind, id), the first `n` that the kind applies to. */
export function sample(cases: Case[], kind: PerturbKind, n: number): Case[] {
  const key = (c: Case): number => {
    let h = 2166136261;
    for (const ch of `${kind}:${c.id}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
    return h >>> 0;
  };
  return cases
    .filter((c) => appliesTo(kind, c))
    .sort((a, b) => key(a) - key(b))
    .slice(0, n);
}

const same = (a: string | null | undefined, b: string | null | undefined): boolean =>
  !!a && !!b && normalizeUrl(a) === normalizeUrl(b);

async function hintsFor(html: string, c: Case): Promise<Hints> {
  const doc = parseHtmlLinkedom(html, c.url);
  const scan = scanPage(doc, c.url);
  return {
    sourceQuote: scan.signals.find((s) => s.kind === 'source-line')?.quote ?? null,
    feedQuote: scan.signals.find((s) => s.kind === 'feed-footer')?.quote ?? null,
    poster: scan.poster,
    isSpam: (t) => spamFamiliesOf(t).length > 0,
  };
}

/** Checks one perturbed case through checkUrl; null when the kind does not apply to this page. */
export async function runOne(c: Case, kind: PerturbKind, seed: number): Promise<Outcome | null> {
  const { web, directory } = await loadWorld();
  const page = web.find(c.url);
  if (page?.type !== 'text/html') return null;
  const html = await readFile(page.file, 'utf8');
  const p = perturb(html, kind, c, seed, await hintsFor(html, c));
  if (!p) return null;
  const fetch = withLocalPage(web.fetch, c.url, { contentType: 'text/html', text: p.html });
  const ports = makeNodePorts({ fetch, ...(directory ? { directory } : {}) });
  const report: Report = (await checkUrl(c.url, ports, { history: c.history })).report;
  const kinds = new Set(report.signals.map((s) => s.kind));
  const wanted = c.expect.signals;
  const missing = wanted.filter((k) => !kinds.has(k as never));
  const clean = c.expect.verdict === 'clean';
  return {
    kind,
    id: c.id,
    seed,
    note: p.note,
    verdictOk: report.verdict === c.expect.verdict,
    originalOk: c.expect.verdict === 'copy' ? same(report.original?.url, c.expect.originalUrl) : null,
    signalsWanted: wanted.length,
    signalsFound: wanted.length - missing.length,
    missing,
    posterOk: p.poster ? report.credits.poster === p.poster : null,
    got: { verdict: report.verdict, original: report.original?.url ?? null, poster: report.credits.poster },
    spurious: clean ? [...kinds] : [],
    ...(process.env.ROBUSTNESS_DEBUG ? { report } : {}),
  };
}

export interface RunOptions {
  perKind: number;
  seeds: number[];
  kinds?: readonly PerturbKind[];
}

export async function runRobustness(options: RunOptions): Promise<Outcome[]> {
  const cases = readCases();
  const jobs: [Case, PerturbKind, number][] = [];
  for (const kind of options.kinds ?? KINDS)
    for (const c of sample(cases, kind, options.perKind)) for (const seed of options.seeds) jobs.push([c, kind, seed]);
  const out: Outcome[] = [];
  // Two at a time: fetches are file reads; the machine is shared.
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const [c, kind, seed] = jobs[next++] as [Case, PerturbKind, number];
      const o = await runOne(c, kind, seed);
      if (o) out.push(o);
    }
  };
  await Promise.all([worker(), worker()]);
  return out.sort(
    (a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || a.id.localeCompare(b.id) || a.seed - b.seed,
  );
}

export function table(outcomes: Outcome[]): KindRow[] {
  const rows: KindRow[] = [];
  for (const kind of KINDS) {
    const os = outcomes.filter((o) => o.kind === kind);
    if (!os.length) continue;
    const ratio = (xs: (boolean | null)[]): number | null => {
      const v = xs.filter((x): x is boolean => x !== null);
      return v.length ? v.filter(Boolean).length / v.length : null;
    };
    const wanted = os.reduce((s, o) => s + o.signalsWanted, 0);
    rows.push({
      kind,
      n: os.length,
      verdict: ratio(os.map((o) => o.verdictOk)) ?? 0,
      original: ratio(os.map((o) => o.originalOk)),
      signals: wanted ? os.reduce((s, o) => s + o.signalsFound, 0) / wanted : null,
      poster: ratio(os.map((o) => o.posterOk)),
    });
  }
  return rows;
}

export function formatTable(rows: KindRow[]): string {
  const f = (x: number | null): string => (x === null ? '   —  ' : x.toFixed(3).padStart(6));
  const lines = [`${'kind'.padEnd(20)} ${'n'.padStart(4)} verdict original signals poster`];
  for (const r of rows)
    lines.push(
      `${r.kind.padEnd(20)} ${String(r.n).padStart(4)} ${f(r.verdict)}  ${f(r.original)}  ${f(r.signals)} ${f(r.poster)}`,
    );
  return lines.join('\n');
}

export function formatFailures(outcomes: Outcome[]): string {
  return outcomes
    .filter((o) => !o.verdictOk || o.originalOk === false || o.missing.length || o.posterOk === false)
    .map(
      (o) =>
        `${o.kind} ${o.id} s${o.seed}: got ${o.got.verdict}${o.missing.length ? ` missing ${o.missing.join(',')}` : ''}${o.originalOk === false ? ` original ${o.got.original}` : ''}${o.posterOk === false ? ` poster ${o.got.poster}` : ''} — ${o.note}`,
    )
    .join('\n');
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const kind = arg('--kind') as PerturbKind | undefined;
  const started = performance.now();
  const outcomes = await runRobustness({
    perKind: Number(arg('--per-kind') ?? 12),
    seeds: Array.from({ length: Number(arg('--seeds') ?? 3) }, (_, i) => i + 1),
    ...(kind ? { kinds: [kind] } : {}),
  });
  console.log(formatTable(table(outcomes)));
  console.log(`${outcomes.length} checks in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (process.argv.includes('--fails')) console.log(formatFailures(outcomes));
}
