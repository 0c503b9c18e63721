// The pieces shared by the corpus runners (`npm run corpus` on the shared corpus, `npm run real` on the real pages of
// test/real): run the CLI over a cases file in an offline web, score the reports with the corpus's scorer, and check
// floors. Each runner keeps its own arguments, output and floor names.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { reportsForScorer } from './for-scorer.mjs';

export const root = path.resolve(import.meta.dirname, '..');

/** Prints `<prefix>: message` and exits (2 = could not run, 1 = under a floor). */
export function failWith(prefix, message, code = 2) {
  console.error(`${prefix}: ${message}`);
  process.exit(code);
}

/** Runs the CLI over every case of `cases` with the pages of `web` as the only web; returns the time it took (ms). */
export function checkCases({ prefix, cases, web, reports, concurrency }) {
  fs.mkdirSync(path.dirname(reports), { recursive: true });
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      path.join(root, 'bin', 'provenance.mjs'),
      'check',
      '--cases',
      cases,
      '--offline',
      web,
      '--json',
      '--out',
      reports,
      '--concurrency',
      String(concurrency),
      // The corpus scores detection, not speed: a generous budget so that a loaded machine does not turn a slow
      // case into `unchecked` (the 5 s default is measured by npm run bench:hostile).
      '--timeout',
      '60',
    ],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  if (run.status === 2 || run.status === null)
    failWith(
      prefix,
      `the CLI could not run the cases of ${path.relative(root, cases)} (exit ${run.status ?? run.signal})`,
    );
  if (run.status === 1)
    console.error(
      `${prefix}: some cases could not be checked; their reports carry the error (counted as not detected)`,
    );
  return performance.now() - started;
}

/** The scorer's human-readable table and its machine-readable metrics for one cases/reports pair. */
export function scoreReports({ prefix, scorer, cases, reports: written }) {
  // The scorer knows three verdicts: it reads an `unchecked` report as `clean` (not detected), from a copy of the file.
  const scored = reportsForScorer(fs.readFileSync(written, 'utf8'));
  const reports = written.replace(/(\.jsonl)?$/, '.scorer.jsonl');
  fs.writeFileSync(reports, scored.text);
  if (scored.unchecked)
    console.error(`${prefix}: ${scored.unchecked} unchecked report(s) scored as clean (not detected)`);
  const human = spawnSync(process.execPath, [scorer, cases, reports], { encoding: 'utf8' });
  if (human.status !== 0) failWith(prefix, `the scorer failed:\n${human.stderr}`);
  const machine = spawnSync(process.execPath, [scorer, cases, reports, '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (machine.status !== 0) failWith(prefix, `the scorer failed:\n${machine.stderr}`);
  return { text: human.stdout, metrics: JSON.parse(machine.stdout) };
}

/** Reads a floor file; a missing default file is no floors, a missing named file is an error. */
export function readFloors({ prefix, file, named }) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    if (named || e.code !== 'ENOENT') failWith(prefix, `cannot read the floors ${file}: ${e.message}`);
    return {};
  }
}

/**
 * Compares each measured value with its floor (`way` 'min': the value must be at least the floor; 'max': at most),
 * prints one line per floor and returns the names under their floor. A value the run could not measure counts as the
 * worst one.
 */
export function belowFloors({ prefix, checks, floors }) {
  const below = [];
  for (const [name, value, way] of checks) {
    const limit = floors[name];
    if (typeof limit !== 'number') continue;
    const v = value ?? (way === 'min' ? 0 : 1);
    const ok = way === 'min' ? v >= limit : v <= limit;
    console.log(
      `${prefix}: ${ok ? 'ok   ' : 'BELOW'} ${name.padEnd(20)} ${v.toFixed(4)} ${way === 'min' ? '≥' : '≤'} ${limit}`,
    );
    if (!ok) below.push(name);
  }
  return below;
}
