/**
 * Core's ports in Node: the safe fetcher over Node's fetch (or an offline web), linkedom, a clock, RAM memory, SHA-256
 * and the publisher directory.
 */
import { createHash } from 'node:crypto';
import { ALL_PUBLISHERS } from '../core/data/publishers/allPublishers.ts';
import { makePublisherDirectory } from '../core/match/publisherDirectory.ts';
import { makeSafeFetcher } from '../core/net/makeSafeFetcher.ts';
import type { Fetcher, Ports, PublisherDirectory } from '../core/ports.ts';
import { pinnedFetch } from './pinnedFetch.ts';
import { makeInMemoryMemory } from './inMemoryMemory.ts';
import { parseHtmlLinkedom } from '../adapters/parseHtmlLinkedom.ts';

export interface NodePortsOptions {
  /** Serve fetches from here instead of the network (an offline web). */
  fetch?: Fetcher;
  allowPrivate?: boolean;
  /** Where publisher names lead; by default the tables of publishers and agencies that the extension knows too. */
  directory?: PublisherDirectory;
}

let knownPublishers: PublisherDirectory | undefined;
/** Built once per process: a thousand sites and more, the same for every check. */
const publisherTables = (): PublisherDirectory =>
  (knownPublishers ??= makePublisherDirectory(ALL_PUBLISHERS.map((p) => ({ ...p }))));

export const NETWORK_POLICY = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  redirect: 'manual',
} as const;
const USER_AGENT = 'Provenance/0.1 (republication checker)';

export function networkFetcher(allowPrivate = false): Fetcher {
  // Every hop goes through fetchImpl, so the DNS guard sees every redirect target too.
  return makeSafeFetcher(allowPrivate ? fetch : pinnedFetch(), {
    ...NETWORK_POLICY,
    allowPrivate,
    headers: { 'user-agent': USER_AGENT },
  });
}

export const sha256 = async (text: string): Promise<string> => createHash('sha256').update(text, 'utf8').digest('hex');

/** Fresh ports for one check: a new memory each time, so checks never see each other's history. */
export function makeNodePorts(options: NodePortsOptions = {}): Ports {
  return {
    fetch: options.fetch ?? networkFetcher(options.allowPrivate),
    parseHtml: parseHtmlLinkedom,
    clock: { now: () => Date.now() },
    memory: makeInMemoryMemory(),
    sha256,
    directory: options.directory ?? publisherTables(),
  };
}
