/**
 * (c) End to end, as a reader sees it: from the seed copy having loaded in Chromium with the extension to the badge
 * showing the verified verdict. A fresh profile per run, so every run checks from scratch (no remembered result).
 *
 * The time is taken by the browser, not by this process's polling: from the page's load event (its
 * `performance.timeOrigin + loadEventEnd`) to the moment the background recorded the verified state (the tab state's
 * `updatedAt`, written just before the badge is set). The polling only waits for it; what it saw is kept as `polledMs`.
 *
 * Three ways a reader meets a copy, each in its own browser per run:
 * - `first page`: the copy is the first page the browser loads, right after the extension was installed (the
 *   engine still loading and its matchers compiling while the page loads);
 * - `browsing`: one article (a clean page) was read first, then the copy is opened in its tab;
 * - `after a pause`: one article read, then the service worker stopped (as Chromium stops it after ~30 s without
 *   events), then the copy opened in its tab.
 *
 * Where the time goes: the test build marks each stage of a check in its service worker (User Timing marks,
 * src/extension/background/markStage.ts: the page-seen message, the refetch and each request hop, the facts matched,
 * the hand-off to the check worker, its fetch of the original, the state and badge recorded). Each run reads them
 * back, as ms from the load event; `stages` gives their medians (a build without marks has none).
 */
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { badgeOf, CHROME_DIST, launch, tabIdOf, type Launched } from '../test/e2e/launch.ts';
import { FIXTURE_WEB, PAGES } from '../test/e2e/fixturePages.ts';
import { startTestWeb } from '../test/e2e/server.ts';
import { summarize, type Summary } from './stats.ts';

/** The badge text of a verified copy (src/extension/background/badge.ts). */
const VERIFIED_BADGE = 'COPY';
const POLL_MS = 50;
const TIMEOUT_MS = 60_000;

export const SCENARIOS = ['first page', 'browsing', 'after a pause'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface ScenarioResult {
  runs: number;
  failed: number;
  firstError: string | null;
  /** Load event → verified state recorded, by the browser's clocks. */
  ms: Summary;
  /** Load event seen here → badge seen here by polling (the earlier sessions' figure). */
  polledMs: Summary;
  /** Stage mark → median ms from the load event over the runs that had it, in order (test build marks only). */
  stages: Record<string, number>;
}

/** The prefix of the background's stage marks (markStage.ts). */
const STAGE_PREFIX = 'provenance:';

export type EndToEndResult = Record<Scenario, ScenarioResult>;

/**
 * `builds`: unpacked extensions to compare (the test build by default), their runs interleaved so that a change in
 * the machine's load falls on each alike; results by build, then scenario.
 */
export async function endToEnd(
  runs: number,
  log: (s: string) => void,
  scenarios: readonly Scenario[] = SCENARIOS,
  builds: readonly string[] = [CHROME_DIST],
  /** The browser's UI language ("vi": a Vietnamese reader, whose packs the check worker warms); the default English. */
  lang?: string,
): Promise<Record<string, Partial<EndToEndResult>>> {
  const server = await startTestWeb({ webJson: FIXTURE_WEB });
  const out: Record<string, Partial<EndToEndResult>> = {};
  try {
    for (const scenario of scenarios) {
      const acc = builds.map(() => ({
        times: [] as number[],
        polled: [] as number[],
        stages: [] as Array<Record<string, number>>,
        failed: 0,
        firstError: '',
      }));
      for (let r = 0; r < runs; r++) {
        for (const [i, extension] of builds.entries()) {
          const a = acc[i]!;
          const browser = await launch({ web: server, extension, ...(lang ? { lang } : {}) });
          try {
            const tab = scenario === 'first page' ? undefined : await readFirst(browser, PAGES.clean);
            const reader = scenario === 'after a pause' ? await stopServiceWorker(browser) : browser;
            const { ms, polledMs, stages } = await timeCopy(reader, tab);
            a.times.push(ms);
            a.polled.push(polledMs);
            a.stages.push(stages);
            const which = builds.length > 1 ? ` ${extension}` : '';
            log(`  ${scenario}, run ${r + 1}${which}: ${Math.round(ms)} ms (polled ${Math.round(polledMs)} ms)`);
            if (process.env.BENCH_E2E_STAGES) log(`    ${describeStages(stages)}`);
          } catch (e) {
            a.failed++;
            a.firstError ||= (e as Error).message.split('\n')[0] ?? String(e);
          } finally {
            await browser.close();
          }
        }
      }
      for (const [i, extension] of builds.entries()) {
        const a = acc[i]!;
        out[extension] ??= {};
        out[extension][scenario] = {
          runs: a.times.length,
          failed: a.failed,
          firstError: a.firstError || null,
          ms: summarize(a.times),
          polledMs: summarize(a.polled),
          stages: medianStages(a.stages),
        };
      }
    }
  } finally {
    await server.close();
  }
  return out;
}

/**
 * Loads the seed copy (in `tab`, as a reader follows a link from the article read first; else in a new tab) and waits
 * for its verified badge; both times from its load event.
 */
async function timeCopy(
  b: Launched,
  tab?: Page,
): Promise<{ ms: number; polledMs: number; stages: Record<string, number> }> {
  const page = tab ?? (await b.context.newPage());
  await page.goto(PAGES.seedCopy, { waitUntil: 'load' });
  const loaded = performance.now();
  const loadedAt = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return performance.timeOrigin + nav.loadEventEnd;
  });
  const tabId = await tabIdOf(b, PAGES.seedCopy);
  while ((await badgeOf(b, tabId)).text !== VERIFIED_BADGE) {
    if (performance.now() - loaded > TIMEOUT_MS) throw new Error(`no ${VERIFIED_BADGE} badge after 60 s`);
    await new Promise((res) => setTimeout(res, POLL_MS));
  }
  const polledMs = performance.now() - loaded;
  const recordedAt = await stateRecordedAt(b, tabId);
  return { ms: recordedAt - loadedAt, polledMs, stages: await stagesSince(b, loadedAt) };
}

/**
 * The background's stage marks since the load event (ms from it), a repeated mark numbered (`hop-start#2`). Marks a
 * little before the load event count too (the background started with the navigation).
 */
async function stagesSince(b: Launched, loadedAt: number): Promise<Record<string, number>> {
  const w = await b.worker();
  const marks = await w.evaluate(
    (prefix: string) =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith(prefix))
        .map((m) => ({ name: m.name.slice(prefix.length), at: performance.timeOrigin + m.startTime })),
    STAGE_PREFIX,
  );
  const out: Record<string, number> = {};
  for (const { name, at } of marks) {
    if (at < loadedAt - 2_000) continue;
    let key = name;
    for (let n = 2; key in out; n++) key = `${name}#${n}`;
    out[key] = Math.round((at - loadedAt) * 10) / 10;
  }
  return out;
}

/** Each stage's median over the runs that marked it, ordered by that median. */
function medianStages(runs: ReadonlyArray<Record<string, number>>): Record<string, number> {
  const names = new Set(runs.flatMap((r) => Object.keys(r)));
  const medians = [...names].map((name): [string, number] => {
    const values = runs.map((r) => r[name]).filter((v): v is number => v !== undefined);
    return [name, summarize(values).median];
  });
  return Object.fromEntries(medians.sort((x, y) => x[1] - y[1]));
}

const describeStages = (stages: Record<string, number>): string =>
  Object.entries(stages)
    .map(([name, ms]) => `${name} ${Math.round(ms)}`)
    .join(' · ');

/** The tab's state as the background recorded it (TabState in storage.session, `tab:<id>`). */
async function tabState(b: Launched, tabId: number): Promise<{ status?: string; updatedAt?: number } | undefined> {
  const w = await b.worker();
  return w.evaluate(async (id: number) => {
    const c = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<object> } } } })
      .chrome;
    const key = `tab:${id}`;
    return ((await c.storage.session.get(key)) as Record<string, { status?: string; updatedAt?: number }>)[key];
  }, tabId);
}

/** When the background recorded the tab's final state (TabState.updatedAt). */
async function stateRecordedAt(b: Launched, tabId: number): Promise<number> {
  const state = await tabState(b, tabId);
  if (state?.status !== 'done' || typeof state.updatedAt !== 'number') throw new Error('no final tab state');
  return state.updatedAt;
}

/** A clean article read until its check is over, as a reader would have before meeting the copy; its tab. */
async function readFirst(b: Launched, url: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(b, url);
  const started = performance.now();
  for (;;) {
    const status = (await tabState(b, tabId))?.status;
    if (status === 'done') break;
    if (status === 'error' || performance.now() - started > TIMEOUT_MS)
      throw new Error(`the first article's check ended ${status ?? 'nowhere'}`);
    await new Promise((res) => setTimeout(res, POLL_MS));
  }
  return page;
}

/**
 * Stops the extension's service worker as Chromium does after ~30 s without events (DevTools protocol,
 * `ServiceWorker.stopAllWorkers` from a page of the extension) and waits until it has stopped. The offscreen document
 * and whatever it holds stay, as they do when the browser stops the worker. Returns the browser with a `worker()`
 * that finds the restarted service worker (Playwright keeps listing the stopped one).
 */
async function stopServiceWorker(b: Launched): Promise<Launched> {
  const context: BrowserContext = b.context;
  const ours = (w: Worker): boolean => w.url().startsWith(`chrome-extension://${b.extensionId}/`);
  const stopped = new Set(context.serviceWorkers().filter(ours));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/manifest.json`);
  const cdp = await context.newCDPSession(page);
  let status = '';
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions)
      if (v.scriptURL.startsWith(`chrome-extension://${b.extensionId}/`)) status = v.runningStatus;
  });
  await cdp.send('ServiceWorker.enable');
  // An event still on its way (a tab's update) may start it again at once: then it is stopped again.
  for (let attempt = 0; attempt < 3 && status !== 'stopped'; attempt++) {
    await cdp.send('ServiceWorker.stopAllWorkers');
    const until = performance.now() + 5_000;
    while (status !== 'stopped' && performance.now() < until) await new Promise((res) => setTimeout(res, 50));
    // Stopped for good only if it stays stopped a moment.
    await new Promise((res) => setTimeout(res, 200));
  }
  await cdp.send('ServiceWorker.disable').catch(() => undefined);
  // The page stays open: closing a tab is an event that would start the service worker again.
  if (status !== 'stopped') throw new Error(`the service worker did not stop (${status || 'no status'})`);
  // Whichever Worker object Playwright gives the restarted worker: the old one answers again once it runs.
  const fresh = async (): Promise<Worker> => {
    const all = context.serviceWorkers().filter(ours);
    return all.find((w) => !stopped.has(w)) ?? all[0] ?? b.worker();
  };
  return { ...b, worker: fresh };
}
