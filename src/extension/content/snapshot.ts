/**
 * The tab's own copy of its page, injected by the background (`scripting.executeScript` with this built file,
 * background/injectSnapshot.ts) only when it needs it: the refetch failed or did not show the live page, a text
 * document or a single-page site's new URL (`page-in-tab`), a recheck. It answers `request-snapshot`: the page
 * serialised (a small one in one native call, a big one in idle slices) and cut into parts of SNAPSHOT_PART_CHARS,
 * the first part in the answer, the others when asked, so no single clone carries megabytes. Kept out of the
 * always-on content script (index.ts), which then pays nothing to evaluate the serialiser on every page.
 * Injected again on every request: the first copy in the tab keeps answering, later ones only find it there.
 */
import { isRequestSnapshot, type SnapshotAnswer } from '../requestSnapshot.ts';
import { MAX_SNAPSHOT_CHARS, SNAPSHOT_PART_CHARS } from '../limits.ts';
import { answerBackground } from './runtime.ts';
import { sendInSlices, type IdleDeadlineLike } from './sendInSlices.ts';
import { serializeSmallPage } from './serializePage.ts';
import { capturePage } from './snapshotPage.ts';

/** The next slices come soon even on a busy page: the background is waiting for the answer. */
const SLICE_TIMEOUT_MS = 500;
const NO_DEADLINE: IdleDeadlineLike = { timeRemaining: () => 10 };

/** The last whole page serialised for the background, held until it has asked for every part. */
let held: { id: string; parts: string[] } | null = null;

function whenIdle(task: (deadline: IdleDeadlineLike) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: SLICE_TIMEOUT_MS });
  else setTimeout(() => task(NO_DEADLINE), 50);
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
        idle: whenIdle,
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

// The extension's isolated world is shared by its scripts in this frame (pages cannot see it): one listener per tab.
const world = globalThis as { provenanceSnapshot?: true };
if (!world.provenanceSnapshot) {
  world.provenanceSnapshot = true;
  answerBackground((message) => {
    if (!isRequestSnapshot(message)) return undefined;
    if (message.part === undefined) return wholePage() ?? null;
    const part = held && held.id === message.id ? held.parts[message.part] : undefined;
    if (held && message.part >= held.parts.length - 1) held = null;
    return part === undefined ? null : { html: part };
  });
}
