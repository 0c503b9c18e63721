/**
 * Whether a page is worth telling the background about, decided in the tab without serialising anything: shared by
 * the always-on content script (index.ts) and the injected snapshot (snapshotPage.ts, unless the reader asked).
 * String scans, no regular expression: this runs on every page, where compiling one costs more.
 */
import { MAX_URL_CHARS } from '../limits.ts';
import { looksLikeArticle } from './looksLikeArticle.ts';

/** A plain-text document shorter than this is a robots.txt or an error message, not an article. */
export const MIN_PLAIN_TEXT_CHARS = 400;

/** An http(s) URL that is not too long. */
export function isWebUrl(url: string): boolean {
  if (url.length > MAX_URL_CHARS) return false;
  const scheme = url.slice(0, 8).toLowerCase();
  return scheme === 'https://' || scheme.startsWith('http://');
}

/**
 * An http(s) URL that is not a site's front page (which lists articles; it is not one): a host, then a path other
 * than "/" or a query.
 */
export function isArticleUrl(url: string): boolean {
  if (!isWebUrl(url)) return false;
  const host = url[4] === 's' || url[4] === 'S' ? 8 : 7;
  let end = host;
  while (end < url.length && url[end] !== '/' && url[end] !== '?' && url[end] !== '#') end++;
  if (end === host) return false;
  const rest = url[end] === '/' ? url.slice(end + 1) : url.slice(end);
  return rest !== '' && rest[0] !== '#';
}

/** The text of a text/plain document (what the tab sends of it). */
export function plainTextOf(doc: Document): string {
  return doc.body?.textContent ?? doc.documentElement?.textContent ?? '';
}

/**
 * A page whose copy only the tab has and that may be an article: a text/plain document of some length, or an HTML
 * page at an article URL that looks like one (a single-page site's new URL).
 */
export function worthSendingFromTab(doc: Document): boolean {
  if (!isWebUrl(doc.URL)) return false;
  const contentType = (doc.contentType || 'text/html').toLowerCase();
  if (contentType === 'text/plain') return plainTextOf(doc).trim().length >= MIN_PLAIN_TEXT_CHARS;
  if (contentType !== 'text/html' && contentType !== 'application/xhtml+xml') return false;
  return isArticleUrl(doc.URL) && looksLikeArticle(doc);
}
