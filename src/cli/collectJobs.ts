/** Turns the command line into the list of pages to check: URLs, local files, a URL list and a cases file. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CliOptions } from './args.ts';
import { isHttpUrl } from './args.ts';
import { readLines } from './readLines.ts';
import { UsageError } from './usageError.ts';

export interface LocalPage {
  text: string;
  contentType: string;
}

export interface Job {
  url: string;
  history: string[];
  /** Where the job came from, for error messages ("cases.jsonl:12", "argument 2"). */
  origin: string;
  /** A local file served at `url` instead of fetching it. */
  local?: LocalPage;
}

const FILE_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'application/xhtml+xml',
  '.txt': 'text/plain',
};

export async function collectJobs(options: CliOptions): Promise<Job[]> {
  const files = options.targets.filter((t) => !isHttpUrl(t));
  if (options.url && files.length !== 1)
    throw new UsageError('--url says where one local file came from: give exactly one file with it');
  const jobs: Job[] = [];
  for (const [i, target] of options.targets.entries()) {
    const origin = `argument ${i + 1}`;
    if (isHttpUrl(target)) jobs.push({ url: target, history: options.history, origin });
    else jobs.push(await localJob(target, options, origin));
  }
  if (options.urls) {
    for (const { text, line } of await readLines(options.urls, 'the URL list')) {
      if (text.startsWith('#')) continue;
      if (!isHttpUrl(text)) throw new UsageError(`${options.urls}:${line}: not an http(s) URL: ${text.slice(0, 200)}`);
      jobs.push({ url: text, history: options.history, origin: `${options.urls}:${line}` });
    }
  }
  if (options.cases) jobs.push(...(await readCases(options.cases)));
  return jobs;
}

async function localJob(target: string, options: CliOptions, origin: string): Promise<Job> {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target))
    throw new UsageError(`${target}: only http(s) URLs and local files can be checked`);
  const contentType = FILE_TYPES[path.extname(target).toLowerCase()];
  if (!contentType) throw new UsageError(`${target}: a local page must be .html, .htm, .xhtml or .txt`);
  let text: string;
  try {
    text = await readFile(target, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${target}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const url = options.url ?? pathToFileURL(path.resolve(target)).href;
  return { url, history: options.history, origin, local: { text, contentType } };
}

/** Cases of a cases.jsonl (`{"url", "history"?}` per line, other fields ignored), in file order. */
export async function readCases(file: string): Promise<Job[]> {
  const jobs: Job[] = [];
  for (const { text, line } of await readLines(file, 'the cases file')) {
    const where = `${file}:${line}`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new UsageError(`${where}: not valid JSON`);
    }
    const { url, history = [] } = (value ?? {}) as { url?: unknown; history?: unknown };
    if (typeof url !== 'string' || !isHttpUrl(url)) throw new UsageError(`${where}: a case needs an http(s) "url"`);
    if (!Array.isArray(history) || !history.every((h): h is string => typeof h === 'string' && isHttpUrl(h)))
      throw new UsageError(`${where}: "history" must be a list of http(s) URLs`);
    jobs.push({ url, history, origin: where });
  }
  if (!jobs.length) throw new UsageError(`${file}: no cases`);
  return jobs;
}
