/**
 * The background's code path in a worker: the content script's snapshot (the page's text, capped as it caps it),
 * checked by core's checkHtml over the background's own ports (backgroundPorts: the safe fetcher with
 * redirect: 'manual', hops followed and policed by core as in the extension, linkedom, the publisher directory). The
 * worker's global fetch is the hostile web's.
 *
 * An event-loop probe counts how often the check held the thread for more than 50 ms: what, in a service worker,
 * would hold up every other tab and the popup.
 */
import { backgroundPorts } from '../../src/extension/background/backgroundPorts.ts';
import { MAX_SNAPSHOT_CHARS } from '../../src/extension/limits.ts';
import { serveTasks } from '../../src/cli/workerTasks.ts';
import { checkHtml } from '../../src/core/check.ts';
import { toReportError } from '../../src/core/toReportError.ts';
import type { Settings } from '../../src/extension/storage/settings.ts';
import { hostileFetch } from './hostileWeb.ts';

export interface BackgroundTask {
  url: string;
}
export interface BackgroundAnswer {
  ok: boolean;
  verdict: string | null;
  error: string | null;
  /** Event-loop stalls over 50 ms during the check, and the longest. */
  stalls: number;
  longestStallMs: number;
}

serveTasks<{ port: number; settings: Settings }, BackgroundTask, BackgroundAnswer>(async ({ port, settings }) => {
  globalThis.fetch = hostileFetch(port);
  return async ({ url }) => {
    let snapshot: { html: string; contentType: string };
    try {
      // What the content script would have sent: the page as the browser decoded it, capped.
      const res = await fetch(url);
      snapshot = { html: (await res.text()).slice(0, MAX_SNAPSHOT_CHARS), contentType: 'text/html' };
    } catch (e) {
      return { ok: false, verdict: null, error: `snapshot: ${String(e)}`, stalls: 0, longestStallMs: 0 };
    }
    const probe = lagProbe();
    try {
      const { report } = await checkHtml(snapshot.html, url, backgroundPorts(settings, undefined), {
        contentType: snapshot.contentType,
      });
      return { ok: true, verdict: report.verdict, error: null, ...probe.stop() };
    } catch (e) {
      return { ok: false, verdict: null, error: toReportError(e, url).code, ...probe.stop() };
    }
  };
});

function lagProbe(): { stop(): { stalls: number; longestStallMs: number } } {
  let last = performance.now();
  let stalls = 0;
  let longest = 0;
  const tick = (): void => {
    const now = performance.now();
    const gap = now - last;
    if (gap > 50) stalls++;
    if (gap > longest) longest = gap;
    last = now;
  };
  const timer = setInterval(tick, 5);
  return {
    stop: () => {
      tick();
      clearInterval(timer);
      return { stalls, longestStallMs: Math.round(longest) };
    },
  };
}
