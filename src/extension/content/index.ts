/**
 * The content script that runs on every page (one classic script, no imports at run time, no polyfill, no listener).
 * When injected (`document_idle`) it decides cheaply whether the page can be an article and, if so, sends ONE small message, `page-seen`:
 * the URL, the title and a few facts of the live DOM (pageFacts.ts). It serialises nothing: the background fetches
 * the URL itself (no cookies) and checks that copy when it matches these facts. When it does not (or cannot be
 * fetched), the background injects `snapshot.ts` into the tab and asks it for the whole page (requestSnapshot.ts):
 * the serialiser is evaluated only on the pages that need it. A text/plain document and a single-page site's new
 * URL (bounded), whose copy only the tab has, send `page-in-tab` instead, and the background asks the same way.
 */
import { sendToBackground } from './runtime.ts';
import { hasArticleSigns } from './looksLikeArticle.ts';
import { readPageFacts } from './pageFacts.ts';
import { isArticleUrl, worthSendingFromTab } from './snapshotGate.ts';

/** Enough for a reader clicking through a single-page news site; an app rewriting its URL every second stops here. */
const MAX_REPORTS_PER_PAGE = 20;
/** Run within this time even on a page that never goes idle. */
const IDLE_TIMEOUT_MS = 3000;

/** The document as loaded: what a fetch of its URL serves (a single-page site's later URLs are its scripts' work). */
const loadedUrl = document.URL.split('#')[0];
let sentFor = '';
let sent = 0;

function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
  else setTimeout(task, 200);
}

function report(): void {
  const url = document.URL;
  if (url === sentFor || sent >= MAX_REPORTS_PER_PAGE) return;
  sentFor = url;
  const type = document.contentType;
  if ((type === 'text/html' || type === 'application/xhtml+xml') && url.split('#')[0] === loadedUrl) {
    if (!isArticleUrl(url)) return;
    const facts = readPageFacts(document);
    if (!facts.enoughText && !hasArticleSigns(document)) return;
    sent++;
    const { title, paragraphs, excerpts } = facts;
    sendToBackground({ type: 'page-seen', url, title, paragraphs, excerpts });
    return;
  }
  // A text document, or a single-page site's new URL: only the tab has this copy; the background asks for it.
  if (!worthSendingFromTab(document)) return;
  sent++;
  sendToBackground({ type: 'page-in-tab', url });
}

// Single-page sites: the Navigation API (Chromium) tells us when the URL changed without a page load; the new page's
// scripts are still rendering it then, so its report waits for idle. Listened to before the report, so that the
// message is the last thing the task does: sending it wakes the background, and in traced loads the rest of a task
// after a send often waited for a core (its wall time 1.5–2.5 ms past its CPU time, in the messaging floor too).
const nav = (globalThis as { navigation?: EventTarget }).navigation;
nav?.addEventListener('navigatesuccess', () => whenIdle(report));

// At once: the script is injected at `document_idle`, after DOMContentLoaded, so the page's markup is parsed. An idle
// callback of its own is a second task for the page (the callback's task and its IdleDeadline, `requestIdleCallback`
// itself: traced, a few tenths of a millisecond), and waiting only made `page-seen` later.
report();
