/**
 * The `fetch` the extension hands to core's safe fetcher, so that every request, redirect hops included, is policed
 * where the browser lets an extension police it:
 * - redirects are never followed by the browser (`redirect: 'manual'`); the opaque answer is turned back into a
 *   redirect response whose Location webRequest showed (redirectLocations.ts), so core follows it hop by hop, checks
 *   each hop's URL with the URL policy and stops after its redirect limit;
 * - Chromium (142+): `targetAddressSpace: 'public'` makes the browser refuse, at connection time, a request whose
 *   connected address is not public (Local Network Access; measured on 156 for loopback, first request and redirect
 *   hops alike): the TCP connection is opened, but no HTTP request reaches such a server. Without the option an
 *   extension's fetch is not subject to Local Network Access at all;
 * - Firefox: what the host resolves to is checked before each request (`checkAddress`, resolvedAddressCheck.ts).
 */
import { FetchError } from '../../core/ports.ts';
import type { RedirectLocations } from './redirectLocations.ts';

export interface PolicedFetchDeps {
  fetch: typeof fetch;
  redirects: RedirectLocations;
  /** Why the URL's host may not be reached given what it resolves to, or null (Firefox's dns.resolve). */
  checkAddress?: (url: URL) => Promise<string | null>;
  /** Whether to ask for a public target address (the browser accepts the option, see supportsTargetAddressSpace). */
  targetAddressSpace: boolean;
}

/** How long to wait for the webRequest event after the fetch answered: it is sent at the same time, so rarely long. */
const REDIRECT_EVENT_WAIT_MS = 2_000;
const ERROR_EVENT_WAIT_MS = 300;

export function policedFetch(deps: PolicedFetchDeps): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    if (deps.checkAddress) {
      const why = await deps.checkAddress(new URL(url)).catch((e: unknown) => `no address for it (${String(e)})`);
      if (why) throw new FetchError('blocked-address', why, url);
    }
    const watch = deps.redirects.expect(url);
    let res: Response;
    try {
      res = await deps.fetch(url, {
        ...init,
        redirect: 'manual',
        ...(deps.targetAddressSpace ? { targetAddressSpace: 'public' } : {}),
      } as RequestInit);
    } catch (e) {
      if (init?.signal?.aborted) {
        watch.cancel();
        throw e;
      }
      // A rejected fetch says only "Failed to fetch"; the network error webRequest saw says more.
      const outcome = await watch.settle(ERROR_EVENT_WAIT_MS);
      const netError = outcome && 'error' in outcome ? outcome.error : null;
      if (!netError) throw e;
      throw new FetchError('network', `request failed: ${netError}${refusalHint(netError, deps)}`, url);
    }
    if (res.type !== 'opaqueredirect') {
      watch.cancel();
      return res;
    }
    const outcome = await watch.settle(REDIRECT_EVENT_WAIT_MS);
    if (!outcome || !('location' in outcome))
      throw new FetchError('network', 'a redirect whose target the browser did not show', url);
    return new Response(null, { status: outcome.status, headers: { location: outcome.location } });
  }) as typeof fetch;
}

/** Chromium reports a Local Network Access refusal as the generic net::ERR_FAILED (measured on 156). */
function refusalHint(netError: string, deps: PolicedFetchDeps): string {
  return deps.targetAddressSpace && netError === 'net::ERR_FAILED'
    ? ' (refused by the browser: the address is probably not public)'
    : '';
}

/**
 * Whether this browser takes `targetAddressSpace: 'public'`. Browsers that do not know the option ignore it (no
 * protection, no harm); one that knew an older list of values would throw, and then the option is left out.
 */
export function supportsTargetAddressSpace(RequestCtor: typeof Request = Request): boolean {
  try {
    new RequestCtor('https://a.example/', { targetAddressSpace: 'public' } as RequestInit);
    return true;
  } catch {
    return false;
  }
}
