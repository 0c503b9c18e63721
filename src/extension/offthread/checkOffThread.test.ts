import { describe, expect, test, vi } from 'vitest';
import { loadOfflineWeb } from '../../cli/offlineWeb.ts';
import type { Fetcher, Memory } from '../../core/ports.ts';
import type { CheckResult } from '../../core/report.ts';
import { checkInThread } from './checkInThread.ts';
import { checkOffThread } from './checkOffThread.ts';
import type { OffThreadChecks } from './offThreadChecks.ts';

// The e2e tests' web: the seed copy, whose source line links its original, and the original.
const FIXTURE_WEB = new URL('../../../test/web/web.json', import.meta.url).pathname;
const COPY =
  'https://tinnhanh-tonghop24h.net/tiep-tuc-thuc-hien-quy-che-dan-chu-o-co-so-va-dan-van-trong-cac-co-quan-nha-nuoc/';
const offline = await loadOfflineWeb(FIXTURE_WEB);
const COPY_HTML = (await offline.fetch(COPY)).text;
const input = { kind: 'html', html: COPY_HTML, url: COPY, contentType: 'text/html' } as const;

const noWorkers = null;
const refusing: OffThreadChecks = {
  check: async (_task, _ports, _signal, fallback) => {
    if (!fallback) throw new Error('no fallback given');
    return fallback();
  },
  warm: () => undefined,
  close: () => undefined,
  idle: () => 0,
};

describe('the check on the background thread, imported only when no worker runs it', () => {
  test.each([
    ['no workers at all', noWorkers],
    ['workers that cannot start', refusing],
  ])('%s: the engine is imported and the copy verified with the background’s fetcher', async (_, workers) => {
    const fetch = vi.fn<Fetcher>((url) => offline.fetch(url));
    const { report } = await checkOffThread(workers, input, { fetch }, [], undefined);
    expect(report.verdict).toBe('copy');
    expect(report.original?.url).toMatch(/^https:\/\/baoangiang\.com\.vn\//u);
    expect(fetch).toHaveBeenCalled();
  });

  test('a worker that runs the check leaves the engine unimported here', async () => {
    const result = { report: { verdict: 'clean' }, comparison: null } as unknown as CheckResult;
    const workers: OffThreadChecks = { ...refusing, check: async () => result };
    const fetch = vi.fn<Fetcher>();
    await expect(checkOffThread(workers, input, { fetch }, [], undefined)).resolves.toBe(result);
    expect(fetch).not.toHaveBeenCalled();
  });

  test('the background’s memory is the one the check recalls from', async () => {
    const recall = vi.fn<Memory['recall']>(async () => []);
    await checkInThread(
      input,
      { fetch: (url) => offline.fetch(url), memory: { recall, remember: async () => {} } },
      [],
      undefined,
    );
    expect(recall).toHaveBeenCalled();
  });

  test('an aborted check stops with the abort’s reason', async () => {
    const controller = new AbortController();
    controller.abort(new Error('newer snapshot'));
    await expect(checkInThread(input, { fetch: (url) => offline.fetch(url) }, [], controller.signal)).rejects.toThrow(
      'newer snapshot',
    );
  });
});
