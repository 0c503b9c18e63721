/**
 * The site of a host: its registrable domain ("www.bbc.co.uk" → "bbc.co.uk"), where a blog on a shared platform is
 * its own site ("x.tumblr.com", "x.wordpress.com", "x.blogspot.com"). This is the ONE notion of "same site" in the
 * engine: the page reader, every detector and the candidate search compare sites with it, so a copy on one
 * wordpress.com blog that names another wordpress.com blog is not mistaken for a page naming itself.
 */
import { getDomain } from 'tldts';
import { SHARED_HOSTS } from '../data/sharedHosts.ts';
import { hostOf } from './hostOf.ts';

export function siteOf(host: string | null): string | null {
  if (!host) return null;
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const shared of SHARED_HOSTS) {
    if (h.endsWith(`.${shared}`)) {
      const label = h
        .slice(0, -shared.length - 1)
        .split('.')
        .pop();
      return label && label !== 'www' ? `${label}.${shared}` : shared;
    }
  }
  // Private suffixes (blogspot.com, github.io, cloudfront.net) make each customer its own site.
  return getDomain(h, { allowPrivateDomains: true }) ?? h;
}

/** The site of an absolute URL, or null when it is no URL. */
export function siteOfUrl(url: string): string | null {
  return siteOf(hostOf(url));
}

/** Two URLs on one site: never a copy and its original. */
export function sameSite(a: string, b: string): boolean {
  const sa = siteOfUrl(a);
  return sa !== null && sa === siteOfUrl(b);
}
