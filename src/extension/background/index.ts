/**
 * The background (a service worker on Chrome, an event page on Firefox). Every listener is registered synchronously
 * at the top level so that an event that wakes a stopped worker is delivered; all state lives in storage, so the
 * worker can be stopped between any two events.
 */
import type { CheckResult } from '../../core/report.ts';
import { browser, type Runtime } from '../browser.ts';
import { hasHostAccess, type PermissionsApi } from '../hostAccess.ts';
import { hostOf } from '../storage/hostName.ts';
import { memoryArea } from '../storage/memoryArea.ts';
import { migrateStorage } from '../storage/migrateStorage.ts';
import { idbMemory, migrateOldMemory } from '../storage/idbMemory.ts';
import { openMemoryDb, type MemoryDb } from '../storage/idbMemoryStore.ts';
import { knownSiteEntries, rememberSite } from '../storage/knownSites.ts';
import { isSiteEnabled, loadSettings, type Settings } from '../storage/settings.ts';
import type { StorageArea } from '../storage/storageArea.ts';
import { extensionFetch } from '../net/extensionFetch.ts';
import { backgroundPorts, safeFetcher } from './backgroundPorts.ts';
import { askTabForPage } from './askTabForPage.ts';
import { badgeFor, showBadge, type ActionApi } from './badge.ts';
import { sameDocument } from './classifySender.ts';
import { earlyChecks } from './earlyChecks.ts';
import { keepAliveWhile } from './keepAliveWhile.ts';
import { markStage } from './markStage.ts';
import { route, type RouterDeps, type TabInfo } from './router.ts';
import { tabChecks } from './tabChecks.ts';
import { tabStore } from './tabStore.ts';
import type { CheckInput } from '../offthread/checkMessages.ts';
import type { HostPorts } from '../offthread/offThreadChecks.ts';
import { isArticleUrl } from '../content/snapshotGate.ts';
import { checkOffThread } from '../offthread/checkOffThread.ts';
import { startCheckWorkers } from '../offthread/startCheckWorkers.ts';

markStage('background-start');
const local = browser.storage.local as unknown as StorageArea;
// storage.session: Chrome 102+, Firefox 115+. Without it, tab state lives as long as the background does.
const session = (browser.storage as { session?: unknown }).session as StorageArea | undefined;
const store = tabStore(session ?? memoryArea());
let memoryDb: Promise<MemoryDb> | null = null;
/** Opens the memory once; a failed open is forgotten so that the next call tries again. */
function openMemory(): Promise<MemoryDb> {
  memoryDb ??= openMemoryDb().catch((e: unknown) => {
    memoryDb = null;
    throw e;
  });
  return memoryDb;
}
const memorySize = async (): Promise<number> => (await loadSettings(local)).memorySize;
const storageBytes = async (): Promise<number | null> => (await navigator.storage?.estimate?.())?.usage ?? null;
const memory = idbMemory(openMemory, memorySize, storageBytes);
const action = browser.action as unknown as ActionApi;
// Its webRequest listeners (the Location of the extension's own redirects) are in place before the first fetch.
const policed = extensionFetch();
/** Each request (every redirect hop) marked for the end-to-end bench's stage breakdown (test build only). */
const fetchImpl: typeof fetch = async (input, init) => {
  const url = input instanceof Request ? input.url : String(input);
  markStage('hop-start', url);
  try {
    return await policed(input, init);
  } finally {
    markStage('hop-headers', url);
  }
};

/** Check workers (a Worker in Firefox, the offscreen document's in Chromium); null: checks run on this thread. */
const checkWorkers = startCheckWorkers();
/** A page the reader opened, fetched again by the background (no cookies) in place of serialising it in the tab. */
const pageFetcher = safeFetcher(fetchImpl);

const early = earlyChecks({ refetch: (url, signal) => pageFetcher(url, { signal }) });

const checks = tabChecks({
  store,
  now: () => Date.now(),
  onState: (state) => showBadge(action, state.tabId, badgeFor(state)),
});

const toTabInfo = (tab: { id?: number; url?: string; title?: string }): TabInfo | null =>
  typeof tab.id === 'number' ? { id: tab.id, url: tab.url ?? null, title: tab.title ?? null } : null;

const deps: RouterDeps = {
  self: { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') },
  local,
  memory,
  store,
  checks,
  now: () => Date.now(),
  getTab: (tabId) => browser.tabs.get(tabId).then(toTabInfo, () => null),
  allTabs: async () => (await browser.tabs.query({})).map(toTabInfo).filter((t): t is TabInfo => t !== null),
  requestSnapshot: (tabId) => askTabForPage(browser, tabId),
  refetch: (url, signal) => pageFetcher(url, { signal }),
  checkSnapshot: (snapshot, settings, signal) =>
    keepAliveWhile(
      learnSite(
        { kind: 'html', html: snapshot.html, url: snapshot.url, contentType: snapshot.contentType },
        settings,
        signal,
      ),
    ),
  checkUrl: (url, settings, signal) => keepAliveWhile(learnSite({ kind: 'url', url }, settings, signal)),
  keepAlive: keepAliveWhile,
  early,
};

/**
 * Runs a check with the publishers known so far, in a check worker (parse, scan, extract and compare off this
 * thread; fetches and memory served from here), and learns the name of a site whose page checked clean. An early
 * check (earlyChecks.ts) passes `confirmed`: its requests, the pages it remembers and the site it learns wait for it.
 */
async function learnSite(
  input: CheckInput,
  settings: Settings,
  signal: AbortSignal,
  confirmed?: Promise<void>,
): Promise<CheckResult> {
  markStage('check-start', input.kind);
  const knownSites = await knownSiteEntries(local);
  markStage('known-sites');
  const ports = backgroundPorts(settings, memory, fetchImpl);
  const { fetch, memory: remembered } = ports;
  const served: HostPorts = {
    fetch: async (url, options) => {
      await confirmed;
      markStage('port-fetch-start', url);
      try {
        return await fetch(url, options);
      } finally {
        markStage('port-fetch-end', url);
      }
    },
    ...(remembered
      ? {
          memory: {
            recall: async (sketch, limit) => {
              markStage('recall-start');
              try {
                return await remembered.recall(sketch, limit);
              } finally {
                markStage('recall-end');
              }
            },
            remember: async (entry) => {
              await confirmed;
              return remembered.remember(entry);
            },
          },
        }
      : {}),
  };
  const result = await checkOffThread(checkWorkers, input, served, knownSites, signal);
  markStage('check-result');
  await confirmed;
  const { verdict, page } = result.report;
  if (verdict === 'clean' && page.publisher)
    await rememberSite(local, { name: page.publisher, url: page.url, seenAt: Date.now() }).catch(() => undefined);
  return result;
}

/**
 * A page the content script will say it has seen (the same test of the URL it makes): fetched and checked from now,
 * while it loads, its requests held until `page-seen` confirms it (earlyChecks.ts).
 */
function beginEarly(tabId: number, url: string, settings: Settings): void {
  // Only on a warm worker: a check sent to a worker still warming up stops its warm-up and compiles the engine on the
  // check's own time budget while the page loads (the first page after install or a browser start).
  if (!isArticleUrl(url) || (checkWorkers && checkWorkers.idle() === 0)) return;
  early.begin(tabId, url, (html, confirmed, signal) =>
    keepAliveWhile(learnSite({ kind: 'html', html, url, contentType: 'text/html' }, settings, signal, confirmed)),
  );
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  route(message, sender, deps),
);

/**
 * The background started (installed, updated, the browser started, or woken by an event, most often a navigation):
 * pages are about to be checked. So a check worker is started and warmed now (offscreen document, engine, its
 * matchers compiled), while the page loads, unless checks wait for a click. Done as the background's script runs,
 * not in onInstalled (which a fresh profile fires a second or so later): after a pause this takes the offscreen
 * document's warm spare (workerRelay.ts), which costs next to nothing.
 */
function warmWorkers(): void {
  if (!checkWorkers) return;
  void loadSettings(local).then(
    (settings) => settings.checkMode !== 'click' && checkWorkers.warm(),
    () => undefined,
  );
}

warmWorkers();
// Registered so that the browser starts the background with itself, and the worker is warm before the first page.
browser.runtime.onStartup.addListener(warmWorkers);

browser.runtime.onInstalled.addListener(() => {
  // Install, update or browser update: migrate and repair stored data in place; never clear it.
  void migrateStorage(local)
    .then(async () => migrateOldMemory(local, openMemory, await memorySize()))
    .catch((error: unknown) => console.error('Provenance: storage migration failed', error));
});

/** A new document in the tab: forget the old page's state (a same-document URL change keeps it until a snapshot). */
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.url === undefined) return;
  const url = change.url;
  const at = Date.now();
  void (async () => {
    const previous = await store.get(tabId);
    if (previous && sameDocument(previous.url, url)) return;
    early.cancel(tabId);
    if (!/^https?:\/\//i.test(url)) return void (await checks.settle(tabId, url, 'unsupported'));
    const settings = await loadSettings(local);
    // The new page's snapshot may have arrived while this handler awaited: its check is newer than this event and
    // must not be reset to "idle".
    if (checks.startedSince(tabId, at)) return;
    if (!isSiteEnabled(settings, hostOf(url))) return void (await checks.settle(tabId, url, 'off'));
    // Its first message comes once the page has loaded: a worker started now is warm by then (~0.3–2 s of engine start).
    if (settings.checkMode !== 'click') checkWorkers?.warm();
    // Access withheld or revoked by the reader: the content script does not run here, so say why nothing happens.
    const access = await hasHostAccess(browser.permissions as unknown as PermissionsApi | undefined);
    if (checks.startedSince(tabId, at)) return;
    await checks.settle(tabId, url, access ? 'idle' : 'needs-permission');
    if (access && settings.checkMode !== 'click') beginEarly(tabId, url, settings);
  })();
});

browser.tabs.onRemoved.addListener((tabId) => {
  early.cancel(tabId);
  checks.cancel(tabId);
  void store.remove(tabId);
});

browser.tabs.onReplaced.addListener((_added, removed) => {
  early.cancel(removed);
  checks.cancel(removed);
  void store.remove(removed);
});
