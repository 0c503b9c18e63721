import { afterEach, describe, expect, test } from 'vitest';
import { parseHtmlLinkedom } from '../../adapters/parseHtmlLinkedom.ts';
import { checkHtml } from '../../core/check.ts';
import { FetchError, type Fetcher } from '../../core/ports.ts';
import { loadOfflineWeb } from '../../cli/offlineWeb.ts';
import { toReportError } from '../../core/toReportError.ts';
import { nodeWorkerLink, type NodeLink } from '../../../test/helpers/nodeWorkerLink.ts';
import type { FromWorker, ToWorker } from './checkMessages.ts';
import { offThreadChecks, type OffThreadChecks, type WorkerLink } from './offThreadChecks.ts';

// The CLI's fixture web: a copy that names its original, and the original.
const FIXTURE_WEB = new URL('../../../test/fixtures/cli/web.json', import.meta.url).pathname;
const COPY = 'https://copy-site.example.net/ban-tin-mua-lua/';
const offline = await loadOfflineWeb(FIXTURE_WEB);
const web: Fetcher = (url) => offline.fetch(url);
const COPY_HTML = (await web(COPY)).text;

const links: NodeLink[] = [];
let checks: OffThreadChecks | null = null;
afterEach(() => {
  checks?.close();
  for (const l of links.splice(0)) l.terminate();
});
function threads(budgetMs = 60_000, init: { spin?: boolean } = {}): OffThreadChecks {
  checks = offThreadChecks({
    budgetMs,
    spawn: async () => {
      const link = await nodeWorkerLink(init);
      links.push(link);
      return link;
    },
  });
  return checks;
}

/** A link whose "worker" is a script: it asks for what the test says and never computes anything. */
function scriptedLink(script: (post: (m: FromWorker) => void, m: ToWorker) => void): WorkerLink & { ended: boolean } {
  let handler: (m: FromWorker) => void = () => undefined;
  const link = {
    ended: false,
    post: (m: ToWorker) => queueMicrotask(() => script((out) => handler(out), m)),
    listen: (h: (m: FromWorker) => void) => {
      handler = h;
    },
    terminate: () => {
      link.ended = true;
    },
  };
  return link;
}
const task = {
  input: { kind: 'html' as const, html: COPY_HTML, url: COPY, contentType: 'text/html' },
  knownSites: [],
  memory: false,
};

describe('offThreadChecks', () => {
  test('a check in a worker thread gives the report the same check gives on this thread', async () => {
    const here = await checkHtml(COPY_HTML, COPY, {
      fetch: web,
      parseHtml: parseHtmlLinkedom,
      clock: { now: () => 0 },
    });
    const there = await threads().check(task, { fetch: web });
    expect(there.report.verdict).toBe('suspected'); // It names its source; without the directory, no fetch.
    // The worker hashes the text (crypto.subtle); the check here was given no sha256 port.
    expect(there.report.page.textHash).toMatch(/^[0-9a-f]{64}$/);
    expect({ ...there.report, checkedAt: null, page: { ...there.report.page, textHash: null } }).toEqual({
      ...here.report,
      checkedAt: null,
    });
  }, 60_000);

  test('the worker fetches only through the host: its errors come back as the same codes', async () => {
    const asked: string[] = [];
    const refusing: Fetcher = async (url) => {
      asked.push(url);
      throw new FetchError('blocked-address', 'private address', url);
    };
    const r = await threads()
      .check({ ...task, input: { kind: 'url', url: COPY } }, { fetch: refusing })
      .catch((e) => e);
    expect(asked).toEqual([COPY]);
    expect(toReportError(r)).toMatchObject({ code: 'blocked-address', url: COPY });
  }, 60_000);

  // The extension's heavy work used to run on the service worker's thread: an abort at 1 s took effect at 10.7 s.
  test('an abort stops a worker that is spinning synchronously, at once', async () => {
    const c = threads(60_000, { spin: true });
    const controller = new AbortController();
    const running = c.check(task, { fetch: web }, controller.signal);
    // Once the thread has started and been handed the check, it spins.
    while (links.length === 0) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 200));
    const t0 = performance.now();
    controller.abort(new Error('superseded'));
    await expect(running).rejects.toThrow('superseded');
    const code = await links[0]?.stopped;
    console.info(`offThreadChecks: a spinning worker stopped ${Math.round(performance.now() - t0)} ms after abort`);
    expect(code).toBe(1);
    expect(performance.now() - t0).toBeLessThan(2_000); // A budget for what would otherwise never end.
  }, 60_000);

  test('past its budget a spinning check fails with too-slow and its worker is terminated', async () => {
    const c = threads(300, { spin: true });
    const error = await c.check(task, { fetch: web }).catch((e) => e);
    expect(toReportError(error)).toMatchObject({ code: 'too-slow', url: COPY });
    expect(await links[0]?.stopped).toBe(1);
  }, 60_000);

  test('the budget counts the worker’s work, not its waits for the host’s fetches', async () => {
    const link = scriptedLink((post, m) => {
      if (m.type === 'check') post({ type: 'fetch', call: 0, url: COPY });
      else post({ type: 'done', result: { report: { verdict: 'clean' } as never, comparison: null } });
    });
    const slowWeb: Fetcher = (url) => new Promise((r) => setTimeout(() => r(web(url)), 400));
    const c = offThreadChecks({ budgetMs: 100, spawn: async () => link });
    await expect(c.check(task, { fetch: slowWeb })).resolves.toMatchObject({ report: { verdict: 'clean' } });
    expect(link.ended).toBe(false); // A healthy worker is kept for the next check.
  });

  test('what the worker asks to remember is checked before it reaches storage', async () => {
    const remembered: unknown[] = [];
    const memory = { recall: async () => [], remember: async (e: unknown) => void remembered.push(e) };
    const good = { url: COPY, title: null, visitedAt: 1, sketch: [1, 2] };
    const link = scriptedLink((post, m) => {
      if (m.type === 'check') {
        post({ type: 'remember', call: 0, entry: { url: 5, sketch: 'x' } as never });
        post({ type: 'remember', call: 1, entry: good });
      } else if (m.type === 'reply' && m.call === 1)
        post({ type: 'done', result: { report: {} as never, comparison: null } });
    });
    await offThreadChecks({ budgetMs: 1000, spawn: async () => link }).check(task, { fetch: web, memory });
    expect(remembered).toEqual([good]);
  });

  test('without any way to start a worker, the check runs on this thread', async () => {
    const c = offThreadChecks({
      budgetMs: 1000,
      spawn: async () => {
        throw new Error('no offscreen document');
      },
    });
    const fallback = async () => ({ report: { verdict: 'clean' } as never, comparison: null });
    await expect(c.check(task, { fetch: web }, undefined, fallback)).resolves.toMatchObject({
      report: { verdict: 'clean' },
    });
  });

  describe('warm(): a worker started while the page loads', () => {
    const doneLink = () =>
      scriptedLink((post, m) => {
        if (m.type === 'check')
          post({ type: 'done', result: { report: { verdict: 'clean' } as never, comparison: null } });
      });
    const counting = () => {
      const spawned: ReturnType<typeof doneLink>[] = [];
      const c = offThreadChecks({
        budgetMs: 1000,
        spawn: async () => {
          const link = doneLink();
          spawned.push(link);
          return link;
        },
      });
      return { c, spawned };
    };

    test('the worker warm() starts is told to warm up, before any check', async () => {
      const seen: string[] = [];
      const link = scriptedLink((post, m) => {
        seen.push(m.type);
        if (m.type === 'check')
          post({ type: 'done', result: { report: { verdict: 'clean' } as never, comparison: null } });
      });
      const c = offThreadChecks({ budgetMs: 1000, spawn: async () => link });
      c.warm();
      await c.check(task, { fetch: web });
      expect(seen).toEqual(['warm-up', 'check']);
    });

    test('the warm-up names the reader’s languages, read when it starts', async () => {
      const seen: ToWorker[] = [];
      const link = scriptedLink((_post, m) => void seen.push(m));
      const c = offThreadChecks({ budgetMs: 1000, spawn: async () => link, languages: () => ['vi-VN', 'en'] });
      c.warm();
      await new Promise((r) => setTimeout(r, 0));
      expect(seen).toEqual([{ type: 'warm-up', languages: ['vi-VN', 'en'] }]);
    });

    test('the next check takes the worker warm() started, whether or not it has started yet', async () => {
      for (const waitForStart of [true, false]) {
        const { c, spawned } = counting();
        c.warm();
        c.warm();
        if (waitForStart) await new Promise((r) => setTimeout(r, 0));
        expect(spawned).toHaveLength(1);
        await c.check(task, { fetch: web });
        expect(spawned).toHaveLength(1);
        // …and kept it warm afterwards: warming again starts nothing.
        c.warm();
        expect(spawned).toHaveLength(1);
        expect(c.idle()).toBe(1);
      }
    });

    test('close() stops a worker still starting', async () => {
      const { c, spawned } = counting();
      c.warm();
      c.close();
      await new Promise((r) => setTimeout(r, 0));
      expect(spawned.map((l) => l.ended)).toEqual([true]);
      expect(c.idle()).toBe(0);
    });
  });
});
