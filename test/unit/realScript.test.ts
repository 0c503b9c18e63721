import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIX = path.join(ROOT, 'test/fixtures/cli');

/** A scorer stand-in with a fixed score, so the runner can be tested without the shared corpus. */
const FAKE_SCORER = `const m = { cases: 1, score: 0.8, detection: { f1: 0.9 }, falsePositiveRate: 0, verdictAccuracy: 1, claimedSourceAccuracy: 1 };
console.log(process.argv.includes('--json') ? JSON.stringify(m) : 'score: 0.8000 (fake)');
`;

// dev: the fixture's copy page (it names its source by URL) and its original (a non-copy); heldout: the original only.
const COPY = {
  id: 'r-1',
  url: 'https://copy-site.example.net/ban-tin-mua-lua/',
  kind: 'source-label',
  lang: 'vi',
  history: [],
  expect: {
    verdict: 'suspected',
    originalUrl: null,
    claimedSource: 'https://news.example.org/ban-tin-mua-lua-a1234.html',
    authors: [],
    signals: ['source-line'],
  },
  // real-add.mjs stamps the minute; older cases carry a day, which sorts before every minute of that day.
  added: '2026-12-06T23:40',
};
const ORIGINAL = {
  id: 'r-2',
  url: 'https://news.example.org/ban-tin-mua-lua-a1234.html',
  kind: 'original',
  lang: 'vi',
  history: [],
  expect: { verdict: 'clean', originalUrl: null, claimedSource: null, authors: [], signals: [] },
};

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'provenance-real-'));
  for (const [set, cases] of [
    ['dev', [COPY, ORIGINAL]],
    ['heldout', [ORIGINAL]],
  ] as const) {
    await mkdir(path.join(dir, 'real', set), { recursive: true });
    await cp(path.join(FIX, 'web'), path.join(dir, 'real', set, 'web'), { recursive: true });
    await cp(path.join(FIX, 'web.json'), path.join(dir, 'real', set, 'web.json'));
    await writeFile(path.join(dir, 'real', set, 'cases.jsonl'), cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
  }
  await writeFile(path.join(dir, 'score.mjs'), FAKE_SCORER);
  await writeFile(
    path.join(dir, 'floors-ok.json'),
    JSON.stringify({ dev: { detected: 1, nonCopiesFlagged: 0 }, heldout: { nonCopiesFlagged: 0 } }),
  );
  await writeFile(
    path.join(dir, 'floors-high.json'),
    JSON.stringify({ dev: { score: 0.9 }, heldout: { detected: 0.5 } }),
  );
});

function run(...args: string[]) {
  return spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'scripts/real.mjs'),
      '--real',
      path.join(dir, 'real'),
      '--scorer',
      path.join(dir, 'score.mjs'),
      '--out',
      path.join(dir, 'out', 'real-scores.json'),
      ...args,
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: 170_000 },
  );
}

// Each run checks two sets with the CLI; on a loaded machine that takes longer than the default 20 s.
describe('scripts/real.mjs', { timeout: 180_000 }, () => {
  test('without the scorer it says so and exits 0', () => {
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, 'scripts/real.mjs'), '--scorer', path.join(os.tmpdir(), 'no-such-scorer.mjs')],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/no scorer at .*nothing to score/);
  });

  test.each([
    ['--set', 'test'],
    ['--bogus'],
    ['--since', '6.12.2026'],
    ['--since', '2026-12-06 23:40'],
    ['--since', '2026-12-06', '--check'],
  ])('%s is a usage error', (...args) => {
    expect(run(...args).status).toBe(2);
  });

  test('--since scores only the pages stamped on or after that day, --before only the others', async () => {
    const since = run('--since', '2026-12-06');
    expect(since.status, since.stderr).toBe(0);
    expect(since.stdout).toContain('pages added since 2026-12-06 only');
    expect(since.stdout).toContain('no heldout page in the window');
    const fresh = JSON.parse(await readFile(path.join(dir, 'out', 'real-scores.json'), 'utf8'));
    expect(fresh.dev).toMatchObject({ pages: 1, named: 1, nonCopies: 0 });
    expect(fresh.heldout).toBeUndefined();
    const before = run('--before', '2026-12-06');
    expect(before.status, before.stderr).toBe(0);
    const old = JSON.parse(await readFile(path.join(dir, 'out', 'real-scores.json'), 'utf8'));
    expect(old.dev).toMatchObject({ pages: 1, named: 0, nonCopies: 1 });
    expect(old.heldout).toMatchObject({ pages: 1, nonCopies: 1 });
  });

  test('--since and --before also take a minute, so two batches of one day are told apart', async () => {
    const same = run('--since', '2026-12-06T23:40');
    expect(same.status, same.stderr).toBe(0);
    expect(JSON.parse(await readFile(path.join(dir, 'out', 'real-scores.json'), 'utf8')).dev).toMatchObject({
      pages: 1,
      named: 1,
    });
    const later = run('--since', '2026-12-06T23:41');
    expect(later.status, later.stderr).toBe(0);
    expect(later.stdout).toContain('no dev page in the window');
    const earlier = run('--before', '2026-12-06T23:41');
    expect(earlier.status, earlier.stderr).toBe(0);
    expect(JSON.parse(await readFile(path.join(dir, 'out', 'real-scores.json'), 'utf8')).dev).toMatchObject({
      pages: 2,
    });
  });

  test('checks both sets, prints a table per set, writes the scores and meets its floors', async () => {
    const r = run('--floors', path.join(dir, 'floors-ok.json'));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/pages \(languages\)\s+2 \(1\)\s+1 \(1\)/);
    expect(r.stdout).toContain('every floor met');
    const scores = JSON.parse(await readFile(path.join(dir, 'out', 'real-scores.json'), 'utf8'));
    expect(scores.dev).toMatchObject({
      pages: 2,
      named: 1,
      detected: 1,
      nonCopies: 1,
      nonCopiesFlagged: 0,
      score: 0.8,
    });
    expect(scores.heldout).toMatchObject({ pages: 1, named: 0, detected: null, nonCopiesFlagged: 0 });
  });

  test('exits 1 under a floor, naming the set and the metric; a metric with no pages counts as 0', () => {
    const r = run('--floors', path.join(dir, 'floors-high.json'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/under the floor: dev\.score, heldout\.detected/);
  });
});
