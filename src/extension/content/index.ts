/**
 * The content script (one classic script, no imports at run time, no polyfill). At idle it decides cheaply whether
 * the page can be an article and, if so, sends ONE snapshot to the background, serialised and sent in idle slices
 * (sendInSlices.ts) so that no task of ours runs long. It sends again when a single-page site changes URL (bounded)
 * and when the background asks (a recheck, a check on click).
 */
import { isRequestSnapshot } from '../requestSnapshot.ts';
import { answerBackground, sendToBackground } from './runtime.ts';
import { sendInSlices, type IdleDeadlineLike } from './sendInSlices.ts';
import { capturePage, snapshotPage } from './snapshotPage.ts';

/** Enough for a reader clicking through a single-page news site; an app rewriting its URL every second stops here. */
const MAX_SNAPSHOTS_PER_PAGE = 20;
/** Run within this time even on a page that never goes idle. */
const IDLE_TIMEOUT_MS = 3000;
/** Once started, the next slices come sooner on a busy page. */
const SLICE_TIMEOUT_MS = 500;

let sentFor = '';
let sent = 0;
let generation = 0;

const NO_DEADLINE: IdleDeadlineLike = { timeRemaining: () => 10 };

function whenIdle(task: (deadline: IdleDeadlineLike) => void, timeout = IDLE_TIMEOUT_MS): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout });
  else setTimeout(() => task(NO_DEADLINE), 200);
}

function sendSnapshot(deadline: IdleDeadlineLike): void {
  if (document.URL === sentFor || sent >= MAX_SNAPSHOTS_PER_PAGE) return;
  const capture = capturePage(document);
  sentFor = document.URL;
  if (!capture) return;
  sent++;
  const run = ++generation;
  sendInSlices(
    capture,
    { idle: (task) => whenIdle(task, SLICE_TIMEOUT_MS), send: sendToBackground, current: () => run === generation },
    deadline,
  );
}

whenIdle(sendSnapshot);

answerBackground((message) => {
  if (isRequestSnapshot(message)) {
    return snapshotPage(document, { force: true }) ?? null;
  }
  return undefined;
});

// Single-page sites: the Navigation API (Chromium) tells us when the URL changed without a page load.
const nav = (globalThis as { navigation?: EventTarget }).navigation;
nav?.addEventListener('navigatesuccess', () => whenIdle(sendSnapshot));
