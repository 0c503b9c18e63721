/**
 * What core gets in the service worker: the safe fetcher over the global fetch (no cookies, deadline, size cap, no
 * private addresses unless the test-only setting says so), linkedom as the HTML parser (a service worker has no
 * DOMParser), a directory of well-known publishers, the clock, the local memory and SHA-256 from WebCrypto.
 */
import { parseHtmlLinkedom } from '../../adapters/parseHtmlLinkedom.ts';
import { PUBLISHERS } from '../../core/data/publishers.ts';
import { makePublisherDirectory } from '../../core/match/publisherDirectory.ts';
import { makeSafeFetcher } from '../../core/net/makeSafeFetcher.ts';
import type { Memory, Ports } from '../../core/ports.ts';
import type { Settings } from '../storage/settings.ts';

const FETCH_TIMEOUT_MS = 15_000;
const FETCH_MAX_BYTES = 5_000_000;
const FETCH_MAX_REDIRECTS = 5;

/** Publishers a copy may name without a link ("Theo VnExpress", "Source: The Guardian"), and their image hosts. */
const directory = makePublisherDirectory(PUBLISHERS.map((p) => ({ ...p })));

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function backgroundPorts(settings: Settings, memory: Memory | undefined): Ports {
  return {
    fetch: makeSafeFetcher(globalThis.fetch.bind(globalThis), {
      timeoutMs: FETCH_TIMEOUT_MS,
      maxBytes: FETCH_MAX_BYTES,
      maxRedirects: FETCH_MAX_REDIRECTS,
      allowPrivate: settings.allowPrivateAddresses,
      // An extension cannot read a manual redirect's Location: the browser follows, the fetcher checks the final URL.
      redirect: 'follow',
    }),
    parseHtml: parseHtmlLinkedom,
    directory,
    clock: { now: () => Date.now() },
    memory: settings.memorySize > 0 ? memory : undefined,
    sha256,
  };
}
