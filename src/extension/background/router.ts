/**
 * The single entry for messages into the background: classify the sender, validate the message against its schema,
 * check the sender may send it, then handle it. Everything a handler needs comes in `RouterDeps`, so tests drive the
 * router with fakes and no browser.
 */
import type { FetchResponse } from '../../core/ports.ts';
import type { CheckResult } from '../../core/report.ts';
import {
  maySend,
  parseMessage,
  parseSnapshot,
  type MessageHandlers,
  type MessageOf,
  type MessageType,
  type Responses,
  type Snapshot,
} from '../messages.ts';
import { addFlag, listFlags, removeFlag } from '../storage/flags.ts';
import { clearKnownSites } from '../storage/knownSites.ts';
import type { IdbMemory } from '../storage/idbMemory.ts';
import { hostOf } from '../storage/hostName.ts';
import { isSiteEnabled, loadSettings, setSiteEnabled, updateSettings, type Settings } from '../storage/settings.ts';
import type { StorageArea } from '../storage/storageArea.ts';
import type { TabState } from '../tabState.ts';
import {
  classifySender,
  sameDocument,
  snapshotBelongsToSender,
  type ExtensionIdentity,
  type Sender,
  type SenderInfo,
} from './classifySender.ts';
import { batchCheck } from './batchCheck.ts';
import { servesPage, type EarlyChecks } from './earlyChecks.ts';
import { liveFactsOf, type LiveFacts } from './liveFacts.ts';
import { looksLikeLivePage } from './looksLikeLivePage.ts';
import { markStage } from './markStage.ts';
import { snapshotParts, type SnapshotParts } from './snapshotParts.ts';
import { trimFetchedPage } from './trimFetchedPage.ts';
import type { TabChecks } from './tabChecks.ts';
import type { TabStore } from './tabStore.ts';

export interface TabInfo {
  id: number;
  url: string | null;
  title: string | null;
}

export interface RouterDeps {
  self: ExtensionIdentity;
  local: StorageArea;
  /** The memory of articles read (IndexedDB). */
  memory: Pick<IdbMemory, 'stats' | 'clear' | 'forgetSite' | 'exportPart' | 'importFile'>;
  store: TabStore;
  checks: TabChecks;
  now(): number;
  getTab(tabId: number): Promise<TabInfo | null>;
  /** Every open tab (for the per-site switch). */
  allTabs(): Promise<TabInfo[]>;
  /** Asks the tab's content script for a fresh snapshot of the whole page; rejects or resolves null when there is none. */
  requestSnapshot(tabId: number): Promise<unknown>;
  /** The background's own fetch of a page the reader has open (the safe fetcher: no cookies, capped, public hosts). */
  refetch(url: string, signal: AbortSignal): Promise<FetchResponse>;
  /** The check of a snapshot / of a URL fetched anew (when the page has no content script), with the settings in force. */
  checkSnapshot(snapshot: Snapshot, settings: Settings, signal: AbortSignal): Promise<CheckResult>;
  checkUrl(url: string, settings: Settings, signal: AbortSignal): Promise<CheckResult>;
  /** Keeps the background running until `work` settles (a list of URLs outlasts the browser's idle timeout). */
  keepAlive<T>(work: Promise<T>): Promise<T>;
  /** Long snapshots arriving in parts; one shared assembler when not given. */
  parts?: SnapshotParts;
  /** Checks begun at the tab's navigation, confirmed or dropped by its `page-seen` (earlyChecks.ts). */
  early?: Pick<EarlyChecks, 'take' | 'cancel'>;
}

const sharedParts = snapshotParts();

export class RefusedMessage extends Error {
  override name = 'RefusedMessage';
}

const isHttp = (url: string | null): url is string => url !== null && /^https?:\/\//i.test(url);

/** Validates and dispatches one message; throws RefusedMessage for anything not allowed. */
export async function route(raw: unknown, senderInfo: SenderInfo, deps: RouterDeps): Promise<Responses[MessageType]> {
  const sender = classifySender(senderInfo, deps.self);
  if (sender.kind === 'refused') throw new RefusedMessage(`refused: ${sender.reason}`);
  const parsed = parseMessage(raw);
  if (!parsed.ok) throw new RefusedMessage(parsed.reason);
  const message = parsed.value;
  if (!maySend(sender.kind, message.type))
    throw new RefusedMessage(`refused: ${sender.kind} may not send ${message.type}`);
  return handle(message, sender, deps);
}

/** Every message type's handler, typed by `Responses`: adding a message without its handler does not compile. */
const handlers: MessageHandlers<[sender: Sender, deps: RouterDeps]> = {
  'page-snapshot': onSnapshot,
  'page-snapshot-part': onSnapshotPart,
  'page-seen': onPageSeen,
  'page-in-tab': onPageInTab,
  'get-tab-state': (message, _sender, deps) => tabState(message.tabId, deps),
  recheck: (message, _sender, deps) => recheck(message.tabId, deps),
  'get-comparison': (message, _sender, deps) => deps.store.getComparison(message.tabId),
  'flag-page': (message, _sender, deps) => flagPage(message, deps),
  unflag: (message, _sender, deps) => removeFlag(deps.local, message.url),
  'list-flags': (_message, _sender, deps) => listFlags(deps.local),
  'set-site-enabled': (message, _sender, deps) => siteSwitch(message.host, message.enabled, deps),
  'get-settings': (_message, _sender, deps) => loadSettings(deps.local),
  'set-settings': (message, _sender, deps) => updateSettings(deps.local, message.settings),
  'memory-stats': (_message, _sender, deps) => deps.memory.stats(),
  'clear-memory': async (_message, _sender, deps) => {
    // The sites' names were learned from the same pages: forgetting what was read forgets both.
    await Promise.all([deps.memory.clear(), clearKnownSites(deps.local)]);
    return deps.memory.stats();
  },
  'forget-site': async (message, _sender, deps) => {
    const removed = await deps.memory.forgetSite(message.host);
    return { ...(await deps.memory.stats()), removed };
  },
  'export-memory': (message, _sender, deps) => deps.memory.exportPart(message.after),
  'import-memory': async (message, _sender, deps) => {
    const { added, skipped } = await deps.memory.importFile(message.text);
    return { ...(await deps.memory.stats()), added, rejected: skipped };
  },
  'check-urls': (message, _sender, deps) => checkUrls(message.urls, deps),
};

function handle<K extends MessageType>(message: MessageOf<K>, sender: Sender, deps: RouterDeps): Promise<Responses[K]> {
  // `message.type` is K, which TypeScript does not see through MessageOf<K>; the table's type pairs type and handler.
  const handler = handlers[message.type as K];
  return handler(message, sender, deps);
}

/** A moderator's list, checked with the settings in force when it arrives (a site switched off gives an "off" row). */
async function checkUrls(urls: readonly string[], deps: RouterDeps): Promise<Responses['check-urls']> {
  const settings = await loadSettings(deps.local);
  return deps.keepAlive(batchCheck(urls, { settings, checkUrl: (url, s, signal) => deps.checkUrl(url, s, signal) }));
}

/** Starts the check of a snapshot unless the site is off or checks wait for a click. */
export async function acceptSnapshot(
  tabId: number,
  snapshot: Snapshot,
  deps: RouterDeps,
  requested: boolean,
): Promise<TabState> {
  const settings = await loadSettings(deps.local);
  if (!isSiteEnabled(settings, hostOf(snapshot.url))) return deps.checks.settle(tabId, snapshot.url, 'off');
  if (!requested && settings.checkMode === 'click') return deps.checks.settle(tabId, snapshot.url, 'idle');
  const { checking } = await deps.checks.start(tabId, snapshot.url, (signal) =>
    deps.checkSnapshot(snapshot, settings, signal),
  );
  return checking;
}

async function onSnapshot(
  message: MessageOf<'page-snapshot'>,
  sender: Sender,
  deps: RouterDeps,
): Promise<Responses['page-snapshot']> {
  if (sender.kind !== 'content-script' || !snapshotBelongsToSender(message.url, sender)) {
    throw new RefusedMessage('refused: a snapshot must describe the sender’s own page');
  }
  const { type: _type, ...snapshot } = message;
  deps.early?.cancel(sender.tabId);
  await acceptSnapshot(sender.tabId, snapshot, deps, false);
  return null;
}

/** A part of a long snapshot: checked like a snapshot, then held until the last part completes it. */
async function onSnapshotPart(
  message: MessageOf<'page-snapshot-part'>,
  sender: Sender,
  deps: RouterDeps,
): Promise<Responses['page-snapshot-part']> {
  if (sender.kind !== 'content-script' || !snapshotBelongsToSender(message.url, sender)) {
    throw new RefusedMessage('refused: a snapshot must describe the sender’s own page');
  }
  const { type: _type, ...part } = message;
  deps.early?.cancel(sender.tabId);
  const snapshot = (deps.parts ?? sharedParts).add(sender.tabId, part);
  if (snapshot) await acceptSnapshot(sender.tabId, snapshot, deps, false);
  return null;
}

class NoPageCopy extends Error {
  override name = 'NoPageCopy';
  readonly code = 'no-page';
}

/**
 * The page's markup as the background fetches it itself (no cookies), when that shows what the tab shows
 * (looksLikeLivePage.ts); null when it cannot be fetched, is refused (a private host, too big, not HTML), was
 * redirected elsewhere, or differs from the live page.
 */
async function refetchedPage(seen: LiveFacts, deps: RouterDeps, signal: AbortSignal): Promise<string | null> {
  markStage('refetch-start');
  const fetched = await deps.refetch(seen.url, signal).catch(() => null);
  markStage('refetch-end', fetched ? String(fetched.text.length) : 'failed');
  signal.throwIfAborted();
  if (!servesPage(fetched, seen.url)) return null;
  // Matched whole (up to the fetcher's 5 MB: the live text may follow a giant table), checked as the tab's copy is cut.
  const live = looksLikeLivePage(fetched.text, seen);
  markStage('facts-matched', String(live));
  if (!live) return null;
  const trimmed = trimFetchedPage(fetched.text);
  markStage('trimmed');
  return trimmed;
}

/**
 * A page the reader opened (`page-seen`: its URL and a few facts of its live DOM). The background fetches the URL
 * itself and checks that copy as it checks a snapshot, so the page serialises nothing; when the fetch fails or does
 * not show the live page, the tab is asked for its whole page (in idle slices, part by part), which is checked
 * instead. A tab that cannot answer either leaves an error the popup shows ("check again").
 */
async function onPageSeen(message: MessageOf<'page-seen'>, sender: Sender, deps: RouterDeps): Promise<null> {
  if (sender.kind !== 'content-script' || !snapshotBelongsToSender(message.url, sender)) {
    throw new RefusedMessage('refused: a page must describe the sender’s own page');
  }
  markStage('page-seen', message.url);
  const { type: _type, ...sent } = message;
  const seen = liveFactsOf(sent);
  const tabId = sender.tabId;
  const settings = await loadSettings(deps.local);
  markStage('settings');
  if (!isSiteEnabled(settings, hostOf(seen.url))) {
    deps.early?.cancel(tabId);
    await deps.checks.settle(tabId, seen.url, 'off');
    return null;
  }
  if (settings.checkMode === 'click') {
    deps.early?.cancel(tabId);
    await deps.checks.settle(tabId, seen.url, 'idle');
    return null;
  }
  await deps.checks.start(tabId, seen.url, async (signal) => {
    markStage('checking-recorded');
    // Begun at the navigation on the same fetch, its requests held until now (earlyChecks.ts).
    const early = deps.early ? await deps.early.take(tabId, seen, signal) : null;
    if (early?.kind === 'confirmed') return early.result;
    const html = early?.kind === 'not-live' ? null : await refetchedPage(seen, deps, signal);
    if (html !== null) return deps.checkSnapshot({ url: seen.url, html, contentType: 'text/html' }, settings, signal);
    return checkTabCopy(tabId, seen.url, settings, deps, signal);
  });
  return null;
}

/** Asks the tab for its own copy of the page (requestSnapshot.ts) and checks it; an error the popup shows if none. */
async function checkTabCopy(
  tabId: number,
  url: string,
  settings: Settings,
  deps: RouterDeps,
  signal: AbortSignal,
): Promise<CheckResult> {
  markStage('ask-tab');
  const answer = await deps.requestSnapshot(tabId).catch(() => null);
  markStage('tab-answered');
  signal.throwIfAborted();
  const whole = answer === null || answer === undefined ? null : parseSnapshot(answer);
  if (!whole?.ok || !sameDocument(whole.value.url, url))
    throw new NoPageCopy('The page could not be read; check again.');
  return deps.checkSnapshot(whole.value, settings, signal);
}

/**
 * A page whose copy only the tab has (a text document, a single-page site's new URL, which a fetch of the URL would
 * not show): no refetch, the tab is asked for its page at once, checked as a snapshot the tab sent.
 */
async function onPageInTab(message: MessageOf<'page-in-tab'>, sender: Sender, deps: RouterDeps): Promise<null> {
  if (sender.kind !== 'content-script' || !snapshotBelongsToSender(message.url, sender)) {
    throw new RefusedMessage('refused: a page must describe the sender’s own page');
  }
  const { url } = message;
  const tabId = sender.tabId;
  deps.early?.cancel(tabId);
  const settings = await loadSettings(deps.local);
  if (!isSiteEnabled(settings, hostOf(url))) {
    await deps.checks.settle(tabId, url, 'off');
    return null;
  }
  if (settings.checkMode === 'click') {
    await deps.checks.settle(tabId, url, 'idle');
    return null;
  }
  await deps.checks.start(tabId, url, (signal) => checkTabCopy(tabId, url, settings, deps, signal));
  return null;
}

async function tabState(tabId: number, deps: RouterDeps): Promise<Responses['get-tab-state']> {
  const state = await deps.store.get(tabId);
  if (state?.status === 'checking' && !deps.checks.isRunning(tabId)) {
    // The worker that ran this check was stopped before it finished.
    return {
      ...state,
      status: 'error',
      error: { code: 'interrupted', message: 'The check was interrupted; check again.' },
    };
  }
  if (state) return state;
  const tab = await deps.getTab(tabId);
  if (!tab) return null;
  if (!isHttp(tab.url))
    return { tabId, url: tab.url ?? '', status: 'unsupported', report: null, error: null, updatedAt: deps.now() };
  const settings = await loadSettings(deps.local);
  const status = isSiteEnabled(settings, hostOf(tab.url)) ? 'idle' : 'off';
  return { tabId, url: tab.url, status, report: null, error: null, updatedAt: deps.now() };
}

/** The user asked: take a fresh snapshot from the page; without a content script, fetch the URL instead. */
async function recheck(tabId: number, deps: RouterDeps): Promise<Responses['recheck']> {
  const tab = await deps.getTab(tabId);
  if (!tab) return null;
  if (!isHttp(tab.url)) return deps.checks.settle(tabId, tab.url ?? '', 'unsupported');
  const tabUrl = tab.url;
  deps.early?.cancel(tabId);
  const answer = await deps.requestSnapshot(tabId).catch(() => null);
  const snapshot = answer === null || answer === undefined ? null : parseSnapshot(answer);
  if (snapshot?.ok && sameDocument(snapshot.value.url, tabUrl))
    return acceptSnapshot(tabId, snapshot.value, deps, true);
  const settings = await loadSettings(deps.local);
  if (!isSiteEnabled(settings, hostOf(tabUrl))) return deps.checks.settle(tabId, tabUrl, 'off');
  const { checking } = await deps.checks.start(tabId, tabUrl, (signal) => deps.checkUrl(tabUrl, settings, signal));
  return checking;
}

async function flagPage(message: MessageOf<'flag-page'>, deps: RouterDeps): Promise<Responses['flag-page']> {
  const state = await deps.store.get(message.tabId);
  const tab = await deps.getTab(message.tabId);
  const url = state?.url || tab?.url || null;
  if (!isHttp(url)) throw new RefusedMessage('refused: only web pages can be flagged');
  const report = state?.status === 'done' && sameDocument(state.url, url) ? state.report : null;
  return addFlag(deps.local, {
    url,
    title: report?.page.title ?? tab?.title ?? null,
    originalUrl: report?.original?.url ?? null,
    verdict: report?.verdict ?? 'unknown',
    note: message.note ?? '',
    flaggedAt: deps.now(),
  });
}

/** Switches a site off (aborting its checks) or back on (checking its open tabs again). */
async function siteSwitch(host: string, enabled: boolean, deps: RouterDeps): Promise<Responses['set-site-enabled']> {
  const settings = await setSiteEnabled(deps.local, host, enabled);
  const tabs = (await deps.allTabs()).filter((t) => isHttp(t.url) && hostOf(t.url) === host.toLowerCase());
  for (const tab of tabs) {
    if (!enabled) await deps.checks.settle(tab.id, tab.url ?? '', 'off');
    else if (settings.checkMode === 'click') await deps.checks.settle(tab.id, tab.url ?? '', 'idle');
    else await recheck(tab.id, deps).catch(() => null);
  }
  return settings;
}
