/**
 * `provenance check …`: checks pages with core's checkUrl over Node ports and prints a summary or JSON lines.
 * Exit status: 0 all checked, 1 some pages failed (their reports carry the error), 2 bad arguments or input.
 */
import { open } from 'node:fs/promises';
import { FetchError, type Fetcher } from '../core/ports.ts';
import type { Report } from '../core/report.ts';
import { TooSlowError } from '../core/tooSlowError.ts';
import { parseCliArgs, USAGE, type CliOptions } from './args.ts';
import { collectJobs, type Job } from './collectJobs.ts';
import { errorReport } from './errorReport.ts';
import { formatReport } from './formatReport.ts';
import { loadOfflineWeb, type OfflineWeb } from './offlineWeb.ts';
import {
  makePageChecker,
  type CheckAnswer,
  type CheckerInit,
  type CheckFn,
  type CheckTask,
  type DirectoryBuilder,
} from './pageChecker.ts';
import { runOrdered } from './runOrdered.ts';
import { UsageError } from './usageError.ts';
import { makeWorkerPool } from './workerPool.ts';
import { openFileMemory } from './fileMemory.ts';

export type { CheckFn } from './pageChecker.ts';

/** Heap cap of the thread that checks one page: past it the page gets a `too-large` error, not the whole run. */
const MAX_HEAP_MB = 512;

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
    const init: CheckerInit = { offline: options.offline, allowPrivate: options.allowPrivate, memory: options.memory };
    const memory = options.memory ? await openFileMemory(options.memory) : null;
    if (memory?.skipped)
      stderr.write(`provenance: ${memory.skipped} unreadable line(s) of ${options.memory} skipped\n`);
    const runPage = await pageRunner(init, web, deps, now, options.concurrency);
    const out = options.out ? await openOut(options.out) : null;
    const write = (text: string): unknown => (out ? out.write(text) : stdout.write(text));
    let failed = 0;
    const progress = stderr.isTTY === true && jobs.length > 1;
    try {
      await runOrdered(
        jobs,
        options.concurrency,
        (job) =>
          runPage.run({
            url: job.url,
            history: job.history,
            ...(job.local ? { local: job.local } : {}),
            timeoutMs: options.timeoutMs,
          }),
        async ({ report, ok, remembered }, i) => {
          if (!ok) failed++;
          for (const entry of remembered ?? []) await memory?.remember(entry);
          await write(render(report, options));
          if (progress)
            stderr.write(
              `\r\u001b[K[${i + 1}/${jobs.length}] ${report.verdict.padEnd(9)} ${report.url.slice(0, 100)}${i + 1 === jobs.length ? '\n' : ''}`,
            );
        },
      );
    } finally {
      await out?.close();
      await runPage.close();
      await memory?.save();
    }
    if (failed)
      stderr.write(
        `provenance: ${failed} of ${jobs.length} page(s) could not be checked; their reports carry the error\n`,
      );
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
    if (!job.local && !web.find(job.url))
      throw new UsageError(`${job.origin}: ${job.url} is not in the offline web ${name}`);
    for (const h of job.history)
      if (!web.find(h)) throw new UsageError(`${job.origin}: history URL ${h} is not in the offline web ${name}`);
  }
}

/**
 * Where each page is checked: in worker threads that are terminated at the page's deadline (the real CLI), or on
 * this thread when a test hands in a stub check, fetcher or directory builder.
 */
async function pageRunner(
  init: CheckerInit,
  web: OfflineWeb | null,
  deps: Partial<MainDeps>,
  now: () => number,
  size: number,
): Promise<{ run(task: CheckTask): Promise<CheckAnswer>; close(): Promise<void> }> {
  if (deps.check || deps.fetch || deps.directoryFromSites) {
    const check = await makePageChecker(init, { ...deps, now, web });
    return { run: check, close: async () => undefined };
  }
  const pool = makeWorkerPool<CheckTask, CheckAnswer>({
    size,
    entry: new URL('./checkWorker.ts', import.meta.url),
    init,
    maxHeapMb: MAX_HEAP_MB,
    onFail: (task, why, detail) => ({ report: errorReport(task.url, failure(task, why, detail), now()), ok: false }),
  });
  return { run: (task) => pool.run(task, task.timeoutMs), close: () => pool.close() };
}

function failure(task: CheckTask, why: 'timeout' | 'out-of-memory' | 'crashed', detail: string): Error {
  if (why === 'timeout') return new TooSlowError(task.timeoutMs, task.url);
  if (why === 'out-of-memory')
    return new FetchError('too-large', `the check needed more than ${MAX_HEAP_MB} MB and was stopped`, task.url);
  return new Error(`the check crashed: ${detail}`);
}

async function openOut(file: string): Promise<{ write(text: string): Promise<unknown>; close(): Promise<void> }> {
  try {
    const handle = await open(file, 'w');
    return { write: (text) => handle.write(text), close: () => handle.close() };
  } catch (e) {
    throw new UsageError(`cannot write ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}
