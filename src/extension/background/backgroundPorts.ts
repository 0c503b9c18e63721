/**
 * What the background serves a check with, wherever the check runs (a check worker, or this thread as a fallback,
 * offthread/checkInThread.ts): the safe fetcher (no cookies, deadline, size cap, redirects followed hop by hop and
 * each hop policed, no private addresses except in the e2e test build) over the extension's policed fetch
 * (src/extension/net/extensionFetch.ts, passed in by the background; the global fetch where there is no extension),
 * and the local memory. The parser, the publisher tables and the engine live where the check runs.
 */
import { makeSafeFetcher } from '../../core/net/makeSafeFetcher.ts';
import type { Fetcher, Memory } from '../../core/ports.ts';
import type { HostPorts } from '../offthread/offThreadChecks.ts';
import type { Settings } from '../storage/settings.ts';
import { TEST_BUILD } from '../testBuild.ts';

const FETCH_TIMEOUT_MS = 15_000;
const FETCH_MAX_BYTES = 5_000_000;
const FETCH_MAX_REDIRECTS = 5;

/** The one safe fetcher of the background: originals, feeds, and a page the reader opened (router.ts, page-seen). */
export function safeFetcher(fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis)): Fetcher {
  return makeSafeFetcher(fetchImpl, {
    timeoutMs: FETCH_TIMEOUT_MS,
    maxBytes: FETCH_MAX_BYTES,
    maxRedirects: FETCH_MAX_REDIRECTS,
    // Only the e2e harness's build reaches its loopback test web; no setting or message can change this.
    allowPrivate: TEST_BUILD,
    // Every hop through the URL policy and the redirect limit: the extension's fetch makes the Location readable.
    redirect: 'manual',
  });
}

export function backgroundPorts(
  settings: Settings,
  memory: Memory | undefined,
  fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis),
): HostPorts {
  return {
    fetch: safeFetcher(fetchImpl),
    ...(settings.memorySize > 0 && memory ? { memory } : {}),
  };
}
