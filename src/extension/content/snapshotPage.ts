/**
 * What the content script sends: the page's serialised DOM (or the text of a text/plain document), capped. Kept in
 * its own file, free of extension APIs, so tests and the page-cost benchmark can call it on any Document.
 */
import { MAX_SNAPSHOT_CHARS, MAX_URL_CHARS } from '../limits.ts';
import type { Snapshot } from '../messages.ts';
import { looksLikeArticle } from './looksLikeArticle.ts';

/** A plain-text capture shorter than this is a robots.txt or an error message, not an article. */
const MIN_PLAIN_TEXT_CHARS = 400;

export interface SnapshotOptions {
  /** Skip the "is it an article?" gate: the user asked for a check. */
  force?: boolean;
}

function isArticlePath(url: URL): boolean {
  // A site's front page lists articles; it is not one.
  return url.pathname !== '/' || url.search !== '';
}

export function snapshotPage(doc: Document, options: SnapshotOptions = {}): Snapshot | null {
  const url = doc.URL;
  if (url.length > MAX_URL_CHARS || !/^https?:/i.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const contentType = (doc.contentType || 'text/html').toLowerCase();

  if (contentType === 'text/plain') {
    const text = doc.body?.textContent ?? doc.documentElement?.textContent ?? '';
    if (!options.force && text.trim().length < MIN_PLAIN_TEXT_CHARS) return null;
    return { url, html: text.slice(0, MAX_SNAPSHOT_CHARS), contentType };
  }
  if (contentType !== 'text/html' && contentType !== 'application/xhtml+xml') return null;
  if (!options.force && (!isArticlePath(parsed) || !looksLikeArticle(doc))) return null;

  const root = doc.documentElement;
  if (!root) return null;
  return { url, html: root.outerHTML.slice(0, MAX_SNAPSHOT_CHARS), contentType: 'text/html' };
}
