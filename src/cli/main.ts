/**
 * `provenance check …`: checks pages with core's checkUrl over Node ports and prints a summary or JSON lines.
 * Exit status: 0 all checked, 1 some pages failed (their reports carry the error), 2 bad arguments or input.
 */
import { open } from 'node:fs/promises';
import type { CheckOptions } from '../core/check.ts';
import { FetchError, type Fetcher, type Ports, type PublisherDirectory } from '../core/ports.ts';
import type { CheckResult, Report } from '../core/report.ts';
import { parseCliArgs, USAGE, type CliOptions } from './args.ts';
import { collectJobs, type Job } from './collectJobs.ts';
import { errorReport } from './errorReport.ts';
import { formatReport } from './formatReport.ts';
import { makeNodePorts, networkFetcher } from './nodePorts.ts';
import { loadOfflineWeb, type OfflineWeb } from './offlineWeb.ts';
import { runOrdered } from './runOrdered.ts';
import { UsageError } from './usageError.ts';
import { withLocalPage } from './withLocalPage.ts';

export type CheckFn = (url: string, ports: Ports, options: CheckOptions) => Promise<CheckResult>;

interface Writer {
  write(text: string): unknown;
}

export interface MainDeps {
  /** Core's checkUrl (loaded on first use so that tests can run the CLI with a stub). */
  check: CheckFn;
  stdout: Writer;
  stderr: Writer & { isTTY?: boolean };
  now: () => number;
  /** The fetcher for online checks (tests pass a fake). */
  fetch?: Fetcher;
  /** Builds the publisher directory from the offline web's homepages (core's directoryFromSites by default). */
  directoryFromSites?: DirectoryBuilder;
}

type DirectoryBuilder = (origins: string[], ports: Ports) => Promise<PublisherDirectory>;

export async function main(argv: string[], deps: Partial<MainDeps> = {}): Promise<number> {
  const stdout = deps.stdout ?? process.stdout;
  const stderr = deps.stderr ?? process.stderr;
  const now = deps.now ?? Date.now;
  try {
    const options = parseCliArgs(argv);
    if (options.command === 'help') {
      stdout.write(USAGE);
      return 0;
    }
    const web = options.offline ? await loadOfflineWeb(options.offline) : null;
    const jobs = await collectJobs(options);
    if (web) requireOffline(jobs, web, options.offline ?? '');
    const check = deps.check ?? (await import('../core/check.ts')).checkUrl;
    const baseFetch = web?.fetch ?? deps.fetch ?? networkFetcher(options.allowPrivate);
    const directory = web ? await offlineDirectory(web, deps.directoryFromSites) : undefined;
    const out = options.out ? await openOut(options.out) : null;
    const write = (text: string): unknown => (out ? out.write(text) : stdout.write(text));
    let failed = 0;
    const progress = stderr.isTTY === true && jobs.length > 1;
    try {
      await runOrdered(
        jobs,
        options.concurrency,
        async (job) => {
          const fetch = job.local ? withLocalPage(baseFetch, job.url, job.local) : baseFetch;
          const ports = makeNodePorts({ fetch, ...(directory ? { directory } : {}) });
          try {
            return { report: (await withDeadline((signal) => check(job.url, ports, { history: job.history, signal }), options.timeoutMs, job.url)).report, ok: true };
          } catch (e) {
            return { report: errorReport(job.url, e, now()), ok: false };
          }
        },
        async ({ report, ok }, i) => {
          if (!ok) failed++;
          await write(render(report, options));
          if (progress) stderr.write(`\r\u001b[K[${i + 1}/${jobs.length}] ${report.verdict.padEnd(9)} ${report.url.slice(0, 100)}${i + 1 === jobs.length ? '\n' : ''}`);
        },
      );
    } finally {
      await out?.close();
    }
    if (failed) stderr.write(`provenance: ${failed} of ${jobs.length} page(s) could not be checked; their reports carry the error\n`);
    return failed ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      stderr.write(`provenance: ${e.message}\nTry: provenance --help\n`);
      return 2;
    }
    throw e;
  }
}

function render(report: Report, options: CliOptions): string {
  return options.json ? `${JSON.stringify(report)}\n` : `${formatReport(report)}\n\n`;
}

/** In offline mode every page to check and every history page must be in the offline web: anything else is a typo. */
function requireOffline(jobs: Job[], web: OfflineWeb, name: string): void {
  for (const job of jobs) {
    if (!job.local && !web.find(job.url)) throw new UsageError(`${job.origin}: ${job.url} is not in the offline web ${name}`);
    for (const h of job.history) if (!web.find(h)) throw new UsageError(`${job.origin}: history URL ${h} is not in the offline web ${name}`);
  }
}

/**
 * The offline web's homepages are its publisher directory (the corpus README's rule), read once per run. Loaded
 * lazily, like checkUrl, so the CLI's own tests do not depend on the engine.
 */
async function offlineDirectory(web: OfflineWeb, build?: DirectoryBuilder): Promise<PublisherDirectory | undefined> {
  if (!web.homepages.length) return undefined;
  const ports = makeNodePorts({ fetch: web.fetch });
  if (build) return build(web.homepages, ports);
  const { directoryFromSites } = await import('../core/match/directoryFromSites.ts');
  return directoryFromSites(web.homepages, ports, { readFeeds: true });
}

async function openOut(file: string): Promise<{ write(text: string): Promise<unknown>; close(): Promise<void> }> {
  try {
    const handle = await open(file, 'w');
    return { write: (text) => handle.write(text), close: () => handle.close() };
  } catch (e) {
    throw new UsageError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}

/** One page never holds up the batch: its check is aborted and abandoned after `ms`. */
async function withDeadline<T>(run: (signal: AbortSignal) => Promise<T>, ms: number, url: string): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new FetchError('timeout', `the check took longer than ${ms / 1000} s`, url));
    }, ms);
  });
  try {
    return await Promise.race([run(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
