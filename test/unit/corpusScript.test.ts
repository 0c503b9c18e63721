import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIX = path.join(ROOT, 'test/fixtures/cli');

/** A scorer stand-in with fixed numbers, so the floors can be tested without the shared corpus. */
const FAKE_SCORER = `import fs from 'node:fs';
const [, reports] = process.argv.slice(2);
const n = fs.readFileSync(reports, 'utf8').trim().split('\\n').length;
const m = { cases: n, score: 0.8, detection: { f1: 0.9 }, falsePositiveRate: 0.1, originalUrlAccuracy: 1, authorRecall: 0.5 };
console.log(process.argv.includes('--json') ? JSON.stringify(m) : 'score: 0.8000 (fake)');
`;

let corpus = '';
let reports = '';
beforeAll(async () => {
  corpus = await mkdtemp(path.join(os.tmpdir(), 'provenance-corpus-'));
  reports = path.join(corpus, 'reports.jsonl');
  await cp(FIX, corpus, { recursive: true });
  await writeFile(path.join(corpus, 'score.mjs'), FAKE_SCORER);
  await writeFile(
    path.join(corpus, 'floors.json'),
    JSON.stringify({ score: 0.5, detectionF1: 0.8, falsePositiveRate: 0.2, originalUrlAccuracy: 0.9 }),
  );
  await writeFile(path.join(corpus, 'floors-authors.json'), JSON.stringify({ authorRecall: 0.9 }));
});

function run(...args: string[]) {
  return spawnSync(process.execPath, [path.join(ROOT, 'scripts/corpus.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

// Each run checks the fixture cases with the CLI; on a loaded machine that takes longer than the default 20 s.
describe('scripts/corpus.mjs', { timeout: 180_000 }, () => {
  test('without a corpus it says so and exits 0', () => {
    const r = run('--corpus', path.join(os.tmpdir(), 'no-such-corpus'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/no corpus at .*nothing to score/);
  });

  test.each([['--min', 'high'], ['--min', '1.5'], ['--bogus']])('%s is a usage error', (...args) => {
    expect(run(...args).status).toBe(2);
  });

  test('runs the CLI over every case, prints the score and the time, and passes its floors', async () => {
    const r = run('--corpus', corpus, '--reports', reports, '--floors', path.join(corpus, 'floors.json'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/corpus: 3 cases checked in [\d.]+ s/);
    expect(r.stdout).toContain('corpus: score 0.8000');
    expect(r.stdout).toContain('every floor met');
    const lines = (await readFile(reports, 'utf8')).trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { url: string }).url)).toEqual([
      'https://copy-site.example.net/ban-tin-mua-lua/',
      'https://news.example.org/ban-tin-mua-lua-a1234.html',
      'http://capture.example.info/archive?id=7#top',
    ]);
  });

  test.each([
    [['--min', '0.9'], /under the floor: score/],
    [['--floors', 'floors-authors.json'], /under the floor: authorRecall/],
  ])('exits 1 under a floor: %j', (args, message) => {
    const fixed = args.map((a) => (a.endsWith('.json') ? path.join(corpus, a) : a));
    const r = run('--corpus', corpus, '--reports', reports, ...fixed);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(message);
  });
});
