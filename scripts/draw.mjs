#!/usr/bin/env node
// Scores the checker on a held-out draw: builds a corpus in the shared corpus's format from originals the shared
// corpus does not have and wording in none of the engine's tables (bench/draw/), runs the CLI over it as
// `npm run corpus` does, and scores it with the shared corpus's scorer.
//
//   npm run draw -- --seed 1                 build draw 1 into test-results/draw-1/ and print its score
//   npm run draw -- --seed 2 --check         fail (exit 1) under any floor of test/draw-floor.json
//   npm run draw -- --seed 1 --originals 40  take fewer originals (a quicker draw)
//
// Measure with it; do not tune detectors to a draw's strings (another seed draws others). Needs ../shared/corpus
// (for the scorer) and test/real/dev (the originals); without them it says so and exits 0.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDraw } from '../bench/draw/buildDraw.mjs';
import { belowFloors, checkCases, failWith, readFloors, root, scoreReports } from './corpus-run.mjs';

const fail = (message, code = 2) => failWith('draw', message, code);

let args;
try {
  args = parseArgs({
    options: {
      seed: { type: 'string', default: '1' },
      originals: { type: 'string', default: '60' },
      check: { type: 'boolean', default: false },
      floors: { type: 'string' },
      concurrency: { type: 'string', default: '4' },
    },
    strict: true,
  }).values;
} catch (e) {
  fail(`${e.message}\nusage: node scripts/draw.mjs [--seed <n>] [--originals <n>] [--check] [--floors <file.json>]`);
}
const seed = Number(args.seed);
const perDraw = Number(args.originals);
if (!Number.isInteger(seed) || seed < 0) fail(`--seed needs a whole number, got "${args.seed}"`);
if (!Number.isInteger(perDraw) || perDraw < 1) fail(`--originals needs a whole number, got "${args.originals}"`);

const scorer = path.resolve(root, '..', 'shared', 'corpus', 'score.mjs');
const realDir = path.join(root, 'test', 'real', 'dev');
if (!fs.existsSync(scorer) || !fs.existsSync(path.join(realDir, 'cases.jsonl'))) {
  console.log('draw: no scorer beside the repository or no test/real/dev; nothing to measure.');
  process.exit(0);
}

const out = path.join(root, 'test-results', `draw-${seed}`);
const built = buildDraw({ seed, realDir, out, perDraw });
console.log(
  `draw ${seed}: ${built.cases} cases from ${built.originals} originals, ${built.pages} pages in ${path.relative(root, out)}`,
);
const cases = path.join(out, 'cases.jsonl');
const reports = path.join(out, 'reports.jsonl');
checkCases({ prefix: 'draw', cases, web: path.join(out, 'web.json'), reports, concurrency: args.concurrency });
const { text, metrics } = scoreReports({ prefix: 'draw', scorer, cases, reports });
process.stdout.write(text);

const tag = (name) => metrics.tags[name] ?? null;
const excerpt = tag('aggregator-excerpt');
const excerptVerdict = excerpt?.n ? excerpt.verdictOk / excerpt.n : null;
const excerptUrl = excerpt?.urlN ? excerpt.urlOk / excerpt.urlN : null;
const self = tag('self-naming');
const f = (x) => (x === null || x === undefined ? 'n/a' : x.toFixed(3));
console.log(
  `\ndraw ${seed}: score ${f(metrics.score)} · false positives on originals ${(100 * metrics.falsePositiveRate).toFixed(1)} % · original URL ${f(metrics.originalUrlAccuracy)} · authors ${f(metrics.authorRecall)} · aggregator excerpts ${f(excerptVerdict)} verdict, ${f(excerptUrl)} original URL (${excerpt?.n ?? 0} cases) · originals naming themselves flagged ${self ? self.n - self.verdictOk : 0} of ${self?.n ?? 0}`,
);

if (!args.check && args.floors === undefined) process.exit(0);
const floorFile = path.resolve(root, args.floors ?? path.join('test', 'draw-floor.json'));
const floors = readFloors({ prefix: 'draw', file: floorFile, named: args.floors !== undefined });
const below = belowFloors({
  prefix: 'draw',
  checks: [
    ['score', metrics.score, 'min'],
    ['falsePositiveRate', metrics.falsePositiveRate, 'max'],
    ['originalUrlAccuracy', metrics.originalUrlAccuracy, 'min'],
    ['authorRecall', metrics.authorRecall, 'min'],
    ['excerptVerdict', excerptVerdict, 'min'],
  ],
  floors: floors[String(seed)] ?? floors,
});
if (below.length) fail(`under the floor: ${below.join(', ')}`, 1);
console.log('draw: every floor met');
