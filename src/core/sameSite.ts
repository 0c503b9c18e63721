import { getDomain, getHostname } from 'tldts';
import { SHARED_HOSTS } from './data/sharedHosts.ts';

/**
 * The registrable domain of a URL ("www.bbc.com" → "bbc.com", "sport.aktualne.cz" → "aktualne.cz"); the host
 * itself for IP addresses and hosts tldts does not know. Two pages of one site are never copies of each other.
 */
export function siteOf(url: string): string | null {
  const host = getHostname(url);
  if (!host) return null;
  const domain = getDomain(host, { allowPrivateDomains: true }) ?? host.toLowerCase();
  if (!SHARED_HOSTS.includes(domain) || host === domain) return domain;
  // On a shared platform the site is the subdomain right below it ("a.tumblr.com" for "www.a.tumblr.com").
  const labels = host.toLowerCase().slice(0, -domain.length - 1).split('.');
  return `${labels[labels.length - 1]}.${domain}`;
}

export function sameSite(a: string, b: string): boolean {
  const sa = siteOf(a);
  return sa !== null && sa === siteOf(b);
}
