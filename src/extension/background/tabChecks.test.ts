import { describe, expect, test } from 'vitest';
import type { CheckResult } from '../../core/report.ts';
import { memoryArea } from '../storage/memoryArea.ts';
import type { TabState } from '../tabState.ts';
import { tabChecks } from './tabChecks.ts';
import { tabStore } from './tabStore.ts';
import { testReport } from './testReport.ts';

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setup(timeoutMs?: number) {
  const store = tabStore(memoryArea());
  const seen: TabState[] = [];
  const checks = tabChecks({ store, now: () => 1, onState: (s) => void seen.push(s), timeoutMs });
  return { store, seen, checks };
}

const result = (url: string): CheckResult => ({
  report: testReport({ url, verdict: 'copy' }),
  comparison: {
    copy: { url, title: null, paragraphs: [] },
    original: { url: 'https://o.example/', title: null, paragraphs: [] },
  },
});

describe('tabChecks', () => {
  test('startedSince tells a navigation handler that a newer check began while it awaited', async () => {
    let now = 10;
    const checks = tabChecks({ store: tabStore(memoryArea()), now: () => now, onState: () => undefined });
    expect(checks.startedSince(3, 0)).toBe(false);
    now = 20;
    const never = deferred<CheckResult>();
    await checks.start(3, 'https://c.example/a', () => never.promise);
    expect(checks.startedSince(3, 15)).toBe(true);
    expect(checks.startedSince(3, 25)).toBe(false);
    checks.cancel(3);
    expect(checks.startedSince(3, 15)).toBe(false);
  });

  test('a check goes checking → done, storing the report and the comparison separately', async () => {
    const { store, seen, checks } = setup();
    const { checking, finished } = await checks.start(1, 'https://c.example/a', async () =>
      result('https://c.example/a'),
    );
    expect(checking.status).toBe('checking');
    const final = await finished;
    expect(final?.status).toBe('done');
    expect((await store.get(1))?.report?.verdict).toBe('copy');
    expect((await store.getComparison(1))?.copy.url).toBe('https://c.example/a');
    expect(seen.map((s) => s.status)).toEqual(['checking', 'done']);
  });

  test('a newer snapshot aborts the older check, whose result is never written', async () => {
    const { store, checks } = setup();
    const first = deferred<CheckResult>();
    let firstSignal: AbortSignal | undefined;
    const a = await checks.start(1, 'https://c.example/a', (signal) => {
      firstSignal = signal;
      return first.promise;
    });
    const b = await checks.start(1, 'https://c.example/b', async () => result('https://c.example/b'));
    expect(firstSignal?.aborted).toBe(true);
    await b.finished;
    first.resolve(result('https://c.example/a'));
    expect(await a.finished).toBeNull();
    expect((await store.get(1))?.url).toBe('https://c.example/b');
  });

  test('checks of different tabs run side by side', async () => {
    const { checks } = setup();
    const one = deferred<CheckResult>();
    await checks.start(1, 'https://c.example/a', () => one.promise);
    const two = await checks.start(2, 'https://c.example/b', async () => result('https://c.example/b'));
    expect((await two.finished)?.status).toBe('done');
    expect(checks.isRunning(1)).toBe(true);
    one.resolve(result('https://c.example/a'));
  });

  test('a failure is recorded with its code and a capped message', async () => {
    const { checks } = setup();
    const error = Object.assign(new Error('x'.repeat(1000)), { code: 'fetch-failed' });
    const { finished } = await checks.start(1, 'https://c.example/a', async () => Promise.reject(error));
    const final = await finished;
    expect(final?.status).toBe('error');
    expect(final?.error?.code).toBe('fetch-failed');
    expect(final?.error?.message.length).toBeLessThanOrEqual(300);
  });

  test('a check that takes too long ends as a timeout', async () => {
    const { checks } = setup(20);
    const { finished } = await checks.start(
      1,
      'https://c.example/a',
      (signal) => new Promise((_r, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))),
    );
    expect((await finished)?.error?.code).toBe('timeout');
  });

  test('settle (navigation, site off) aborts the running check', async () => {
    const { store, checks } = setup();
    let signal: AbortSignal | undefined;
    const { finished } = await checks.start(1, 'https://c.example/a', (s) => {
      signal = s;
      return new Promise<CheckResult>(() => {});
    });
    await checks.settle(1, 'https://c.example/next', 'idle');
    expect(signal?.aborted).toBe(true);
    expect((await store.get(1))?.status).toBe('idle');
    expect(checks.running()).toBe(0);
    void finished;
  });
});
