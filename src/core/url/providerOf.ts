import { getDomain } from 'tldts';

/** The ICANN registrable domain, ignoring private suffixes: the provider behind "d262….cloudfront.net". */
export function providerOf(host: string | null): string | null {
  if (!host) return null;
  return getDomain(host.toLowerCase(), { allowPrivateDomains: false }) ?? host.toLowerCase();
}
