/**
 * The check on the background's own thread, for when no check worker can be started (the API refused, the worker
 * file failed to load). Loaded by dynamic import only then, so the background's bundle carries no engine, no
 * parser and no publisher tables: the background starts in a fraction of the time, and its first message is read
 * sooner. Chromium's service worker cannot import() at all (the HTML spec forbids it there); it always has an
 * offscreen document, and if even that fails the check fails with the error. Firefox's event page can import().
 */
import { parseHtmlLinkedom } from '../../adapters/parseHtmlLinkedom.ts';
import { checkHtml, checkUrl } from '../../core/check.ts';
import { ALL_PUBLISHERS } from '../../core/data/publishers/allPublishers.ts';
import { makePublisherDirectory, type DirectoryEntry } from '../../core/match/publisherDirectory.ts';
import type { Ports, PublisherDirectory } from '../../core/ports.ts';
import type { CheckResult } from '../../core/report.ts';
import type { CheckInput } from './checkMessages.ts';
import type { HostPorts } from './offThreadChecks.ts';

/**
 * A turn of the background's event loop between the stages of a check, so that other tabs' checks, their messages
 * and the popup are served while a heavy page is checked (scheduler.yield where the browser has it).
 */
function yieldToHost(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Core's ports on this thread: the background's fetcher and memory, linkedom, the publisher tables, WebCrypto. */
function inThreadPorts(host: HostPorts, knownSites: readonly DirectoryEntry[]): Ports {
  // Built on first use (100–300 ms for a thousand publishers on a 2-core machine), only by a check that asks.
  let built: PublisherDirectory | null = null;
  const directory: PublisherDirectory = {
    lookup: (nameOrHost) => {
      built ??= makePublisherDirectory([...ALL_PUBLISHERS.map((p) => ({ ...p })), ...knownSites]);
      return built.lookup(nameOrHost);
    },
  };
  return {
    fetch: host.fetch,
    parseHtml: parseHtmlLinkedom,
    directory,
    clock: { now: () => Date.now() },
    ...(host.memory ? { memory: host.memory } : {}),
    sha256,
    yieldToHost,
  };
}

export function checkInThread(
  input: CheckInput,
  host: HostPorts,
  knownSites: readonly DirectoryEntry[],
  signal: AbortSignal | undefined,
): Promise<CheckResult> {
  const ports = inThreadPorts(host, knownSites);
  return input.kind === 'html'
    ? checkHtml(input.html, input.url, ports, { signal, contentType: input.contentType })
    : checkUrl(input.url, ports, { signal });
}
