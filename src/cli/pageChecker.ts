/**
 * Checks one page of a CLI run, with everything a run shares (the offline web and its publisher directory, or the
 * network fetcher) built once. The same code runs in a worker thread (checkWorker.ts) or, for tests that hand in a
 * stub, on the main thread.
 */
import type { CheckOptions } from '../core/check.ts';
import type { Fetcher, MemoryEntry, Ports, PublisherDirectory } from '../core/ports.ts';
import { openFileMemory, recording } from './fileMemory.ts';
import type { CheckResult, Report } from '../core/report.ts';
import { TooSlowError } from '../core/tooSlowError.ts';
import type { LocalPage } from './collectJobs.ts';
import { errorReport } from './errorReport.ts';
import { makeNodePorts, networkFetcher } from './nodePorts.ts';
import { loadOfflineWeb, type OfflineWeb } from './offlineWeb.ts';
import { withLocalPage } from './withLocalPage.ts';

export type CheckFn = (url: string, ports: Ports, options: CheckOptions) => Promise<CheckResult>;
export type DirectoryBuilder = (origins: string[], ports: Ports) => Promise<PublisherDirectory>;

/** What every page of a run shares: plain data, so that it can be handed to a worker thread. */
export interface CheckerInit {
  offline: string | null;
  allowPrivate: boolean;
  /** The run's memory file (--memory): each checker reads it once and recalls from it; null for none. */
  memory?: string | null;
}

export interface CheckTask {
  url: string;
  history: string[];
  local?: LocalPage;
  timeoutMs: number;
}

export interface CheckAnswer {
  report: Report;
  ok: boolean;
  /** Pages the check remembered, for the run's memory file (--memory). */
  remembered?: MemoryEntry[];
}

export interface CheckerDeps {
  check?: CheckFn;
  fetch?: Fetcher;
  directoryFromSites?: DirectoryBuilder;
  now: () => number;
  /** The offline web when the caller has already loaded it. */
  web?: OfflineWeb | null;
}

export async function makePageChecker(
  init: CheckerInit,
  deps: CheckerDeps,
): Promise<(task: CheckTask) => Promise<CheckAnswer>> {
  const web = deps.web !== undefined ? deps.web : init.offline ? await loadOfflineWeb(init.offline) : null;
  const check = deps.check ?? (await import('../core/check.ts')).checkUrl;
  const baseFetch = web?.fetch ?? deps.fetch ?? networkFetcher(init.allowPrivate);
  const directory = web ? await offlineDirectory(web, deps.directoryFromSites) : undefined;
  // One memory for every page this checker sees: the file's pages, then the pages checked here.
  const fileMemory = init.memory ? await openFileMemory(init.memory) : null;
  return async (task) => {
    const fetch = task.local ? withLocalPage(baseFetch, task.url, task.local) : baseFetch;
    const ports = makeNodePorts({ fetch, ...(directory ? { directory } : {}) });
    const rec = fileMemory ? recording(fileMemory) : null;
    if (rec) ports.memory = rec.memory;
    try {
      return {
        ...(rec ? { remembered: rec.remembered } : {}),
        report: (
          await withDeadline(
            (signal) => check(task.url, ports, { history: task.history, signal }),
            task.timeoutMs,
            task.url,
          )
        ).report,
        ok: true,
      };
    } catch (e) {
      return { report: errorReport(task.url, e, deps.now()), ok: false };
    }
  };
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

/**
 * Aborts the check's fetches at its deadline. This only stops waiting: synchronous work is stopped by the worker
 * pool terminating the thread (workerPool.ts).
 */
async function withDeadline<T>(run: (signal: AbortSignal) => Promise<T>, ms: number, url: string): Promise<T> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new TooSlowError(ms, url));
    }, ms);
  });
  try {
    return await Promise.race([run(controller.signal), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
