/**
 * The content script (one classic script, no imports at run time, no polyfill). At idle, in one task, it decides
 * cheaply whether the page can be an article and, if so, sends a small page whole (wholeSmallPage.ts) and a bigger
 * one as a small DIGEST (digestPage.ts); the background asks for the whole of a bigger page only when the digest
 * shows something, and gets it serialised in idle slices and answered part by part (requestSnapshot.ts). It sends again when a single-page site changes URL (bounded).
 */
import { isRequestSnapshot, type SnapshotAnswer } from '../requestSnapshot.ts';
import { digestPage } from './digestPage.ts';
import { answerBackground, sendToBackground } from './runtime.ts';
import { sendInSlices, type IdleDeadlineLike } from './sendInSlices.ts';
import { findArticle } from './findArticle.ts';
import { hasArticleSigns } from './looksLikeArticle.ts';
import { serializeSmallPage } from './serializePage.ts';
import { wholeSmallPage } from './wholeSmallPage.ts';
import { capturePage, isArticleUrl } from './snapshotPage.ts';
import { MAX_SNAPSHOT_CHARS, SNAPSHOT_PART_CHARS } from '../limits.ts';

/** Enough for a reader clicking through a single-page news site; an app rewriting its URL every second stops here. */
const MAX_SNAPSHOTS_PER_PAGE = 20;
/** Run within this time even on a page that never goes idle. */
const IDLE_TIMEOUT_MS = 3000;
/** Once started, the next slices come sooner on a busy page. */
const SLICE_TIMEOUT_MS = 500;

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

function sendDigest(deadline: IdleDeadlineLike): void {
  const url = document.URL;
  if (url === sentFor || sent >= MAX_SNAPSHOTS_PER_PAGE) return;
  sentFor = url;
  const type = document.contentType;
  if (type === 'text/html' || type === 'application/xhtml+xml') {
    // One task, one message, a few native calls (digestWriter.ts): slicing it would cost more in idle callbacks
    // and messages than it saves. The gate reads what finding the article reads anyway.
    if (!isArticleUrl(url)) return;
    const guess = findArticle(document);
    if (!guess.enoughText && !hasArticleSigns(document)) return;
    sent++;
    generation++;
    // A small page goes whole, and the background has nothing to ask for later (wholeSmallPage.ts).
    const whole = wholeSmallPage(document);
    if (whole !== null) sendToBackground({ type: 'page-snapshot', url, contentType: 'text/html', html: whole });
    else sendToBackground({ type: 'page-digest', url, html: digestPage(document, guess.root) });
    return;
  }
  const capture = capturePage(document);
  if (capture?.contentType !== 'text/plain') return;
  sent++;
  const run = ++generation;
  // A text document is its own digest: small, and sent whole as before.
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

whenIdle(sendDigest);

answerBackground((message) => {
  if (!isRequestSnapshot(message)) return undefined;
  if (message.part === undefined) return wholePage() ?? null;
  const part = held && held.id === message.id ? held.parts[message.part] : undefined;
  if (held && message.part >= held.parts.length - 1) held = null;
  return part === undefined ? null : { html: part };
});

// Single-page sites: the Navigation API (Chromium) tells us when the URL changed without a page load.
const nav = (globalThis as { navigation?: EventTarget }).navigation;
nav?.addEventListener('navigatesuccess', () => whenIdle(sendDigest));
