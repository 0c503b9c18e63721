/**
 * What the content script sends: the page's serialised DOM (or the text of a text/plain document), capped and
 * trimmed of what the engine never reads (serializePage.ts). Kept in its own file, free of extension APIs, so tests
 * can call it on any Document. `capturePage` is the gate alone; the content script serialises in idle slices.
 */
import { MAX_SNAPSHOT_CHARS } from '../limits.ts';
import type { Snapshot } from '../messages.ts';
import { serializePage } from './serializePage.ts';
import { isWebUrl, plainTextOf, worthSendingFromTab } from './snapshotGate.ts';

export interface SnapshotOptions {
  /** Skip the "is it an article?" gate: the user asked for a check. */
  force?: boolean;
}

/** A page worth sending: the text of a text/plain document, or the root of an HTML one (not yet serialised). */
export type Capture =
  | { url: string; contentType: 'text/plain'; text: string }
  | { url: string; contentType: 'text/html'; root: Element };

export function capturePage(doc: Document, options: SnapshotOptions = {}): Capture | null {
  const url = doc.URL;
  if (!isWebUrl(url)) return null;
  const contentType = (doc.contentType || 'text/html').toLowerCase();
  if (!options.force && !worthSendingFromTab(doc)) return null;
  if (contentType === 'text/plain') return { url, contentType, text: plainTextOf(doc).slice(0, MAX_SNAPSHOT_CHARS) };
  if (contentType !== 'text/html' && contentType !== 'application/xhtml+xml') return null;
  const root = doc.documentElement;
  return root ? { url, contentType: 'text/html', root } : null;
}

/** The whole snapshot in one go (the background asked for it: a recheck, a check on click). */
export function snapshotPage(doc: Document, options: SnapshotOptions = {}): Snapshot | null {
  const capture = capturePage(doc, options);
  if (!capture) return null;
  if (capture.contentType === 'text/plain')
    return { url: capture.url, html: capture.text, contentType: capture.contentType };
  const serializer = serializePage(capture.root, { maxChars: MAX_SNAPSHOT_CHARS });
  serializer.step(Number.POSITIVE_INFINITY);
  return { url: capture.url, html: serializer.take(), contentType: 'text/html' };
}
