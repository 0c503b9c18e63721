/**
 * Does checking the digest first change a verdict? Writes a copy of the corpus web in which every case's page is
 * replaced by the digest the content script would send (parsed with linkedom, src/extension/content/digestPage.ts;
 * a small page is sent whole, wholeSmallPage.ts, and keeps its own report),
 * checks it with the CLI, and takes for each case the report the extension would end with: the digest's when it is
 * final (background/needsFullPage.ts), else the full page's (`npm run corpus`'s reports, made first). Scored with
 * the corpus's own scorer: the same score as `npm run corpus` = no verdict changed.   npx tsx bench/digestCorpus.ts
 * (DIGEST_FRESH=1 recomputes the full pages' reports; DIGEST_TIMEOUT_S, 60 by default, is the CLI's budget per page.)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import type { Report } from '../src/core/report.ts';
import { needsFullPage } from '../src/extension/background/needsFullPage.ts';
import { digestPage } from '../src/extension/content/digestPage.ts';
import { wholeSmallPage } from '../src/extension/content/wholeSmallPage.ts';
import { REPO_ROOT } from './benchPages.ts';

const corpus = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');
const out = path.join(REPO_ROOT, 'test-results', 'digest-corpus');
const web = JSON.parse(fs.readFileSync(path.join(corpus, 'web.json'), 'utf8')) as {
  pages: { url: string; file: string; type: string }[];
};
const casesFile = path.join(corpus, 'cases.jsonl');
const caseUrls = new Set(
  fs
    .readFileSync(casesFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { url: string }).url),
);
fs.mkdirSync(path.join(out, 'digest'), { recursive: true });
fs.mkdirSync(path.join(out, 'web'), { recursive: true });
let before = 0;
let after = 0;
const sentWhole = new Set<string>();
const pages = web.pages.map((p, i) => {
  const abs = path.resolve(corpus, p.file);
  if (!caseUrls.has(p.url) || p.type !== 'text/html') {
    const file = path.join('web', `${i}${path.extname(p.file)}`);
    fs.copyFileSync(abs, path.join(out, file));
    return { ...p, file };
  }
  const html = fs.readFileSync(abs, 'utf8');
  const { document } = parseHTML(html);
  // A small page goes whole (wholeSmallPage.ts): the CLI's report on the page itself is the extension's.
  if (wholeSmallPage(document as unknown as Document) !== null) {
    sentWhole.add(p.url);
    const file = path.join('web', `${i}${path.extname(p.file)}`);
    fs.copyFileSync(abs, path.join(out, file));
    return { ...p, file };
  }
  const digest = digestPage(document as unknown as Document);
  before += html.length;
  after += digest.length;
  const file = path.join('digest', `${i}.html`);
  fs.writeFileSync(path.join(out, file), digest);
  return { ...p, file };
});
fs.writeFileSync(path.join(out, 'web.json'), JSON.stringify({ pages }));
console.log(
  `case pages sent as digests: ${(before / 1e6).toFixed(2)} M characters as served, ${(after / 1e6).toFixed(2)} M as digests`,
);

const cli = (webJson: string, reports: string): void => {
  spawnSync(
    process.execPath,
    [
      path.join(REPO_ROOT, 'bin', 'provenance.mjs'),
      'check',
      '--cases',
      casesFile,
      '--offline',
      webJson,
      '--json',
      '--out',
      reports,
      '--concurrency',
      '2',
      // A loaded machine makes pages miss the default 5 s budget (unchecked): the verdicts, not the times, matter here.
      '--timeout',
      process.env.DIGEST_TIMEOUT_S ?? '60',
    ],
    { stdio: 'inherit' },
  );
};
const read = (file: string): Report[] =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Report);
const fullReports = path.join(out, 'full-reports.jsonl');
if (!fs.existsSync(fullReports) || process.env.DIGEST_FRESH) cli(path.join(corpus, 'web.json'), fullReports);
const digestReports = path.join(out, 'digest-reports.jsonl');
cli(path.join(out, 'web.json'), digestReports);
const full = new Map(read(fullReports).map((r) => [r.url, r]));
let final = 0;
let missed = 0;
let finalCopies = 0;
const combined = read(digestReports).map((d) => {
  const f = full.get(d.url);
  if (sentWhole.has(d.url) || needsFullPage(d) || !f) return f ?? d;
  final++;
  if (d.verdict === 'copy') finalCopies++;
  const shown = (r: Report): string => `${r.verdict}${r.syndicated ? ' (syndicated)' : ''} ${r.original?.url ?? ''}`;
  if (shown(f) !== shown(d)) {
    missed++;
    console.log(`digest final but differs: ${d.url} digest ${shown(d)} full ${shown(f)}`);
  }
  return d;
});
console.log(`${sentWhole.size} small case pages sent whole (no digest)`);
console.log(
  `digest final on ${final} of ${combined.length} cases (${finalCopies} verified copies); of those, ${missed} differ from the full page (verdict, syndication or original)`,
);
const combinedFile = path.join(out, 'combined-reports.jsonl');
fs.writeFileSync(combinedFile, `${combined.map((r) => JSON.stringify(r)).join('\n')}\n`);
const score = spawnSync(process.execPath, [path.join(corpus, 'score.mjs'), casesFile, combinedFile], {
  encoding: 'utf8',
});
console.log(score.stdout || score.stderr);
