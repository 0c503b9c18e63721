/**
 * Sends a captured page to the background without a long task: the HTML is serialised in idle slices (each at most
 * SLICE_MS, less when the browser says the idle period is shorter), and a result longer than one message part goes
 * as several `page-snapshot-part` messages, one per idle slot, so no single structured clone carries megabytes.
 * A page that fits in one part (most articles) still sends one plain `page-snapshot`, exactly as before.
 */
import { MAX_SNAPSHOT_CHARS, SNAPSHOT_PART_CHARS } from '../limits.ts';
import type { Snapshot, SnapshotPart } from '../messages.ts';
import { serializePage } from './serializePage.ts';
import type { Capture } from './snapshotPage.ts';

/** Longest stretch of serialising in one task: well under a frame, so the page keeps scrolling smoothly. */
export const SLICE_MS = 6;

export interface IdleDeadlineLike {
  timeRemaining(): number;
}

export interface SliceDeps {
  /** Runs `task` in the next idle period (requestIdleCallback, with a timeout so a busy page still gets it). */
  idle(task: (deadline: IdleDeadlineLike) => void): void;
  send(message: ({ type: 'page-snapshot' } & Snapshot) | ({ type: 'page-snapshot-part' } & SnapshotPart)): void;
  /** False once a newer capture (a single-page site's navigation) supersedes this one. */
  current(): boolean;
  now?: () => number;
  partChars?: number;
}

const partId = (): string => Math.random().toString(36).slice(2, 12) || 'p';

/** Starts at once in the caller's idle period (`deadline`), then goes on in later ones. */
export function sendInSlices(capture: Capture, deps: SliceDeps, deadline: IdleDeadlineLike): void {
  const partChars = deps.partChars ?? SNAPSHOT_PART_CHARS;
  const { url, contentType } = capture;
  const serializer =
    capture.contentType === 'text/html'
      ? serializePage(capture.root, { maxChars: MAX_SNAPSHOT_CHARS, ...(deps.now ? { now: deps.now } : {}) })
      : null;
  let buffer = capture.contentType === 'text/plain' ? capture.text : '';
  let done = serializer === null;
  let index = 0;
  const id = partId();

  const slice = (deadline: IdleDeadlineLike): void => {
    if (!deps.current()) return;
    if (buffer.length > partChars) {
      // A full part is ready: this slot sends it, the next one goes on serialising.
      deps.send({
        type: 'page-snapshot-part',
        url,
        contentType,
        id,
        index: index++,
        last: false,
        html: buffer.slice(0, partChars),
      });
      buffer = buffer.slice(partChars);
    } else if (!done) {
      done = serializer!.step(Math.max(1, Math.min(SLICE_MS, deadline.timeRemaining() - 1)));
      buffer += serializer!.take();
    }
    if (done && buffer.length <= partChars) {
      if (index === 0) deps.send({ type: 'page-snapshot', url, html: buffer, contentType });
      else deps.send({ type: 'page-snapshot-part', url, contentType, id, index, last: true, html: buffer });
      return;
    }
    deps.idle(slice);
  };
  slice(deadline);
}
