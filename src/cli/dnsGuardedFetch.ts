import { lookup as dnsLookup } from 'node:dns/promises';
import { nonPublicHostReason } from '../core/net/urlPolicy.ts';
import { FetchError } from '../core/ports.ts';

type Lookup = (host: string) => Promise<{ address: string; family: number }[]>;

const defaultLookup: Lookup = (host) => dnsLookup(host, { all: true, verbatim: true });

/**
 * Wraps fetch so that a public-looking host name whose DNS answer is private (a rebinding trick, or an internal
 * name in public DNS) is refused before connecting. The URL policy only sees names; this sees addresses. The connect
 * resolves again, so a resolver that changes its answer within milliseconds can still slip through: this narrows
 * the window, it does not close it.
 */
export function dnsGuardedFetch(fetchImpl: typeof fetch, lookup: Lookup = defaultLookup): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const host = url.hostname;
    if (!host.startsWith('[') && !/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) {
      let addresses: { address: string; family: number }[];
      try {
        addresses = await lookup(host);
      } catch (e) {
        throw new FetchError('network', `cannot resolve ${host}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, url.href);
      }
      for (const { address, family } of addresses) {
        const why = nonPublicHostReason(family === 6 ? `[${address}]` : address);
        if (why) throw new FetchError('blocked-address', `${host} resolves to ${address}, not a public address (${why})`, url.href);
      }
    }
    return fetchImpl(input, init);
  }) as typeof fetch;
}
