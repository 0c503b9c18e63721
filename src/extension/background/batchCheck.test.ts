import { describe, expect, test } from 'vitest';
import type { CheckResult } from '../../core/report.ts';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings.ts';
import { batchCheck } from './batchCheck.ts';
import { ORIGINAL, testReport } from './testReport.ts';

const settings: Settings = { ...DEFAULT_SETTINGS, disabledHosts: ['off.example'] };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fake check that measures how many run at once; each URL's path says how long it takes and how it ends. */
function fakeCheck() {
  let running = 0;
  let peak = 0;
  const called: string[] = [];
  const checkUrl = async (url: string, _s: Settings, signal: AbortSignal): Promise<CheckResult> => {
    called.push(url);
    running++;
    peak = Math.max(peak, running);
    try {
      const ms = Number(/delay=(\d+)/.exec(url)?.[1] ?? 1);
      if (url.includes('hang')) {
        await new Promise((_r, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      }
      await sleep(ms);
      if (url.includes('fail')) throw Object.assign(new Error('HTTP 503 from the site'), { code: 'fetch-failed' });
      if (url.includes('throw-string')) throw 'plain string';
      const copy = url.includes('copy');
      return {
        report: testReport({
          url,
          verdict: copy ? 'copy' : 'clean',
          trust: copy ? 'verified' : 'none',
          original: copy ? ORIGINAL : null,
          credits: { authors: copy ? ['Mỹ Linh'] : [], photographers: [], agency: null, poster: null },
        }),
        comparison: null,
      };
    } finally {
      running--;
    }
  };
  return { checkUrl, called, peak: () => peak };
}

describe('batchCheck', () => {
  test('rows come back in input order whatever order the checks finish in', async () => {
    const { checkUrl } = fakeCheck();
    const urls = [
      'https://a.example/copy?delay=30',
      'https://b.example/x?delay=1',
      'https://c.example/copy?delay=10',
      'https://d.example/y?delay=2',
    ];
    const rows = await batchCheck(urls, { settings, checkUrl });
    expect(rows.map((r) => r.url)).toEqual(urls);
    expect(rows[0]).toEqual({
      url: urls[0],
      status: 'done',
      verdict: 'copy',
      trust: 'verified',
      syndicated: false,
      originalUrl: ORIGINAL.url,
      publisher: 'Orig',
      authors: ['Mỹ Linh'],
      containment: 0.95,
      error: null,
    });
    expect(rows[1]).toMatchObject({ status: 'done', verdict: 'clean', originalUrl: null, containment: null });
  });

  test.each([1, 2, 3])('never more than %i checks at once', async (concurrency) => {
    const { checkUrl, peak, called } = fakeCheck();
    const urls = Array.from({ length: 9 }, (_, i) => `https://s${i}.example/p?delay=${5 + ((i * 7) % 11)}`);
    await batchCheck(urls, { settings, checkUrl, concurrency });
    expect(called).toHaveLength(9);
    expect(peak()).toBe(concurrency);
  });

  test('the default is 2 at a time', async () => {
    const { checkUrl, peak } = fakeCheck();
    await batchCheck(
      Array.from({ length: 6 }, (_, i) => `https://s${i}.example/?delay=5`),
      { settings, checkUrl },
    );
    expect(peak()).toBe(2);
  });

  test('a failing URL gives an error row and the rest are still checked', async () => {
    const { checkUrl } = fakeCheck();
    const rows = await batchCheck(
      ['https://a.example/fail', 'https://b.example/throw-string', 'https://c.example/copy'],
      { settings, checkUrl },
    );
    expect(rows.map((r) => r.status)).toEqual(['error', 'error', 'done']);
    expect(rows[0]?.error).toEqual({ code: 'fetch-failed', message: 'HTTP 503 from the site' });
    expect(rows[1]?.error).toEqual({ code: 'internal', message: 'plain string' });
  });

  test('a check that never ends times out on its own, without stopping the others', async () => {
    const { checkUrl } = fakeCheck();
    const rows = await batchCheck(['https://a.example/hang', 'https://b.example/copy'], {
      settings,
      checkUrl,
      timeoutMs: 20,
    });
    expect(rows[0]).toMatchObject({ status: 'error', error: { code: 'timeout' } });
    expect(rows[1]).toMatchObject({ status: 'done', verdict: 'copy' });
  });

  test('a check that ignores its signal still cannot hold the batch past the timeout', async () => {
    const checkUrl = () => new Promise<CheckResult>(() => undefined);
    const rows = await batchCheck(['https://a.example/'], { settings, checkUrl, timeoutMs: 20 });
    expect(rows[0]?.error?.code).toBe('timeout');
  });

  test('sites switched off are not checked; with the master switch off nothing is', async () => {
    const { checkUrl, called } = fakeCheck();
    const rows = await batchCheck(['https://OFF.example/a', 'https://on.example/b'], { settings, checkUrl });
    expect(rows.map((r) => r.error?.code ?? r.status)).toEqual(['off', 'done']);
    expect(called).toEqual(['https://on.example/b']);
    const none = await batchCheck(['https://on.example/c'], { settings: { ...settings, enabled: false }, checkUrl });
    expect(none[0]?.error?.code).toBe('off');
    expect(called).toHaveLength(1);
  });

  test('each check gets its own signal', async () => {
    const signals: AbortSignal[] = [];
    const checkUrl = async (url: string, _s: Settings, signal: AbortSignal): Promise<CheckResult> => {
      signals.push(signal);
      return { report: testReport({ url }), comparison: null };
    };
    await batchCheck(['https://a.example/', 'https://b.example/'], { settings, checkUrl });
    expect(signals).toHaveLength(2);
    expect(signals[0]).not.toBe(signals[1]);
  });

  test('an empty list is an empty answer', async () => {
    expect(await batchCheck([], { settings, checkUrl: fakeCheck().checkUrl })).toEqual([]);
  });
});
