/**
 * What core gets in the service worker: the safe fetcher (no cookies, deadline, size cap, redirects followed hop by
 * hop and each hop policed, no private addresses except in the e2e test build) over the extension's policed fetch
 * (src/extension/net/extensionFetch.ts, passed in by the background; the global fetch where there is no extension), linkedom as the HTML parser (a service worker has no
 * DOMParser), a directory of over a thousand publishers and agencies, the clock, the local memory and SHA-256 from WebCrypto.
 */
import { parseHtmlLinkedom } from '../../adapters/parseHtmlLinkedom.ts';
import { ALL_PUBLISHERS } from '../../core/data/publishers/allPublishers.ts';
import { makePublisherDirectory, type DirectoryEntry } from '../../core/match/publisherDirectory.ts';
import { makeSafeFetcher } from '../../core/net/makeSafeFetcher.ts';
import type { Memory, Ports, PublisherDirectory } from '../../core/ports.ts';
import type { Settings } from '../storage/settings.ts';
import { TEST_BUILD } from '../testBuild.ts';

const FETCH_TIMEOUT_MS = 15_000;
const FETCH_MAX_BYTES = 5_000_000;
const FETCH_MAX_REDIRECTS = 5;

/**
 * A turn of the service worker's event loop between the stages of a check, so that other tabs' checks, their
 * messages and the popup are served while a heavy page is checked (scheduler.yield where the browser has it).
 */
function yieldToHost(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * `knownSites`: publishers the user has read (storage/knownSites.ts). With the table of well-known publishers they
 * let a copy that names its source without a link ("Theo Báo An Giang", "Source: Le Monde") be traced to a site.
 */
export function backgroundPorts(
  settings: Settings,
  memory: Memory | undefined,
  knownSites: readonly DirectoryEntry[] = [],
  fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis),
): Ports {
  // Built on first use (100–300 ms for a thousand publishers on a 2-core machine): a check that runs in a check
  // worker builds its own there, and this thread should not be held for one it never reads.
  let built: PublisherDirectory | null = null;
  const directory: PublisherDirectory = {
    lookup: (nameOrHost) => {
      built ??= makePublisherDirectory([...ALL_PUBLISHERS.map((p) => ({ ...p })), ...knownSites]);
      return built.lookup(nameOrHost);
    },
  };
  return {
    fetch: makeSafeFetcher(fetchImpl, {
      timeoutMs: FETCH_TIMEOUT_MS,
      maxBytes: FETCH_MAX_BYTES,
      maxRedirects: FETCH_MAX_REDIRECTS,
      // Only the e2e harness's build reaches its loopback test web; no setting or message can change this.
      allowPrivate: TEST_BUILD,
      // Every hop through the URL policy and the redirect limit: the extension's fetch makes the Location readable.
      redirect: 'manual',
    }),
    parseHtml: parseHtmlLinkedom,
    directory,
    clock: { now: () => Date.now() },
    memory: settings.memorySize > 0 ? memory : undefined,
    sha256,
    yieldToHost,
  };
}
