import { safeHref } from './safeHref.ts';

/** The Wayback Machine's list of captures of a URL. A link only: nothing is fetched. */
export function archiveUrl(url: string | null | undefined): string | null {
  const href = safeHref(url);
  return href ? `https://web.archive.org/web/*/${href}` : null;
}

/** A web search for an exact phrase (quoted), to look for the original by hand. */
export function searchUrl(phrase: string | null | undefined): string | null {
  const clean = phrase?.replace(/["\s]+/g, ' ').trim();
  if (!clean) return null;
  return `https://duckduckgo.com/?q=${encodeURIComponent(`"${clean}"`)}`;
}
