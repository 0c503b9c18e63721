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
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = path.resolve(import.meta.dirname, '..');

/** Floor names in the floor file → how to read them from the scorer's JSON, and which way is better. */
const FLOORS = [
  ['score', (m) => m.score, 'min'],
  ['detectionF1', (m) => m.detection.f1, 'min'],
  ['falsePositiveRate', (m) => m.falsePositiveRate, 'max'],
  ['originalUrlAccuracy', (m) => m.originalUrlAccuracy, 'min'],
  ['authorRecall', (m) => m.authorRecall, 'min'],
];

function fail(message, code = 2) {
  console.error(`corpus: ${message}`);
  process.exit(code);
}

let args;
try {
  args = parseArgs({ options: { corpus: { type: 'string' }, reports: { type: 'string' }, check: { type: 'boolean', default: false }, min: { type: 'string' }, floors: { type: 'string' }, concurrency: { type: 'string', default: '4' } }, strict: true }).values;
} catch (e) {
  fail(`${e.message}\nusage: node scripts/corpus.mjs [--check] [--min <score>] [--floors <file.json>] [--concurrency <n>]`);
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
fs.mkdirSync(path.dirname(reports), { recursive: true });

const started = performance.now();
const check = spawnSync(
  process.execPath,
  [path.join(root, 'bin', 'provenance.mjs'), 'check', '--cases', path.join(corpus, 'cases.jsonl'), '--offline', path.join(corpus, 'web.json'), '--json', '--out', reports, '--concurrency', args.concurrency],
  { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
);
const checked = performance.now();
if (check.status === 2 || check.status === null) fail(`the CLI could not run the corpus (exit ${check.status ?? check.signal})`);
if (check.status === 1) console.error('corpus: some cases could not be checked; their reports carry the error (counted as not detected)');

const scorer = path.join(corpus, 'score.mjs');
const human = spawnSync(process.execPath, [scorer, path.join(corpus, 'cases.jsonl'), reports], { encoding: 'utf8' });
if (human.status !== 0) fail(`the scorer failed:\n${human.stderr}`);
process.stdout.write(human.stdout);
const machine = spawnSync(process.execPath, [scorer, path.join(corpus, 'cases.jsonl'), reports, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (machine.status !== 0) fail(`the scorer failed:\n${machine.stderr}`);
const metrics = JSON.parse(machine.stdout);
const finished = performance.now();

const cases = metrics.cases;
console.log(`\ncorpus: ${cases} cases checked in ${((checked - started) / 1000).toFixed(1)} s (${((checked - started) / cases).toFixed(0)} ms per case), scored in ${((finished - checked) / 1000).toFixed(1)} s; total ${((finished - started) / 1000).toFixed(1)} s`);
console.log(`corpus: score ${metrics.score.toFixed(4)}`);

if (!args.check && min === null && args.floors === undefined) process.exit(0);

const floorFile = path.resolve(root, args.floors ?? path.join('test', 'corpus-floor.json'));
let floors = {};
try {
  floors = JSON.parse(fs.readFileSync(floorFile, 'utf8'));
} catch (e) {
  if (args.floors !== undefined || e.code !== 'ENOENT') fail(`cannot read the floors ${floorFile}: ${e.message}`);
}
if (min !== null) floors.score = min;

const below = [];
for (const [name, read, way] of FLOORS) {
  const limit = floors[name];
  if (typeof limit !== 'number') continue;
  const value = read(metrics) ?? (way === 'min' ? 0 : 1);
  const ok = way === 'min' ? value >= limit : value <= limit;
  console.log(`corpus: ${ok ? 'ok   ' : 'BELOW'} ${name.padEnd(20)} ${value.toFixed(4)} ${way === 'min' ? '≥' : '≤'} ${limit}`);
  if (!ok) below.push(name);
}
if (below.length) fail(`under the floor: ${below.join(', ')}`, 1);
console.log('corpus: every floor met');
