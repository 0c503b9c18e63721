/**
 * Does trimming the snapshot (src/extension/content/serializePage.ts) change a verdict? Writes a copy of the corpus
 * web in which every case's page is replaced by what the content script would send (parsed with linkedom, serialised
 * by serializePage), then scores the CLI on it with the corpus's own scorer. Same score as `npm run corpus` = no
 * verdict changed by the trimming.   npx tsx bench/trimmedCorpus.ts
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { serializePage } from '../src/extension/content/serializePage.ts';
import { MAX_SNAPSHOT_CHARS } from '../src/extension/limits.ts';
import { REPO_ROOT } from './benchPages.ts';

const corpus = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');
const out = path.join(REPO_ROOT, 'test-results', 'trimmed-corpus');
const web = JSON.parse(fs.readFileSync(path.join(corpus, 'web.json'), 'utf8')) as {
  pages: { url: string; file: string; type: string }[];
};
const caseUrls = new Set(
  fs
    .readFileSync(path.join(corpus, 'cases.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { url: string }).url),
);
fs.mkdirSync(path.join(out, 'trimmed'), { recursive: true });
fs.mkdirSync(path.join(out, 'web'), { recursive: true });
let before = 0;
let after = 0;
const pages = web.pages.map((p, i) => {
  const abs = path.resolve(corpus, p.file);
  if (!caseUrls.has(p.url) || p.type !== 'text/html') {
    // the CLI reads no file outside the web.json's folder: the rest of the web is copied as it is
    const file = path.join('web', `${i}${path.extname(p.file)}`);
    fs.copyFileSync(abs, path.join(out, file));
    return { ...p, file };
  }
  const html = fs.readFileSync(abs, 'utf8');
  const { document } = parseHTML(html);
  const s = serializePage(document.documentElement as unknown as Element, { maxChars: MAX_SNAPSHOT_CHARS });
  s.step(Number.POSITIVE_INFINITY);
  const trimmed = `<!DOCTYPE html>${s.take()}`;
  before += html.length;
  after += trimmed.length;
  const file = path.join('trimmed', `${i}.html`);
  fs.writeFileSync(path.join(out, file), trimmed);
  return { ...p, file };
});
fs.writeFileSync(path.join(out, 'web.json'), JSON.stringify({ pages }));
fs.copyFileSync(path.join(corpus, 'cases.jsonl'), path.join(out, 'cases.jsonl'));
console.log(
  `case pages: ${(before / 1e6).toFixed(2)} M characters as served, ${(after / 1e6).toFixed(2)} M as the content script sends them`,
);
const reports = path.join(out, 'reports.jsonl');
spawnSync(
  process.execPath,
  [
    path.join(REPO_ROOT, 'bin', 'provenance.mjs'),
    'check',
    '--cases',
    path.join(out, 'cases.jsonl'),
    '--offline',
    path.join(out, 'web.json'),
    '--json',
    '--out',
    reports,
    '--concurrency',
    '2',
  ],
  { stdio: 'inherit' },
);
const score = spawnSync(process.execPath, [path.join(corpus, 'score.mjs'), path.join(corpus, 'cases.jsonl'), reports], {
  encoding: 'utf8',
});
console.log(score.stdout || score.stderr);
