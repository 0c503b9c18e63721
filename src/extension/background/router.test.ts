import { describe, expect, test } from 'vitest';
import { FetchError, type FetchResponse } from '../../core/ports.ts';
import type { CheckResult } from '../../core/report.ts';
import { EXCERPT_CHARS } from '../limits.ts';
import type { Snapshot } from '../messages.ts';
import type { TabState } from '../tabState.ts';
import { listFlags } from '../storage/flags.ts';
import { memoryArea } from '../storage/memoryArea.ts';
import type { StorageArea } from '../storage/storageArea.ts';
import { loadSettings, setSiteEnabled, updateSettings } from '../storage/settings.ts';
import type { SenderInfo } from './classifySender.ts';
import { RefusedMessage, route, type RouterDeps, type TabInfo } from './router.ts';
import type { EarlyOutcome } from './earlyChecks.ts';
import { snapshotParts } from './snapshotParts.ts';
import { tabChecks } from './tabChecks.ts';
import { tabStore } from './tabStore.ts';
import { ORIGINAL, testReport } from './testReport.ts';

const self = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const PAGE = 'https://copy.example/post-1';
const popup: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/src/ui/popup/index.html' };
const contentOf = (tabId: number, url: string): SenderInfo => ({ id: 'ext', url, frameId: 0, tab: { id: tabId, url } });
const snapshot = (url = PAGE): Snapshot & { type: 'page-snapshot' } => ({
  type: 'page-snapshot',
  url,
  html: '<article>x</article>',
  contentType: 'text/html',
});
const part = (index: number, html: string, last: boolean, url = PAGE) => ({
  type: 'page-snapshot-part',
  url,
  contentType: 'text/html',
  id: 'p1',
  index,
  last,
  html,
});

function setup(tabs: TabInfo[] = [{ id: 1, url: PAGE, title: 'Post' }]) {
  const local = memoryArea();
  const store = tabStore(memoryArea());
  const checks = tabChecks({ store, now: () => 5, onState: () => undefined });
  const checked: string[] = [];
  let answer: unknown = null;
  let served: FetchResponse | null = null;
  const alive = { wrapped: 0 };
  let pages = 2;
  const memory = {
    stats: async () => ({ pages, bytes: 1234, skipped: 0, quotaError: null }),
    clear: async () => {
      pages = 0;
    },
    forgetSite: async (host: string) => {
      if (host !== 'a.example') return 0;
      pages -= 1;
      return 1;
    },
    exportPart: async (after: number) =>
      after === 0 ? { text: '{"format":"provenance-memory"}\n{"p":1}\n', next: 1 } : { text: '{"p":2}\n', next: null },
    importFile: async (text: string) => {
      const lines = text.trim().split('\n').length - 1;
      pages += lines;
      return { added: lines, skipped: 0 };
    },
  };
  const deps: RouterDeps = {
    self,
    local,
    memory,
    store,
    checks,
    now: () => 5,
    getTab: async (id) => tabs.find((t) => t.id === id) ?? null,
    allTabs: async () => tabs,
    requestSnapshot: async () => answer,
    refetch: async (url) => {
      checked.push(`fetch ${url}`);
      if (!served) throw new FetchError('blocked-address', 'a private host', url);
      return served;
    },
    checkSnapshot: async (s: Snapshot): Promise<CheckResult> => {
      checked.push(`snapshot ${s.url} ${s.html.includes('served') ? 'fetched' : 'from the tab'}`);
      return {
        report: testReport({ url: s.url, verdict: 'copy', trust: 'verified', original: ORIGINAL }),
        comparison: null,
      };
    },
    checkUrl: async (url: string): Promise<CheckResult> => {
      checked.push(`url ${url}`);
      return { report: testReport({ url, verdict: 'suspected' }), comparison: null };
    },
    keepAlive: async (work) => {
      alive.wrapped++;
      return work;
    },
    parts: snapshotParts(),
  };
  const settle = async () => {
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
  };
  return {
    deps,
    local,
    store,
    checked,
    alive,
    settle,
    setAnswer: (a: unknown) => (answer = a),
    serve: (r: FetchResponse | null) => (served = r),
  };
}

describe('route: the trust boundary', () => {
  test.each<[string, unknown, SenderInfo]>([
    ['a content script asking for settings', { type: 'get-settings' }, contentOf(1, PAGE)],
    ['a content script asking for another tab’s state', { type: 'get-tab-state', tabId: 2 }, contentOf(1, PAGE)],
    ['a content script flagging', { type: 'flag-page', tabId: 1 }, contentOf(1, PAGE)],
    ['a content script clearing the memory', { type: 'clear-memory' }, contentOf(1, PAGE)],
    ['a content script forgetting a site', { type: 'forget-site', host: 'a.example' }, contentOf(1, PAGE)],
    ['a content script reading the memory', { type: 'export-memory', after: 0 }, contentOf(1, PAGE)],
    ['a content script filling the memory', { type: 'import-memory', text: '' }, contentOf(1, PAGE)],
    ['an export from a negative id', { type: 'export-memory', after: -1 }, popup],
    ['an import too big for one part', { type: 'import-memory', text: 'x'.repeat(8_000_001) }, popup],
    ['a site to forget that is no host', { type: 'forget-site', host: '' }, popup],
    [
      'a content script changing settings',
      { type: 'set-settings', settings: { allowPrivateAddresses: true } },
      contentOf(1, PAGE),
    ],
    ['a snapshot of another page', snapshot('https://orig.example/a'), contentOf(1, PAGE)],
    ['a snapshot from a sub-frame', snapshot(), { ...contentOf(1, PAGE), frameId: 3 }],
    ['a snapshot sent by an extension page', snapshot(), popup],
    ['a snapshot part of another page', part(0, 'x', true, 'https://orig.example/a'), contentOf(1, PAGE)],
    ['a snapshot part from a sub-frame', part(0, 'x', true), { ...contentOf(1, PAGE), frameId: 3 }],
    ['a snapshot part sent by an extension page', part(0, 'x', true), popup],
    ['a message from another extension', { type: 'list-flags' }, { id: 'evil', url: 'chrome-extension://evil/x.html' }],
    ['a malformed message', { type: 'get-tab-state', tabId: 'all' }, popup],
    ['an unknown message', { type: 'clear-everything' }, popup],
    ['a content script checking a list of URLs', { type: 'check-urls', urls: [PAGE] }, contentOf(1, PAGE)],
    ['a list with a javascript: URL', { type: 'check-urls', urls: [PAGE, 'javascript:alert(1)'] }, popup],
    [
      'a list of 101 URLs',
      { type: 'check-urls', urls: Array.from({ length: 101 }, (_, i) => `https://a.example/${i}`) },
      popup,
    ],
  ])('refuses %s', async (_name, message, sender) => {
    const { deps, checked } = setup();
    await expect(route(message, sender, deps)).rejects.toBeInstanceOf(RefusedMessage);
    expect(checked).toEqual([]);
  });
});

const BODY = 'The river rose two metres overnight and the town was evacuated before dawn, officials said.';
const seen = (url = PAGE, facts: Record<string, unknown> = {}) => ({
  type: 'page-seen',
  url,
  title: 'Flood in the valley – Copy',
  paragraphs: 4,
  excerpts: [BODY],
  ...facts,
});
const servedPage = (html = `<p>${BODY}</p>`.repeat(4), extra: Partial<FetchResponse> = {}): FetchResponse => ({
  url: PAGE,
  status: 200,
  contentType: 'text/html',
  text: `<html><head><title>Flood in the valley &ndash; Copy</title></head><body><!--served-->${html}</body></html>`,
  ...extra,
});

describe('route: a page seen by its content script', () => {
  test.each<[string, unknown, SenderInfo]>([
    ['a page other than the sender’s', seen('https://orig.example/a'), contentOf(1, PAGE)],
    ['a page from a sub-frame', seen(), { ...contentOf(1, PAGE), frameId: 3 }],
    ['a page sent by an extension page', seen(), popup],
    ['an excerpt past its cap', seen(PAGE, { excerpts: ['x'.repeat(EXCERPT_CHARS + 1)] }), contentOf(1, PAGE)],
    ['an excerpt that is not text', seen(PAGE, { excerpts: [42] }), contentOf(1, PAGE)],
    ['four excerpts', seen(PAGE, { excerpts: [BODY, BODY, BODY, BODY] }), contentOf(1, PAGE)],
    ['samples instead of excerpts', seen(PAGE, { excerpts: undefined, samples: ['x'] }), contentOf(1, PAGE)],
    ['a title past its cap', seen(PAGE, { title: 'x'.repeat(1001) }), contentOf(1, PAGE)],
    ['a paragraph count past its cap', seen(PAGE, { paragraphs: 1001 }), contentOf(1, PAGE)],
  ])('refuses %s', async (_name, message, sender) => {
    const { deps, checked } = setup();
    await expect(route(message, sender, deps)).rejects.toBeInstanceOf(RefusedMessage);
    expect(checked).toEqual([]);
  });

  const fromTab = [`fetch ${PAGE}`, `snapshot ${PAGE} from the tab`];
  test.each<[string, FetchResponse | null, string[]]>([
    [
      'the page fetched again shows the live page: that copy is checked',
      servedPage(),
      [`fetch ${PAGE}`, `snapshot ${PAGE} fetched`],
    ],
    ['the fetch is refused (a private host): the tab’s copy', null, fromTab],
    ['another title (a login wall)', servedPage(undefined, { text: '<title>Sign in</title><p>x</p>' }), fromTab],
    ['far fewer paragraphs (a paywall’s lead only)', servedPage(`<p>${BODY}</p>`), fromTab],
    ['the live text is not in it (scripts wrote the article)', servedPage('<p>Loading…</p>'.repeat(4)), fromTab],
    ['redirected to another page', servedPage(undefined, { url: 'https://copy.example/login' }), fromTab],
    ['not HTML', servedPage(undefined, { contentType: 'application/json' }), fromTab],
    [
      'the live text only past the first 2,000 paragraphs',
      servedPage(`${'<p>Other news of the day, in brief.</p>'.repeat(2_000)}${`<p>${BODY}</p>`.repeat(4)}`),
      fromTab,
    ],
    [
      'a giant table before the text: matched whole, checked as cut',
      servedPage(
        `${'<p>Lead.</p>'}<table>${'<tr><td>1</td></tr>'.repeat(150_000)}</table>${`<p>${BODY}</p>`.repeat(4)}`,
      ),
      [`fetch ${PAGE}`, `snapshot ${PAGE} fetched`],
    ],
    [
      'big, with megabytes of inline script: trimmed and checked',
      servedPage(`<script>${'x'.repeat(3_000_000)}</script>${`<p>${BODY}</p>`.repeat(4)}`),
      [`fetch ${PAGE}`, `snapshot ${PAGE} fetched`],
    ],
  ])('%s', async (_name, served, expected) => {
    const { deps, checked, settle, setAnswer, serve } = setup();
    serve(served);
    const { type: _t, ...whole } = snapshot();
    setAnswer(whole);
    await expect(route(seen(), contentOf(1, PAGE), deps)).resolves.toBeNull();
    await settle();
    expect(checked).toEqual(expected);
    const state = (await route({ type: 'get-tab-state', tabId: 1 }, popup, deps)) as { report: { verdict: string } };
    expect(state.report.verdict).toBe('copy');
  });

  test.each([
    ['nothing', null],
    ['another page', { url: 'https://orig.example/a', html: '<p>x</p>', contentType: 'text/html' }],
    ['a malformed snapshot', { url: PAGE, html: 42, contentType: 'text/html' }],
  ])(
    'when the fetch does not serve the page and the tab answers %s, the check ends in an error',
    async (_name, answer) => {
      const { deps, checked, settle, setAnswer } = setup();
      setAnswer(answer);
      await route(seen(), contentOf(1, PAGE), deps);
      await settle();
      expect(checked).toEqual([`fetch ${PAGE}`]);
      const state = (await route({ type: 'get-tab-state', tabId: 1 }, popup, deps)) as TabState;
      expect(state.status).toBe('error');
      expect(state.error?.code).toBe('no-page');
    },
  );

  const earlyResult = (): CheckResult => ({
    report: testReport({ url: PAGE, verdict: 'copy', trust: 'verified', original: ORIGINAL }),
    comparison: null,
  });
  test.each<[string, EarlyOutcome, string[]]>([
    [
      'confirmed: its result is the check, nothing fetched again',
      { kind: 'confirmed', result: Promise.resolve(earlyResult()) },
      [],
    ],
    ['not the live page: the tab’s copy, not fetched again', { kind: 'not-live' }, [`snapshot ${PAGE} from the tab`]],
    ['none (or its fetch failed): fetched as before', null, [`fetch ${PAGE}`, `snapshot ${PAGE} fetched`]],
  ])('a check begun at the navigation, %s', async (_name, outcome, expected) => {
    const { deps, checked, settle, setAnswer, serve } = setup();
    serve(servedPage());
    const { type: _t, ...whole } = snapshot();
    setAnswer(whole);
    const taken: string[] = [];
    deps.early = {
      take: async (tabId, facts) => {
        taken.push(`${tabId} ${facts.url}`);
        return outcome;
      },
      cancel: () => undefined,
    };
    await route(seen(), contentOf(1, PAGE), deps);
    await settle();
    expect(taken).toEqual([`1 ${PAGE}`]);
    expect(checked).toEqual(expected);
    const state = (await route({ type: 'get-tab-state', tabId: 1 }, popup, deps)) as TabState;
    expect(state.report?.verdict).toBe('copy');
  });

  test.each<[string, (s: ReturnType<typeof setup>) => Promise<unknown>]>([
    [
      'the site is switched off',
      async ({ deps, local }) => {
        await setSiteEnabled(local, 'copy.example', false);
        return route(seen(), contentOf(1, PAGE), deps);
      },
    ],
    [
      'checks wait for a click',
      async ({ deps, local }) => {
        await updateSettings(local, { checkMode: 'click' });
        return route(seen(), contentOf(1, PAGE), deps);
      },
    ],
    [
      'the tab sends its own copy (a single-page site’s new URL)',
      ({ deps }) => route(snapshot(), contentOf(1, PAGE), deps),
    ],
    [
      'the tab says only it has the page (a single-page site’s new URL)',
      ({ deps }) => route({ type: 'page-in-tab', url: PAGE }, contentOf(1, PAGE), deps),
    ],
    ['the reader asks to check again', ({ deps }) => route({ type: 'recheck', tabId: 1 }, popup, deps)],
  ])('a check begun at the navigation is dropped when %s', async (_name, act) => {
    const s = setup();
    const cancelled: number[] = [];
    s.deps.early = { take: async () => null, cancel: (tabId) => void cancelled.push(tabId) };
    await act(s);
    await s.settle();
    expect(cancelled).toEqual([1]);
  });

  test('a site switched off is not fetched', async () => {
    const { deps, checked, settle, local } = setup();
    await setSiteEnabled(local, 'copy.example', false);
    await route(seen(), contentOf(1, PAGE), deps);
    await settle();
    expect(checked).toEqual([]);
  });

  test('in click mode nothing is fetched until the reader asks', async () => {
    const { deps, checked, settle, local } = setup();
    await updateSettings(local, { checkMode: 'click' });
    await route(seen(), contentOf(1, PAGE), deps);
    await settle();
    expect(checked).toEqual([]);
    const state = (await route({ type: 'get-tab-state', tabId: 1 }, popup, deps)) as TabState;
    expect(state.status).toBe('idle');
  });
});

describe('route: a page only the tab has (a text document, a single-page site’s new URL)', () => {
  const inTab = (url = PAGE) => ({ type: 'page-in-tab', url });
  test.each<[string, unknown, SenderInfo]>([
    ['a page other than the sender’s', inTab('https://orig.example/a'), contentOf(1, PAGE)],
    ['a page from a sub-frame', inTab(), { ...contentOf(1, PAGE), frameId: 3 }],
    ['a page sent by an extension page', inTab(), popup],
    ['a javascript: URL', inTab('javascript:alert(1)'), contentOf(1, PAGE)],
  ])('refuses %s', async (_name, message, sender) => {
    const { deps, checked } = setup();
    await expect(route(message, sender, deps)).rejects.toBeInstanceOf(RefusedMessage);
    expect(checked).toEqual([]);
  });

  test('the tab is asked for its copy at once (nothing fetched), which is checked', async () => {
    const { deps, checked, settle, setAnswer, serve } = setup();
    serve(servedPage());
    const { type: _t, ...whole } = snapshot();
    setAnswer(whole);
    await expect(route(inTab(), contentOf(1, PAGE), deps)).resolves.toBeNull();
    await settle();
    expect(checked).toEqual([`snapshot ${PAGE} from the tab`]);
    const state = (await route({ type: 'get-tab-state', tabId: 1 }, popup, deps)) as TabState;
    expect(state.report?.verdict).toBe('copy');
  });

  test.each<[string, unknown]>([
    ['nothing', null],
    ['another page', { url: 'https://orig.example/a', html: '<p>x</p>', contentType: 'text/html' }],
  ])('a tab that answers %s leaves an error the popup shows', async (_name, answer) => {
    const { deps, checked, settle, setAnswer } = setup();
    setAnswer(answer);
    await route(inTab(), contentOf(1, PAGE), deps);
    await settle();
    expect(checked).toEqual([]);
    const state = (await route({ type: 'get-tab-state', tabId: 1 }, popup, deps)) as TabState;
    expect(state.error?.code).toBe('no-page');
  });

  test.each<[string, (local: StorageArea) => Promise<unknown>, string]>([
    ['switched off', (local) => setSiteEnabled(local, 'copy.example', false), 'off'],
    ['waiting for a click', (local) => updateSettings(local, { checkMode: 'click' }), 'idle'],
  ])('a site %s: the tab is not asked', async (_name, set, status) => {
    const { deps, checked, settle, local, setAnswer } = setup();
    const { type: _t, ...whole } = snapshot();
    setAnswer(whole);
    await set(local);
    await route(inTab(), contentOf(1, PAGE), deps);
    await settle();
    expect(checked).toEqual([]);
    const state = (await route({ type: 'get-tab-state', tabId: 1 }, popup, deps)) as TabState;
    expect(state.status).toBe(status);
  });
});

describe('route: snapshots', () => {
  test('a snapshot of the sender’s own page is checked, and the popup reads the result', async () => {
    const { deps, checked, settle } = setup();
    await expect(route(snapshot(), contentOf(1, PAGE), deps)).resolves.toBeNull();
    await settle();
    expect(checked).toEqual([`snapshot ${PAGE} from the tab`]);
    const state = (await route({ type: 'get-tab-state', tabId: 1 }, popup, deps)) as {
      status: string;
      report: { verdict: string };
    };
    expect(state.status).toBe('done');
    expect(state.report.verdict).toBe('copy');
  });

  test('a long snapshot sent in parts is checked once its last part is in', async () => {
    const { deps, checked, settle } = setup();
    let html = '';
    deps.checkSnapshot = async (s: Snapshot): Promise<CheckResult> => {
      checked.push(`snapshot ${s.url} from the tab`);
      html = s.html;
      return {
        report: testReport({ url: s.url, verdict: 'copy', trust: 'verified', original: ORIGINAL }),
        comparison: null,
      };
    };
    await expect(route(part(0, '<html><body><article>', false), contentOf(1, PAGE), deps)).resolves.toBeNull();
    await settle();
    expect(checked).toEqual([]);
    await route(part(1, 'x</article></body></html>', true), contentOf(1, PAGE), deps);
    await settle();
    expect(checked).toEqual([`snapshot ${PAGE} from the tab`]);
    expect(html).toBe('<html><body><article>x</article></body></html>');
  });

  test('a site switched off is not checked', async () => {
    const { deps, local, checked, settle } = setup();
    await setSiteEnabled(local, 'copy.example', false);
    await route(snapshot(), contentOf(1, PAGE), deps);
    await settle();
    expect(checked).toEqual([]);
    expect(((await route({ type: 'get-tab-state', tabId: 1 }, popup, deps)) as { status: string }).status).toBe('off');
  });

  test('in click mode a snapshot waits; a recheck takes a fresh snapshot and checks it', async () => {
    const { deps, local, checked, settle, setAnswer } = setup();
    await updateSettings(local, { checkMode: 'click' });
    await route(snapshot(), contentOf(1, PAGE), deps);
    await settle();
    expect(checked).toEqual([]);
    setAnswer({ url: PAGE, html: '<p>fresh</p>', contentType: 'text/html' });
    expect(((await route({ type: 'recheck', tabId: 1 }, popup, deps)) as { status: string }).status).toBe('checking');
    await settle();
    expect(checked).toEqual([`snapshot ${PAGE} from the tab`]);
  });

  test('a recheck without a content script (or with a wrong answer) fetches the tab’s URL instead', async () => {
    const { deps, checked, settle, setAnswer } = setup();
    setAnswer({ url: 'https://elsewhere.example/', html: '', contentType: 'text/html' });
    await route({ type: 'recheck', tabId: 1 }, popup, deps);
    await settle();
    expect(checked).toEqual([`url ${PAGE}`]);
  });

  test('a tab on a browser page is unsupported', async () => {
    const { deps } = setup([{ id: 4, url: 'chrome://settings', title: null }]);
    expect(((await route({ type: 'get-tab-state', tabId: 4 }, popup, deps)) as { status: string }).status).toBe(
      'unsupported',
    );
    expect(((await route({ type: 'recheck', tabId: 4 }, popup, deps)) as { status: string }).status).toBe(
      'unsupported',
    );
  });

  test('a check left "checking" by a stopped worker reads as interrupted', async () => {
    const { deps, store } = setup();
    await store.put({ tabId: 1, url: PAGE, status: 'checking', report: null, error: null, updatedAt: 1 });
    expect(await route({ type: 'get-tab-state', tabId: 1 }, popup, deps)).toMatchObject({
      status: 'error',
      error: { code: 'interrupted' },
    });
  });

  test('an unknown tab has no state', async () => {
    const { deps } = setup();
    expect(await route({ type: 'get-tab-state', tabId: 99 }, popup, deps)).toBeNull();
  });
});

describe('route: flags, sites and settings', () => {
  test('flag-page records the checked page with its original and verdict; unflag removes it', async () => {
    const { deps, local, settle } = setup();
    await route(snapshot(), contentOf(1, PAGE), deps);
    await settle();
    await route({ type: 'flag-page', tabId: 1, note: 'scraper' }, popup, deps);
    expect(await listFlags(local)).toEqual([
      { url: PAGE, title: 'Post', originalUrl: ORIGINAL.url, verdict: 'copy', note: 'scraper', flaggedAt: 5 },
    ]);
    expect(await route({ type: 'list-flags' }, popup, deps)).toHaveLength(1);
    expect(await route({ type: 'unflag', url: PAGE }, popup, deps)).toEqual([]);
  });

  test('a browser page cannot be flagged', async () => {
    const { deps } = setup([{ id: 4, url: 'chrome://settings', title: null }]);
    await expect(route({ type: 'flag-page', tabId: 4 }, popup, deps)).rejects.toBeInstanceOf(RefusedMessage);
  });

  test('switching a site off settles its open tabs; back on checks them again', async () => {
    const { deps, store, checked, settle } = setup();
    await route({ type: 'set-site-enabled', host: 'copy.example', enabled: false }, popup, deps);
    expect((await store.get(1))?.status).toBe('off');
    await route({ type: 'set-site-enabled', host: 'copy.example', enabled: true }, popup, deps);
    await settle();
    expect(checked).toEqual([`url ${PAGE}`]);
  });

  test('settings round-trip through messages', async () => {
    const { deps, local } = setup();
    await route({ type: 'set-settings', settings: { memorySize: 50, checkMode: 'click' } }, popup, deps);
    expect(await route({ type: 'get-settings' }, popup, deps)).toEqual(await loadSettings(local));
    expect((await loadSettings(local)).memorySize).toBe(50);
  });
});

describe('route: the memory of visited pages', () => {
  test('counts and clears through the background', async () => {
    const { deps, local } = setup();
    expect(await route({ type: 'memory-stats' }, popup, deps)).toEqual({
      pages: 2,
      bytes: 1234,
      skipped: 0,
      quotaError: null,
    });
    await local.set({ knownSites: [{ name: 'Le Monde', origin: 'https://www.lemonde.fr', seenAt: 1 }] });
    expect(await route({ type: 'clear-memory' }, popup, deps)).toMatchObject({ pages: 0 });
    expect(await route({ type: 'memory-stats' }, popup, deps)).toMatchObject({ pages: 0 });
    expect(await local.get('knownSites')).toEqual({ knownSites: [] });
  });

  test('forgets a site, exports in parts and imports, answering the new counts', async () => {
    const { deps } = setup();
    expect(await route({ type: 'forget-site', host: 'a.example' }, popup, deps)).toMatchObject({
      pages: 1,
      removed: 1,
    });
    expect(await route({ type: 'export-memory', after: 0 }, popup, deps)).toEqual({
      text: '{"format":"provenance-memory"}\n{"p":1}\n',
      next: 1,
    });
    expect(await route({ type: 'export-memory', after: 1 }, popup, deps)).toMatchObject({ next: null });
    const text = '{"format":"provenance-memory"}\n{"p":1}\n{"p":2}\n';
    expect(await route({ type: 'import-memory', text }, popup, deps)).toMatchObject({
      pages: 3,
      added: 2,
      rejected: 0,
    });
  });
});

describe('route: check-urls (a moderator’s list, from the options page)', () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  test('rows in input order, duplicates checked once, the whole batch kept alive', async () => {
    const { deps, checked, alive } = setup();
    const urls = ['https://b.example/2', 'https://a.example/1', 'https://B.example/2', 'https://c.example/3'];
    const rows = (await route({ type: 'check-urls', urls }, popup, deps)) as {
      url: string;
      status: string;
      verdict: string;
    }[];
    expect(rows.map((r) => r.url)).toEqual(['https://b.example/2', 'https://a.example/1', 'https://c.example/3']);
    expect(rows.every((r) => r.status === 'done' && r.verdict === 'suspected')).toBe(true);
    expect(checked).toHaveLength(3);
    expect(alive.wrapped).toBe(1);
  });

  test('one failing URL gives an error row; the others are checked', async () => {
    const { deps } = setup();
    deps.checkUrl = async (url) => {
      if (url.includes('down')) throw Object.assign(new Error('connection refused'), { code: 'fetch-failed' });
      return { report: testReport({ url, verdict: 'copy', trust: 'verified', original: ORIGINAL }), comparison: null };
    };
    const rows = (await route(
      { type: 'check-urls', urls: ['https://a.example/1', 'https://down.example/2', 'https://c.example/3'] },
      popup,
      deps,
    )) as {
      status: string;
      originalUrl: string | null;
      error: { code: string } | null;
    }[];
    expect(rows.map((r) => r.status)).toEqual(['done', 'error', 'done']);
    expect(rows[1]?.error?.code).toBe('fetch-failed');
    expect(rows[2]?.originalUrl).toBe(ORIGINAL.url);
  });

  test('a site switched off gives an "off" row and is not fetched', async () => {
    const { deps, local, checked } = setup();
    await setSiteEnabled(local, 'copy.example', false);
    const rows = (await route({ type: 'check-urls', urls: [PAGE, 'https://other.example/a'] }, popup, deps)) as {
      status: string;
      error: { code: string } | null;
    }[];
    expect(rows.map((r) => r.error?.code ?? r.status)).toEqual(['off', 'done']);
    expect(checked).toEqual(['url https://other.example/a']);
  });

  test('at most 2 checks run at once, with the current settings', async () => {
    const { deps, local } = setup();
    await updateSettings(local, { memorySize: 77 });
    let running = 0;
    let peak = 0;
    const seen: number[] = [];
    deps.checkUrl = async (url, settings) => {
      seen.push(settings.memorySize);
      running++;
      peak = Math.max(peak, running);
      await sleep(2 + (url.length % 5));
      running--;
      return { report: testReport({ url }), comparison: null };
    };
    const urls = Array.from({ length: 12 }, (_, i) => `https://s${i}.example/${'p'.repeat(i)}`);
    const rows = (await route({ type: 'check-urls', urls }, popup, deps)) as { url: string }[];
    expect(rows.map((r) => r.url)).toEqual(urls);
    expect(peak).toBe(2);
    expect(new Set(seen)).toEqual(new Set([77]));
  });
});
