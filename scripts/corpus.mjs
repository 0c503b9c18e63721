#!/usr/bin/env node
// Scores the checker on the shared corpus: runs the CLI over every case in the offline web, then the corpus's own
// scorer on the reports.
//
//   npm run corpus                       print the score
//   npm run corpus -- --check            fail (exit 1) under any floor of test/corpus-floor.json
//   npm run corpus -- --min 0.8          the same, with 0.8 as the score floor
//   npm run corpus -- --floors f.json    floors from another file (implies checking them)
//   npm run corpus -- --concurrency 2
//
// The corpus lives beside the repository (../shared/corpus); without it this says so and exits 0, so a fresh clone's
// CI does not fail for want of data it cannot have.
import path from 'node:path';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { belowFloors, checkCases, failWith, readFloors, root, scoreReports } from './corpus-run.mjs';

/** Floor names in the floor file → how to read them from the scorer's JSON, and which way is better. */
const FLOORS = [
  ['score', (m) => m.score, 'min'],
  ['detectionF1', (m) => m.detection.f1, 'min'],
  ['falsePositiveRate', (m) => m.falsePositiveRate, 'max'],
  ['originalUrlAccuracy', (m) => m.originalUrlAccuracy, 'min'],
  ['authorRecall', (m) => m.authorRecall, 'min'],
];

const fail = (message, code = 2) => failWith('corpus', message, code);

let args;
try {
  args = parseArgs({
    options: {
      corpus: { type: 'string' },
      reports: { type: 'string' },
      check: { type: 'boolean', default: false },
      min: { type: 'string' },
      floors: { type: 'string' },
      concurrency: { type: 'string', default: '4' },
    },
    strict: true,
  }).values;
} catch (e) {
  fail(
    `${e.message}\nusage: node scripts/corpus.mjs [--check] [--min <score>] [--floors <file.json>] [--concurrency <n>]`,
  );
}
// --corpus and --reports exist for the script's own test; by default the shared corpus beside the repository.
const corpus = path.resolve(root, args.corpus ?? path.join('..', 'shared', 'corpus'));
const reports = path.resolve(root, args.reports ?? path.join('test-results', 'corpus-reports.jsonl'));
const min = args.min === undefined ? null : Number(args.min);
if (min !== null && !(min >= 0 && min <= 1)) fail(`--min needs a score between 0 and 1, got "${args.min}"`);

if (!fs.existsSync(path.join(corpus, 'cases.jsonl'))) {
  console.log(`corpus: no corpus at ${path.relative(root, corpus) || '.'} (cases.jsonl missing); nothing to score.`);
  process.exit(0);
}
const started = performance.now();
const casesFile = path.join(corpus, 'cases.jsonl');
const took = checkCases({
  prefix: 'corpus',
  cases: casesFile,
  web: path.join(corpus, 'web.json'),
  reports,
  concurrency: args.concurrency,
});
const checked = started + took;
const { text, metrics } = scoreReports({
  prefix: 'corpus',
  scorer: path.join(corpus, 'score.mjs'),
  cases: casesFile,
  reports,
});
process.stdout.write(text);
const finished = performance.now();

const cases = metrics.cases;
console.log(
  `\ncorpus: ${cases} cases checked in ${((checked - started) / 1000).toFixed(1)} s (${((checked - started) / cases).toFixed(0)} ms per case), scored in ${((finished - checked) / 1000).toFixed(1)} s; total ${((finished - started) / 1000).toFixed(1)} s`,
);
console.log(`corpus: score ${metrics.score.toFixed(4)}`);

if (!args.check && min === null && args.floors === undefined) process.exit(0);

const floorFile = path.resolve(root, args.floors ?? path.join('test', 'corpus-floor.json'));
const floors = readFloors({ prefix: 'corpus', file: floorFile, named: args.floors !== undefined });
if (min !== null) floors.score = min;

const below = belowFloors({
  prefix: 'corpus',
  checks: FLOORS.map(([name, read, way]) => [name, read(metrics), way]),
  floors,
});
if (below.length) fail(`under the floor: ${below.join(', ')}`, 1);
console.log('corpus: every floor met');
