#!/usr/bin/env node
// Scores the checker on the real pages of test/real/ (see its README): for each set (dev, heldout) runs the CLI over
// its cases with its pages as the only web, scores the reports with the shared corpus's scorer, and adds the real-page
// metrics of issue 11 (pages naming their source: detected, source read right; non-copies flagged).
//
//   npm run real                          print a table per set, write test-results/real-scores.json
//   npm run real -- --check               fail (exit 1) under any floor of test/real-floor.json
//   npm run real -- --set dev             one set only
//   npm run real -- --verbose             also the scorer's full table, and each dev page's outcome
//   npm run real -- --concurrency 2
//   npm run real -- --since 2026-12-06    only the pages added on or after that day (cases' `added` stamp)
//   npm run real -- --since 2026-12-06T23:40   … or that minute (UTC; real-add.mjs stamps minutes, older cases a day)
//   npm run real -- --before 2026-12-06   only the pages added before it (or unstamped: added before stamps existed)
//
// --since / --before score a batch apart from the rest (fresh held-out pages against the old ones); the floors hold
// for whole sets, so they do not combine with --check or --floors.
//
// The scorer lives beside the repository (../shared/corpus/score.mjs); without it this says so and exits 0.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { belowFloors, checkCases, failWith, readFloors, root, scoreReports } from './corpus-run.mjs';
import { flags, normUrl, realMetrics, sameSource } from './real-metrics.mjs';

const SETS = ['dev', 'heldout'];
const fail = (message, code = 2) => failWith('real', message, code);
let args;
try {
  args = parseArgs({
    options: {
      set: { type: 'string' },
      check: { type: 'boolean', default: false },
      floors: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      concurrency: { type: 'string', default: '4' },
      since: { type: 'string' },
      before: { type: 'string' },
      real: { type: 'string' },
      scorer: { type: 'string' },
      out: { type: 'string' },
    },
    strict: true,
  }).values;
} catch (e) {
  fail(
    `${e.message}\nusage: node scripts/real.mjs [--check] [--set dev|heldout] [--floors <file.json>] [--verbose] [--concurrency <n>]`,
  );
}
if (args.set !== undefined && !SETS.includes(args.set)) fail(`--set is one of ${SETS.join(', ')}, got "${args.set}"`);
for (const opt of ['since', 'before'])
  if (args[opt] !== undefined && !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(args[opt]))
    fail(`--${opt} takes a day or a minute, YYYY-MM-DD or YYYY-MM-DDTHH:MM`);
const filtered = args.since !== undefined || args.before !== undefined;
if (filtered && (args.check || args.floors !== undefined))
  fail('--since / --before score part of a set; the floors are for whole sets (drop --check / --floors)');
/**
 * Whether a case was added in the --since / --before window; a case without a stamp predates the stamps. Stamps and
 * bounds compare as strings: a day ("2026-12-06") sorts before every minute of it ("2026-12-06T23:40").
 */
const inWindow = (c) =>
  (args.since === undefined || (c.added ?? '') >= args.since) &&
  (args.before === undefined || (c.added ?? '') < args.before);
// --real, --scorer and --out exist for the script's own test.
const realDir = path.resolve(root, args.real ?? path.join('test', 'real'));
const scorer = path.resolve(root, args.scorer ?? path.join('..', 'shared', 'corpus', 'score.mjs'));
const out = path.resolve(root, args.out ?? path.join('test-results', 'real-scores.json'));
if (!fs.existsSync(scorer)) {
  console.log(`real: no scorer at ${path.relative(root, scorer)}; nothing to score.`);
  process.exit(0);
}

const readJsonl = (f) =>
  fs
    .readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const pct = (x) => (x == null ? '  n/a' : `${(100 * x).toFixed(1).padStart(5)}%`);

const results = {};
for (const set of args.set ? [args.set] : SETS) {
  let cases = path.join(realDir, set, 'cases.jsonl');
  if (!fs.existsSync(cases)) fail(`no ${path.relative(root, cases)}`);
  if (filtered) {
    const kept = readJsonl(cases).filter(inWindow);
    if (!kept.length) {
      console.log(`real: no ${set} page in the window; ${set} skipped`);
      continue;
    }
    cases = path.join(path.dirname(out), `real-${set}-window-cases.jsonl`);
    fs.mkdirSync(path.dirname(cases), { recursive: true });
    fs.writeFileSync(cases, kept.map((c) => JSON.stringify(c)).join('\n') + '\n');
  }
  const reports = path.join(path.dirname(out), `real-${set}-reports.jsonl`);
  const took = checkCases({
    prefix: 'real',
    cases,
    web: path.join(realDir, set, 'web.json'),
    reports,
    concurrency: args.concurrency,
  });
  const { text, metrics } = scoreReports({ prefix: 'real', scorer, cases, reports });
  const caseList = readJsonl(cases);
  const reportList = readJsonl(reports);
  const real = realMetrics(caseList, reportList);
  results[set] = {
    pages: caseList.length,
    languages: new Set(caseList.map((c) => c.lang)).size,
    seconds: Number((took / 1000).toFixed(1)),
    score: metrics.score,
    detectionF1: metrics.detection.f1,
    falsePositiveRate: metrics.falsePositiveRate,
    verdictAccuracy: metrics.verdictAccuracy,
    claimedSourceAccuracy: metrics.claimedSourceAccuracy,
    named: real.all.named,
    detected: real.all.detectedRate,
    sourceRead: real.all.sourceReadRate,
    nonCopies: real.all.clean,
    nonCopiesFlagged: real.all.flaggedRate,
    byKind: Object.fromEntries(Object.entries(real).filter(([k]) => k !== 'all')),
  };
  if (args.verbose) process.stdout.write(text);
  // Page by page only for dev: the held-out labels stay unseen by whoever tunes the engine (test/real/README.md).
  if (args.verbose && set === 'dev') {
    const byUrl = new Map(reportList.map((r) => [normUrl(r.url), r]));
    for (const c of caseList) {
      const r = byUrl.get(normUrl(c.url));
      const right =
        c.expect.verdict === 'clean'
          ? !flags(r)
          : flags(r) && sameSource(c.expect.claimedSource, r?.claimedSource, c.aliases ?? []);
      console.log(
        `${right ? 'ok  ' : 'MISS'} ${c.id} ${c.kind} expected ${c.expect.verdict}${c.expect.claimedSource ? ` (${c.expect.claimedSource})` : ''}, got ${r?.verdict ?? 'no report'}${r?.claimedSource ? ` (${r.claimedSource})` : ''}`,
      );
    }
  }
}

const L = [];
const sets = Object.keys(results);
if (filtered)
  L.push(`pages added${args.since ? ` since ${args.since}` : ''}${args.before ? ` before ${args.before}` : ''} only`);
L.push(`real pages            ${sets.map((s) => s.padStart(12)).join('')}`);
const line = (label, f) => L.push(`${label.padEnd(22)}${sets.map((s) => f(results[s]).padStart(12)).join('')}`);
line('pages (languages)', (r) => `${r.pages} (${r.languages})`);
line('name their source', (r) => String(r.named));
line('  detected', (r) => pct(r.detected));
line('  source read right', (r) => pct(r.sourceRead));
line('non-copies', (r) => String(r.nonCopies));
line('  flagged', (r) => pct(r.nonCopiesFlagged));
line('scorer: score', (r) => r.score.toFixed(4));
line('scorer: detection F1', (r) => pct(r.detectionF1));
L.push('');
L.push(`by kind (named: detected / source read; non-copies: flagged)`);
const kinds = [...new Set(sets.flatMap((s) => Object.keys(results[s].byKind)))].sort();
for (const k of kinds) {
  L.push(
    `  ${k.slice(5).padEnd(20)}${sets
      .map((s) => {
        const t = results[s].byKind[k];
        if (!t) return ''.padStart(24);
        return (
          t.named ? `${t.detected}/${t.sourceRead} of ${t.named}` : `${t.flagged} of ${t.clean} flagged`
        ).padStart(24);
      })
      .join('')}`,
  );
}
console.log(L.join('\n'));
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(results, null, 1)}\n`);
console.log(`real: scores written to ${path.relative(root, out)}`);

if (!args.check && args.floors === undefined) process.exit(0);
const floors = readFloors({
  prefix: 'real',
  file: path.resolve(root, args.floors ?? path.join('test', 'real-floor.json')),
  named: args.floors !== undefined,
});
const below = [];
for (const set of sets) {
  const f = floors[set] ?? {};
  const r = results[set];
  below.push(
    ...belowFloors({
      prefix: `real ${set}`,
      checks: [
        ['score', r.score, 'min'],
        ['detected', r.detected, 'min'],
        ['sourceRead', r.sourceRead, 'min'],
        ['nonCopiesFlagged', r.nonCopiesFlagged, 'max'],
      ],
      floors: f,
    }).map((n) => `${set}.${n}`),
  );
}
if (below.length) fail(`under the floor: ${below.join(', ')}`, 1);
console.log('real: every floor met');
