/**
 * What the content script sends: the page's serialised DOM (or the text of a text/plain document), capped and
 * trimmed of what the engine never reads (serializePage.ts). Kept in its own file, free of extension APIs, so tests
 * can call it on any Document. `capturePage` is the gate alone; the content script serialises in idle slices.
 */
import { MAX_SNAPSHOT_CHARS, MAX_URL_CHARS } from '../limits.ts';
import type { Snapshot } from '../messages.ts';
import { looksLikeArticle } from './looksLikeArticle.ts';
import { serializePage } from './serializePage.ts';

/** A plain-text capture shorter than this is a robots.txt or an error message, not an article. */
const MIN_PLAIN_TEXT_CHARS = 400;

export interface SnapshotOptions {
  /** Skip the "is it an article?" gate: the user asked for a check. */
  force?: boolean;
}

/**
 * An http(s) URL that is not a site's front page (which lists articles; it is not one): a host, then a path other
 * than "/" or a query. String scans, no regular expression: this runs on every page, where compiling one costs more.
 */
export function isArticleUrl(url: string): boolean {
  if (url.length > MAX_URL_CHARS) return false;
  const scheme = url.slice(0, 8).toLowerCase();
  const host = scheme === 'https://' ? 8 : scheme.startsWith('http://') ? 7 : -1;
  if (host < 0) return false;
  let end = host;
  while (end < url.length && url[end] !== '/' && url[end] !== '?' && url[end] !== '#') end++;
  if (end === host) return false;
  const rest = url[end] === '/' ? url.slice(end + 1) : url.slice(end);
  return rest !== '' && rest[0] !== '#';
}

/** A page worth sending: the text of a text/plain document, or the root of an HTML one (not yet serialised). */
export type Capture =
  | { url: string; contentType: 'text/plain'; text: string }
  | { url: string; contentType: 'text/html'; root: Element };

export function capturePage(doc: Document, options: SnapshotOptions = {}): Capture | null {
  const url = doc.URL;
  if (url.length > MAX_URL_CHARS || !/^https?:/i.test(url)) return null;
  const contentType = (doc.contentType || 'text/html').toLowerCase();

  if (contentType === 'text/plain') {
    const text = doc.body?.textContent ?? doc.documentElement?.textContent ?? '';
    if (!options.force && text.trim().length < MIN_PLAIN_TEXT_CHARS) return null;
    return { url, contentType, text: text.slice(0, MAX_SNAPSHOT_CHARS) };
  }
  if (contentType !== 'text/html' && contentType !== 'application/xhtml+xml') return null;
  if (!options.force && (!isArticleUrl(url) || !looksLikeArticle(doc))) return null;
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
