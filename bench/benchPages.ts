/**
 * The pages the benchmark measures: the shared corpus's offline web when it sits beside the repo, else the fixture
 * web. Both use the same web.json format.
 */
import fs from 'node:fs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const CORPUS = path.resolve(REPO_ROOT, '..', 'shared', 'corpus');
const FIXTURE_WEB = path.join(REPO_ROOT, 'test', 'web', 'web.json');

export interface BenchWeb {
  /** 'corpus' or 'fixtures', for the report. */
  name: string;
  webJson: string;
  /** HTML pages (URL + absolute file). */
  htmlPages: { url: string; file: string }[];
  /** The pages a person would check: the corpus cases' URLs (with their history), or every fixture HTML page. */
  checks: { url: string; history: string[] }[];
}

export function benchWeb(): BenchWeb {
  const corpusJson = path.join(CORPUS, 'web.json');
  const useCorpus = fs.existsSync(corpusJson) && process.env.BENCH_WEB !== 'fixtures';
  const webJson = useCorpus ? corpusJson : FIXTURE_WEB;
  const dir = path.dirname(webJson);
  const { pages } = JSON.parse(fs.readFileSync(webJson, 'utf8')) as {
    pages: { url: string; file: string; type: string; delayMs?: number }[];
  };
  const htmlPages = pages
    .filter((p) => p.type === 'text/html' && !p.delayMs)
    .map((p) => ({ url: p.url, file: path.join(dir, p.file) }));
  let checks = htmlPages.map((p) => ({ url: p.url, history: [] as string[] }));
  const casesFile = path.join(CORPUS, 'cases.jsonl');
  if (useCorpus && fs.existsSync(casesFile)) {
    checks = fs
      .readFileSync(casesFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { url: string; history?: string[] })
      .map((c) => ({ url: c.url, history: c.history ?? [] }));
  }
  return { name: useCorpus ? 'corpus' : 'fixtures', webJson, htmlPages, checks };
}
