import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { Agent, fetch as undiciFetch } from 'undici';
import { nonPublicHostReason } from '../core/net/urlPolicy.ts';
import { FetchError } from '../core/ports.ts';

/** Node's callback-style resolver, as the connection asks it (all addresses, in the resolver's order). */
export type Resolve = (
  host: string,
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

const defaultResolve: Resolve = (host, callback) => dnsLookup(host, { all: true, verbatim: true }, callback);

/** Why an address may not be connected to, or null: the URL policy's rule for literal addresses. */
const nonPublic = ({ address, family }: LookupAddress): string | null =>
  nonPublicHostReason(family === 6 ? `[${address}]` : address);

class BlockedAddress extends Error {
  readonly code = 'EBLOCKEDADDRESS';
}

/**
 * The connection's own name lookup, checked: the addresses the socket will connect to are the ones checked, so no
 * second lookup (a DNS rebinding answer between a check and the connect) can slip a private address in. Every hop of
 * a redirect opens its connection through here too.
 */
export function guardedLookup(
  resolve: Resolve = defaultResolve,
  isBlocked: (a: LookupAddress) => string | null = nonPublic,
) {
  return (
    host: string,
    options: { all?: boolean },
    callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    resolve(host, (error, addresses) => {
      if (error) return callback(error, []);
      for (const a of addresses) {
        const why = isBlocked(a);
        if (why)
          return callback(new BlockedAddress(`${host} resolves to ${a.address}, not a public address (${why})`), []);
      }
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error(`${host} has no address`), { code: 'ENOTFOUND' }), []);
      if (options.all) return callback(null, addresses);
      return callback(null, first.address, first.family);
    });
  };
}

/**
 * A fetch whose connections may only reach public addresses, checked in the connection's own lookup (an undici
 * Agent's `connect.lookup`). IP literals never reach a lookup: the URL policy refuses private ones before any fetch.
 */
export function pinnedFetch(resolve?: Resolve, isBlocked?: (a: LookupAddress) => string | null): typeof fetch {
  const dispatcher = new Agent({ connect: { lookup: guardedLookup(resolve, isBlocked) } });
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    try {
      return await undiciFetch(url, { ...(init as object), dispatcher } as Parameters<typeof undiciFetch>[1]);
    } catch (e) {
      const blocked = findCause(e, (c) => c instanceof BlockedAddress);
      if (blocked) throw new FetchError('blocked-address', (blocked as Error).message, url);
      throw e;
    }
  }) as unknown as typeof fetch;
}

function findCause(e: unknown, match: (c: object) => boolean): object | null {
  for (
    let c: unknown = e, depth = 0;
    c && typeof c === 'object' && depth < 8;
    c = (c as { cause?: unknown }).cause, depth++
  )
    if (match(c)) return c;
  return null;
}
