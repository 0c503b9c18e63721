import { hostOf, siteOf as siteOfHost } from './page/sites.ts';

/**
 * The site of a URL: its registrable domain ("www.bbc.com" → "bbc.com"), a blog on a shared platform being its own
 * site ("x.tumblr.com"). Two pages of one site are never copies of each other.
 */
export function siteOf(url: string): string | null {
  return siteOfHost(hostOf(url));
}

export function sameSite(a: string, b: string): boolean {
  const sa = siteOf(a);
  return sa !== null && sa === siteOf(b);
}
