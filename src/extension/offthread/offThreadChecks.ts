/**
 * The background's side of off-thread checks. Each check gets a worker of its own (a warm one when one is idle): the
 * worker parses, scans, extracts and compares, and asks back for every fetch and memory look-up, which the
 * background serves with its own ports (URL policy, safe fetcher, storage). So the background's thread only ever
 * moves strings, and other tabs and the popup are answered at once however heavy the page.
 *
 * Stopping is for real: an abort (a newer snapshot, the tab closed) or the time budget terminates the worker, even in
 * the middle of a loop, and the check's promise settles at once. The budget counts the time the worker works, not
 * the time it waits for the background's fetches (those have their own timeouts).
 */
import type { Fetcher, Memory, MemoryEntry } from '../../core/ports.ts';
import type { CheckResult } from '../../core/report.ts';
import { TooSlowError } from '../../core/tooSlowError.ts';
import { fromWire, toWire, type CheckTask, type FromWorker, type ToWorker } from './checkMessages.ts';

/** One worker thread, however the host starts it (a Worker, a worker in the offscreen document, a Node thread). */
export interface WorkerLink {
  post(message: ToWorker): void;
  /** Replaces the link's message handler. */
  listen(handler: (message: FromWorker) => void): void;
  /** Stops the thread at once, even mid-computation. */
  terminate(): void;
}

export interface OffThreadDeps {
  spawn(): Promise<WorkerLink>;
  /** Time a check may work, not counting its waits for fetches (PAGE_BUDGET_MS in the extension). */
  budgetMs: number;
  /** Warm workers kept for the next check (the engine loaded). */
  keepIdle?: number;
  now?: () => number;
  /** The reader's languages (BCP 47 tags), whose language packs a warm-up compiles too (readerLanguages.ts). */
  languages?: () => readonly string[];
}

export interface HostPorts {
  fetch: Fetcher;
  memory?: Memory;
}

export interface OffThreadChecks {
  /** `fallback` runs the check here when no worker can be started at all (the API refused, the file is missing). */
  check(
    task: CheckTask,
    ports: HostPorts,
    signal?: AbortSignal,
    fallback?: () => Promise<CheckResult>,
  ): Promise<CheckResult>;
  /**
   * Starts a worker ahead of a check (a page of the tab is loading), so that the check finds it started and warm
   * (serveChecks' warm-up); nothing when one is idle or starting already.
   */
  warm(): void;
  /** Terminates the idle workers. */
  close(): void;
  /** Warm workers waiting for a check. */
  idle(): number;
}

const MAX_SKETCH = 1024;

export function offThreadChecks(deps: OffThreadDeps): OffThreadChecks {
  const idle: WorkerLink[] = [];
  const now = deps.now ?? (() => performance.now());

  /** A worker being started by warm(), taken by the next check. */
  let starting: Promise<WorkerLink> | null = null;

  const acquire = async (): Promise<WorkerLink> => {
    const ready = idle.pop();
    if (ready) return ready;
    const early = starting;
    starting = null;
    return early ?? deps.spawn();
  };
  const warm = (): void => {
    if (idle.length > 0 || starting) return;
    // The warm-up message goes first, so a check that takes this worker finds it warming or warm.
    const spawning = deps.spawn().then((link) => {
      link.post({ type: 'warm-up', languages: [...(deps.languages?.() ?? [])] });
      return link;
    });
    starting = spawning;
    spawning.then(
      (link) => {
        // Not taken by a check meanwhile: it waits with the idle ones.
        if (starting !== spawning) return;
        starting = null;
        release(link);
      },
      () => {
        if (starting === spawning) starting = null;
      },
    );
  };
  const release = (link: WorkerLink): void => {
    link.listen(() => undefined);
    if (idle.length < (deps.keepIdle ?? 1)) idle.push(link);
    else link.terminate();
  };

  async function check(
    task: CheckTask,
    ports: HostPorts,
    signal?: AbortSignal,
    fallback?: () => Promise<CheckResult>,
  ): Promise<CheckResult> {
    if (signal?.aborted) throw abortReason(signal);
    let link: WorkerLink;
    try {
      link = await acquire();
    } catch (e) {
      if (fallback) return fallback();
      throw e;
    }
    if (signal?.aborted) {
      release(link);
      throw abortReason(signal);
    }
    return new Promise<CheckResult>((resolve, reject) => {
      let settled = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let used = 0;
      let since = now();
      let waiting = 0;
      const url = task.input.url;

      const settle = (healthy: boolean, done: () => void): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        if (healthy) release(link);
        else link.terminate();
        done();
      };
      const onAbort = (): void => settle(false, () => reject(abortReason(signal)));
      const arm = (): void => {
        timer = setTimeout(
          () => settle(false, () => reject(new TooSlowError(deps.budgetMs, url))),
          Math.max(0, deps.budgetMs - used),
        );
      };
      // The worker waits for the background: its clock stops until the answer goes back.
      const pause = (): void => {
        if (waiting++ > 0) return;
        used += now() - since;
        clearTimeout(timer);
      };
      const resume = (): void => {
        if (--waiting > 0 || settled) return;
        since = now();
        arm();
      };
      const answer = (call: number, work: () => Promise<unknown>): void => {
        pause();
        work().then(
          (value) => {
            if (!settled) link.post({ type: 'reply', call, ok: true, value: value ?? null });
            resume();
          },
          (error: unknown) => {
            if (!settled) link.post({ type: 'reply', call, ok: false, error: toWire(error) });
            resume();
          },
        );
      };

      link.listen((m) => {
        if (settled) return;
        switch (m.type) {
          case 'done':
            return settle(true, () => resolve(m.result));
          case 'failed':
            return settle(true, () => reject(fromWire(m.error)));
          case 'fetch':
            return answer(m.call, async () => {
              if (typeof m.url !== 'string') throw new Error('bad fetch request');
              return ports.fetch(m.url, signal ? { signal } : {});
            });
          case 'recall':
            return answer(m.call, async () => {
              if (!ports.memory || !isSketch(m.sketch)) return [];
              return ports.memory.recall(m.sketch, Math.min(50, Math.max(0, Math.floor(Number(m.limit) || 0))));
            });
          case 'remember':
            return answer(m.call, async () => {
              if (ports.memory && isMemoryEntry(m.entry)) await ports.memory.remember(m.entry);
            });
        }
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      arm();
      link.post({ type: 'check', task });
    });
  }

  return {
    check,
    warm,
    idle: () => idle.length,
    close: () => {
      for (const link of idle.splice(0)) link.terminate();
      const early = starting;
      starting = null;
      void early?.then(
        (link) => link.terminate(),
        () => undefined,
      );
    },
  };
}

function abortReason(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error ? reason : new Error('the check was aborted');
}

function isSketch(x: unknown): x is number[] {
  return Array.isArray(x) && x.length <= MAX_SKETCH && x.every((n) => typeof n === 'number');
}

/** What the worker may ask the background to remember: a page's URL, title, time and fingerprint, nothing else. */
function isMemoryEntry(x: unknown): x is MemoryEntry {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  return (
    typeof e.url === 'string' &&
    e.url.length <= 4096 &&
    (e.title === null || typeof e.title === 'string') &&
    typeof e.visitedAt === 'number' &&
    isSketch(e.sketch)
  );
}
