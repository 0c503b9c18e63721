/**
 * The background's code path in a worker thread that stands for the service worker: the content script's snapshot
 * (the page's text, capped as it caps it) checked as the background checks it, through offThreadChecks: the CPU
 * stages in a check thread of their own (test/helpers/checkThread.ts, the same serveChecks as the extension's
 * Worker), the fetches served here by the background's own ports (backgroundPorts: the safe fetcher with
 * redirect: 'manual', hops followed and policed by core as
 * in the extension). This thread's global fetch is the hostile web's.
 *
 * Measured here, on the thread that stands for the service worker:
 * - an event-loop probe: how often, and for how long at most, the check held this thread (over 50 ms, every other
 *   tab and the popup would wait);
 * - with `abortAtMs`, the check is aborted at that time and the abort latency is the time from abort() until the
 *   check thread has really stopped.
 */
import { performance } from 'node:perf_hooks';
import { backgroundPorts } from '../../src/extension/background/backgroundPorts.ts';
import { MAX_SNAPSHOT_CHARS } from '../../src/extension/limits.ts';
import { serveTasks } from '../../src/cli/workerTasks.ts';
import { PAGE_BUDGET_MS } from '../../src/core/tooSlowError.ts';
import { toReportError } from '../../src/core/toReportError.ts';
import { checkOffThread } from '../../src/extension/offthread/checkOffThread.ts';
import { offThreadChecks } from '../../src/extension/offthread/offThreadChecks.ts';
import type { Settings } from '../../src/extension/storage/settings.ts';
import { nodeWorkerLink, type NodeLink } from '../../test/helpers/nodeWorkerLink.ts';
import { hostileFetch } from './hostileWeb.ts';

export interface BackgroundTask {
  url: string;
  /** Abort the check this long after it starts (the abort-latency pass). */
  abortAtMs?: number;
}
export interface BackgroundAnswer {
  ok: boolean;
  verdict: string | null;
  error: string | null;
  /** Holds of this thread over 50 ms during the check, the longest hold, and the longest wall-clock gap. */
  stalls: number;
  longestStallMs: number;
  longestGapMs: number;
  /** Wall time of the check itself (not the snapshot's fetch). */
  ms: number;
  /** With abortAtMs: whether the check was still running when aborted, and how long until its thread had stopped. */
  abortLatencyMs: number | null;
}

serveTasks<{ port: number; settings: Settings }, BackgroundTask, BackgroundAnswer>(async ({ port, settings }) => {
  globalThis.fetch = hostileFetch(port);
  // A spare check thread is started ahead, as a browser keeps its bundle warm: a tsx-transpiled thread takes
  // seconds to start here, which a page's time should not count.
  let spare: Promise<NodeLink> | null = nodeWorkerLink();
  /** When the last terminated check thread had really stopped. */
  let lastStop: Promise<number> | null = null;
  const workers = offThreadChecks({
    budgetMs: PAGE_BUDGET_MS,
    keepIdle: 1,
    spawn: async () => {
      const link = await (spare ?? nodeWorkerLink());
      spare = null; // The next one is started between pages (a Node thread's start holds its parent a while).
      return {
        ...link,
        terminate: () => {
          link.terminate();
          lastStop = link.stopped.then(() => performance.now());
        },
      };
    },
  });
  return async ({ url, abortAtMs }) => {
    let snapshot: { html: string; contentType: string };
    try {
      // What the content script would have sent: the page as the browser decoded it, capped.
      const res = await fetch(url);
      snapshot = { html: (await res.text()).slice(0, MAX_SNAPSHOT_CHARS), contentType: 'text/html' };
    } catch (e) {
      const error = `snapshot: ${String(e)}`;
      return {
        ok: false,
        verdict: null,
        error,
        stalls: 0,
        longestStallMs: 0,
        longestGapMs: 0,
        ms: 0,
        abortLatencyMs: null,
      };
    }
    // A thread is up before the clock starts (unless a warm one is idle from the page before).
    if (!workers.idle()) {
      spare ??= nodeWorkerLink();
      await spare;
    }
    lastStop = null;
    const probe = lagProbe();
    const controller = new AbortController();
    let abortedAt: number | null = null;
    const t0 = performance.now();
    const timer =
      abortAtMs === undefined
        ? undefined
        : setTimeout(() => {
            abortedAt = performance.now();
            controller.abort(new Error('aborted by the benchmark'));
          }, abortAtMs);
    const result = await checkOffThread(
      workers,
      { kind: 'html', html: snapshot.html, url, contentType: snapshot.contentType },
      backgroundPorts(settings, undefined),
      [],
      controller.signal,
    ).then(
      (r) => ({ ok: true, verdict: r.report.verdict as string | null, error: null as string | null }),
      (e: unknown) => ({ ok: false, verdict: null, error: toReportError(e, url).code as string | null }),
    );
    const ms = performance.now() - t0;
    clearTimeout(timer);
    const stats = probe.stop();
    let abortLatencyMs: number | null = null;
    if (abortedAt !== null && lastStop !== null) abortLatencyMs = Math.round((await lastStop) - abortedAt);
    return { ...result, ...stats, ms: Math.round(ms), abortLatencyMs };
  };
});

/**
 * The longest hold of this thread while the check ran: between two ticks of a 5 ms timer, the time the event loop
 * was busy (eventLoopUtilization's `active`). A late tick on a loaded machine whose thread was merely not scheduled
 * while idle is not a hold; the wall-clock gaps are kept too (`longestGapMs`).
 */
function lagProbe(): { stop(): { stalls: number; longestStallMs: number; longestGapMs: number } } {
  let last = performance.now();
  let elu = performance.eventLoopUtilization();
  let stalls = 0;
  let longest = 0;
  let longestGap = 0;
  const tick = (): void => {
    const now = performance.now();
    const busy = performance.eventLoopUtilization(elu).active;
    elu = performance.eventLoopUtilization();
    const gap = now - last;
    if (busy > 50) stalls++;
    longest = Math.max(longest, busy);
    longestGap = Math.max(longestGap, gap);
    last = now;
  };
  const timer = setInterval(tick, 5);
  return {
    stop: () => {
      tick();
      clearInterval(timer);
      return { stalls, longestStallMs: Math.round(longest), longestGapMs: Math.round(longestGap) };
    },
  };
}
