// The content script's cost in thread CPU, from the harness's kept traces (`--traces`): for each load with the
// extension, the thread CPU time (`tdur`) of every main-thread task the extension ran in (its trace events, or V8
// samples with one of its frames), in the share of the task's wall time the extension ran, summed. On a loaded machine a task's wall time is mostly the thread waiting for a
// core; its CPU time is what the page pays. The same attribution as bench/perf/attribute.mjs, reduced to one figure.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  extensionEventIntervals,
  findNavigation,
  isAnyExtensionUrl,
  mergeIntervals,
  overlap,
  threadProfile,
  topLevelTasks,
} from './perf/lib/trace.mjs';

/** A sample counts until the next one, at most this long (µs), as in the harness. */
const MAX_SAMPLE_GAP_US = 10_000;

/**
 * V8's garbage collections on the main thread (major: its atomic pause; incremental marking steps, which V8 does as
 * a script allocates; scavenges). The heap is the page's and the content script's together: a collection that
 * lands in the content script's task is mostly the page's own, which the loads without an extension also pay.
 */
const GC_EVENTS = new Set([
  'MajorGC',
  'MinorGC',
  'V8.GC_MC_INCREMENTAL',
  'V8.GCIncrementalMarkingStart',
  'V8.GC_SCAVENGER',
]);

/** Thread CPU (ms) of the extension's share of the tasks it ran in, in one load's trace; null without a navigation. */
export function loadCpuMs(events) {
  return loadCost(events)?.cpuMs ?? null;
}

/**
 * One load's content-script CPU (as loadCpuMs) and, of it, the CPU of garbage collections inside those tasks
 * (each in the same share as its task); null without a navigation.
 */
export function loadCost(events) {
  const nav = findNavigation(events, []);
  if (!nav) return null;
  const { pid, tid } = nav;
  const { main, intervals } = extensionEventIntervals(events, pid, tid);
  const { times, extUrl } = threadProfile(events, pid, tid, isAnyExtensionUrl);
  for (let i = 0; i < times.length; i++)
    if (extUrl[i]) intervals.push([times[i], Math.min(times[i + 1] ?? times[i] + 100, times[i] + MAX_SAMPLE_GAP_US)]);
  const union = mergeIntervals(intervals);
  const cpuOf = new Map(main.filter((e) => e.name === 'RunTask').map((e) => [e.ts, e.tdur]));
  // outermost collections only (a major GC's phases and an incremental step's parts are nested events)
  const gcs = main.filter((e) => GC_EVENTS.has(e.name)).sort((a, b) => a.ts - b.ts);
  const outer = gcs.filter(
    (g, i) => !gcs.slice(0, i).some((o) => o.ts <= g.ts && g.ts + g.dur <= o.ts + o.dur && o !== g),
  );
  let cpu = 0;
  let gc = 0;
  // Each task's CPU in the share of its wall time the extension ran: a page task that a sample or an event of the
  // extension only grazes (a listener's 0.05 ms in a 4 ms task of the page's) is not billed whole.
  for (const t of topLevelTasks(events, pid, tid)) {
    const ext = t.end > nav.ts ? overlap(union, t.ts, t.end) : 0;
    if (ext <= 0) continue;
    const share = Math.min(1, ext / t.dur);
    cpu += (cpuOf.get(t.ts) ?? t.dur) * share;
    for (const g of outer) if (g.ts >= t.ts && g.ts < t.end) gc += (g.tdur ?? g.dur) * share;
  }
  return { cpuMs: cpu / 1000, gcMs: gc / 1000 };
}

/**
 * Every trace of one browser of a harness run (`NNN-rR-<mode>.json`, NNN the page's index in the run; `with`, or an
 * `--also` build's name): per page, the median CPU over its loads, in page order, and each load's by run (1-based).
 */
export function contentCpu(dir, mode = 'with') {
  const byPage = new Map();
  const byRun = new Map();
  const gcByRun = new Map();
  for (const file of readdirSync(dir).sort()) {
    const m = /^(\d+)-r(\d+)-([a-z][a-z0-9-]*)\.json$/.exec(file);
    if (!m || m[3] !== mode) continue;
    const raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const cost = loadCost(raw.traceEvents ?? raw);
    if (cost === null) continue;
    const page = Number(m[1]);
    byPage.set(page, [...(byPage.get(page) ?? []), cost.cpuMs]);
    byRun.set(page, { ...byRun.get(page), [Number(m[2])]: cost.cpuMs });
    gcByRun.set(page, { ...gcByRun.get(page), [Number(m[2])]: cost.gcMs });
  }
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  return [...byPage.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([page, loads]) => {
      const gc = gcByRun.get(page) ?? {};
      const run = byRun.get(page) ?? {};
      return {
        page,
        loads,
        byRun: run,
        gcByRun: gc,
        cpuMs: median(loads),
        // the same without the collections that landed in its tasks (per load, then the median)
        cpuWithoutGcMs: median(Object.keys(run).map((r) => run[r] - (gc[r] ?? 0))),
        gcMs: median(Object.values(gc)),
      };
    });
}
