/**
 * The content script (one classic script, no imports at run time, no polyfill). At idle it decides cheaply whether
 * the page can be an article and, if so, sends ONE small message, `page-seen`: the URL, the title and a few facts of
 * the live DOM (pageFacts.ts). It serialises nothing: the background fetches the URL itself (no cookies) and checks
 * that copy when it matches these facts. When it does not (or cannot be fetched), the background asks the tab for
 * its whole page, serialised in idle slices and answered part by part (requestSnapshot.ts). A text/plain document
 * and a single-page site's new URL (bounded) go from the tab as before: a refetch would not see what scripts built.
 */
import { isRequestSnapshot, type SnapshotAnswer } from '../requestSnapshot.ts';
import { answerBackground, sendToBackground } from './runtime.ts';
import { sendInSlices, type IdleDeadlineLike } from './sendInSlices.ts';
import { hasArticleSigns } from './looksLikeArticle.ts';
import { readPageFacts } from './pageFacts.ts';
import { serializeSmallPage } from './serializePage.ts';
import { capturePage, isArticleUrl } from './snapshotPage.ts';
import { MAX_SNAPSHOT_CHARS, SNAPSHOT_PART_CHARS } from '../limits.ts';

/** Enough for a reader clicking through a single-page news site; an app rewriting its URL every second stops here. */
const MAX_SNAPSHOTS_PER_PAGE = 20;
/** Run within this time even on a page that never goes idle. */
const IDLE_TIMEOUT_MS = 3000;
/** Once started, the next slices come sooner on a busy page. */
const SLICE_TIMEOUT_MS = 500;

/** The document as loaded: what a fetch of its URL serves (a single-page site's later URLs are its scripts' work). */
const loadedUrl = document.URL.split('#')[0];
let sentFor = '';
let sent = 0;
let generation = 0;
/** The last whole page serialised for the background, held until it has asked for every part. */
let held: { id: string; parts: string[] } | null = null;

const NO_DEADLINE: IdleDeadlineLike = { timeRemaining: () => 10 };

function whenIdle(task: (deadline: IdleDeadlineLike) => void, timeout = IDLE_TIMEOUT_MS): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout });
  else setTimeout(() => task(NO_DEADLINE), 200);
}

function onIdle(deadline: IdleDeadlineLike): void {
  const url = document.URL;
  if (url === sentFor || sent >= MAX_SNAPSHOTS_PER_PAGE) return;
  sentFor = url;
  const type = document.contentType;
  if ((type === 'text/html' || type === 'application/xhtml+xml') && url.split('#')[0] === loadedUrl) {
    if (!isArticleUrl(url)) return;
    const facts = readPageFacts(document);
    if (!facts.enoughText && !hasArticleSigns(document)) return;
    sent++;
    generation++;
    const { title, paragraphs, samples } = facts;
    sendToBackground({ type: 'page-seen', url, title, paragraphs, samples });
    return;
  }
  // A text document, or a single-page site's new URL: the tab's own copy, in idle slices.
  const capture = capturePage(document);
  if (!capture) return;
  sent++;
  const run = ++generation;
  sendInSlices(
    capture,
    { idle: (t) => whenIdle(t, SLICE_TIMEOUT_MS), send: sendToBackground, current: () => run === generation },
    deadline,
  );
}

/** Answers with the first part; the others are kept until the background has asked for them. */
function firstPart(url: string, contentType: string, id: string, parts: string[]): SnapshotAnswer {
  // Kept only until the background has asked for the other parts; a one-part page is not kept at all.
  held = parts.length > 1 ? { id, parts } : null;
  return { url, contentType, html: parts[0] ?? '', id, parts: parts.length };
}

/** The whole page: a small one at once in one native call, a big one in idle slices, cut into parts. */
function wholePage(): Promise<SnapshotAnswer> | SnapshotAnswer | null {
  const capture = capturePage(document, { force: true });
  if (!capture) return null;
  const id = Math.random().toString(36).slice(2, 12) || 'p';
  const small = capture.contentType === 'text/html' ? serializeSmallPage(capture.root, MAX_SNAPSHOT_CHARS) : null;
  if (small !== null) {
    const parts: string[] = [];
    for (let i = 0; i < small.length || i === 0; i += SNAPSHOT_PART_CHARS)
      parts.push(small.slice(i, i + SNAPSHOT_PART_CHARS));
    return firstPart(capture.url, capture.contentType, id, parts);
  }
  const parts: string[] = [];
  return new Promise((resolve) => {
    sendInSlices(
      capture,
      {
        idle: (t) => whenIdle(t, SLICE_TIMEOUT_MS),
        current: () => true,
        send: (m) => {
          parts.push(m.html);
          if (m.type === 'page-snapshot-part' && !m.last) return;
          resolve(firstPart(m.url, m.contentType, id, parts));
        },
      },
      NO_DEADLINE,
    );
  });
}

whenIdle(onIdle);

answerBackground((message) => {
  if (!isRequestSnapshot(message)) return undefined;
  if (message.part === undefined) return wholePage() ?? null;
  const part = held && held.id === message.id ? held.parts[message.part] : undefined;
  if (held && message.part >= held.parts.length - 1) held = null;
  return part === undefined ? null : { html: part };
});

// Single-page sites: the Navigation API (Chromium) tells us when the URL changed without a page load.
const nav = (globalThis as { navigation?: EventTarget }).navigation;
nav?.addEventListener('navigatesuccess', () => whenIdle(onIdle));
