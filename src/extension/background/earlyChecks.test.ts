import { describe, expect, test } from 'vitest';
import { FetchError, type FetchResponse } from '../../core/ports.ts';
import type { CheckResult } from '../../core/report.ts';
import type { LiveFacts } from './liveFacts.ts';
import { earlyChecks, type EarlyRun } from './earlyChecks.ts';
import { testReport } from './testReport.ts';

const PAGE = 'https://copy.example/post-1';
const BODY = 'The river rose two metres overnight and the town was evacuated before dawn, officials said.';
const SAMPLE = 'heriverrosetwometresovernightandthetownwasevacua';
const facts = (url = PAGE, title = 'Flood in the valley'): LiveFacts => ({
  url,
  title,
  paragraphs: 4,
  samples: [SAMPLE],
});
const page = (extra: Partial<FetchResponse> = {}, body = `<p>${BODY}</p>`.repeat(4)): FetchResponse => ({
  url: PAGE,
  status: 200,
  contentType: 'text/html',
  text: `<html><head><title>Flood in the valley</title></head><body>${body}<script type="application/json">${'{}'.repeat(10)}</script></body></html>`,
  ...extra,
});
const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
};

/** An early check whose run records what it did: held requests are written only once `confirmed` settles. */
function setup(served: FetchResponse | Error, lifetimeMs?: number) {
  const log: string[] = [];
  let signal: AbortSignal | null = null;
  const early = earlyChecks({
    refetch: async (url) => {
      log.push(`fetch ${url}`);
      if (served instanceof Error) throw served;
      return served;
    },
    ...(lifetimeMs === undefined ? {} : { lifetimeMs }),
  });
  const run: EarlyRun = async (html, confirmed, s): Promise<CheckResult> => {
    signal = s;
    log.push(`check ${html.includes('application/json') && !html.includes('{}{}') ? 'trimmed' : 'whole'}`);
    try {
      await confirmed;
    } catch {
      log.push('held requests dropped');
      throw new Error('dropped');
    }
    log.push('held requests sent');
    return { report: testReport({ url: PAGE, verdict: 'copy' }), comparison: null };
  };
  return { early, run, log, signal: () => signal };
}

describe('earlyChecks: a check begun at the navigation, confirmed by the page it loads', () => {
  test('the fetched copy shows the live page: the check ran on it trimmed, and its requests go out only now', async () => {
    const { early, run, log, signal } = setup(page());
    early.begin(1, PAGE, run);
    await settle();
    expect(log).toEqual([`fetch ${PAGE}`, 'check trimmed']);
    const outcome = await early.take(1, facts(), new AbortController().signal);
    expect(outcome?.kind).toBe('confirmed');
    const result = outcome?.kind === 'confirmed' ? await outcome.result : null;
    expect(result?.report.verdict).toBe('copy');
    expect(log).toEqual([`fetch ${PAGE}`, 'check trimmed', 'held requests sent']);
    expect(signal()?.aborted).toBe(false);
    expect(early.pending()).toBe(0);
  });

  test.each<[string, FetchResponse | Error, LiveFacts, 'not-live' | null]>([
    ['another title (a login wall)', page(), facts(PAGE, 'Sign in'), 'not-live'],
    ['the live text is not in it', page({}, '<p>Loading…</p>'.repeat(4)), facts(), 'not-live'],
    ['redirected to another page', page({ url: 'https://copy.example/login' }), facts(), 'not-live'],
    ['not HTML', page({ contentType: 'application/json' }), facts(), 'not-live'],
    ['the fetch failed (it is tried again as before)', new FetchError('network', 'reset', PAGE), facts(), null],
    ['another page was seen', page(), facts('https://copy.example/post-2'), null],
  ])('%s: dropped, nothing it held goes out', async (_name, served, seen, kind) => {
    const { early, run, log, signal } = setup(served);
    early.begin(1, PAGE, run);
    await settle();
    const outcome = await early.take(1, seen, new AbortController().signal);
    expect(outcome === null ? null : outcome.kind).toBe(kind);
    await settle();
    expect(log).not.toContain('held requests sent');
    if (signal()) expect(signal()?.aborted).toBe(true);
    expect(early.pending()).toBe(0);
  });

  test.each<[string, (e: ReturnType<typeof earlyChecks>, run: EarlyRun) => void]>([
    ['cancelled (the tab closed)', (e) => e.cancel(1)],
    ['another page began in the tab', (e, run) => e.begin(1, 'https://copy.example/post-2', run)],
  ])('%s: dropped, its held requests never go out', async (_name, act) => {
    const { early, run, log, signal } = setup(page());
    early.begin(1, PAGE, run);
    await settle();
    act(early, run);
    await settle();
    expect(signal()?.aborted).toBe(true);
    expect(log.filter((l) => l.startsWith('held'))).toEqual(['held requests dropped']);
    expect(await early.take(1, facts(), new AbortController().signal)).toBeNull();
  });

  test('no page-seen within its lifetime: dropped', async () => {
    const { early, run, log } = setup(page(), 5);
    early.begin(1, PAGE, run);
    await new Promise((r) => setTimeout(r, 30));
    expect(early.pending()).toBe(0);
    expect(log).toContain('held requests dropped');
    expect(await early.take(1, facts(), new AbortController().signal)).toBeNull();
  });

  test('the page-seen check stopped (a newer page): the early check stops with it', async () => {
    const { early, run, signal } = setup(page());
    early.begin(1, PAGE, run);
    await settle();
    const stop = new AbortController();
    const outcome = await early.take(1, facts(), stop.signal);
    expect(outcome?.kind).toBe('confirmed');
    stop.abort(new Error('newer page'));
    expect(signal()?.aborted).toBe(true);
  });

  test('other tabs keep theirs', async () => {
    const { early, run } = setup(page());
    early.begin(1, PAGE, run);
    early.begin(2, PAGE, run);
    early.cancel(1);
    expect(early.pending()).toBe(1);
    expect((await early.take(2, facts(), new AbortController().signal))?.kind).toBe('confirmed');
  });
});
