/**
 * The content script (one classic script, no imports at run time, no polyfill). At idle it decides cheaply whether
 * the page can be an article and, if so, sends ONE snapshot to the background. It sends again when a single-page
 * site changes URL (bounded) and when the background asks (a recheck, a check on click).
 */
import { answerBackground, sendToBackground } from './runtime.ts';
import { snapshotPage } from './snapshotPage.ts';

/** Enough for a reader clicking through a single-page news site; an app rewriting its URL every second stops here. */
const MAX_SNAPSHOTS_PER_PAGE = 20;
/** Run within this time even on a page that never goes idle. */
const IDLE_TIMEOUT_MS = 3000;

let sentFor = '';
let sent = 0;

function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(task, 200);
}

function sendSnapshot(): void {
  if (document.URL === sentFor || sent >= MAX_SNAPSHOTS_PER_PAGE) return;
  const snapshot = snapshotPage(document);
  sentFor = document.URL;
  if (!snapshot) return;
  sent++;
  sendToBackground({ type: 'page-snapshot', ...snapshot });
}

whenIdle(sendSnapshot);

answerBackground((message) => {
  if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'request-snapshot') {
    return snapshotPage(document, { force: true }) ?? null;
  }
  return undefined;
});

// Single-page sites: the Navigation API (Chromium) tells us when the URL changed without a page load.
const nav = (globalThis as { navigation?: EventTarget }).navigation;
nav?.addEventListener('navigatesuccess', () => whenIdle(sendSnapshot));
