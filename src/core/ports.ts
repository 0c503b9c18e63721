/**
 * Everything core asks of its host. Core performs no I/O and touches no global: the content script, the background,
 * the CLI and the tests each hand it these.
 */

export interface FetchResponse {
  /** Final URL after redirects. */
  url: string;
  status: number;
  /** Lower-cased media type without parameters, e.g. "text/html". */
  contentType: string;
  text: string;
}

export type FetchErrorCode =
  | 'timeout'
  | 'too-large'
  | 'blocked-address'
  | 'bad-url'
  | 'too-many-redirects'
  | 'http'
  | 'network'
  | 'unsupported-type';

export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly url: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export interface FetchOptions {
  /** Abort from the caller (tab closed, check superseded). */
  signal?: AbortSignal;
}

/** Fetches a public http(s) page safely (no cookies, timeout, size cap, redirect limit, no private addresses). Throws FetchError. */
export type Fetcher = (url: string, options?: FetchOptions) => Promise<FetchResponse>;

/** Parses fetched HTML into a Document (linkedom in the service worker and Node, DOMParser where it exists). */
export type HtmlParser = (html: string, url: string) => Document;

export interface Clock {
  now(): number;
}

/** A page read earlier, remembered by its fingerprint (the corpus's `history`, the extension's local memory). */
export interface MemoryEntry {
  url: string;
  title: string | null;
  visitedAt: number;
  /** MinHash sketch of the article text (see text/sketch); [] in what an indexed memory recalls (it keeps b-bit values). */
  sketch: number[];
  /** The publisher the page names itself as, when known. */
  publisher?: string | null;
  /** Publication time the page declared (ms since 1970), when it did: evidence of which of two equal texts came first. */
  publishedAt?: number | null;
}

export interface Memory {
  remember(entry: MemoryEntry): Promise<void>;
  /** Entries whose sketch resembles this one, most similar first. */
  recall(sketch: number[], limit: number): Promise<MemoryEntry[]>;
}

/** Where a publisher named by a page ("Theo Báo An Giang", "Source: Le Monde") or an image host has its site. */
export interface PublisherDirectory {
  /** Site origins ("https://baoangiang.com.vn") for a publisher name or a host name, best first. */
  lookup(nameOrHost: string): Promise<string[]>;
}

export interface Ports {
  fetch: Fetcher;
  directory?: PublisherDirectory;
  parseHtml: HtmlParser;
  clock: Clock;
  memory?: Memory;
  /**
   * Gives the host's event loop a turn between the stages of a check (see checkpoint.ts): the service worker yields
   * so that other tabs and the popup are not held up; hosts that check in a thread of their own leave it out.
   */
  yieldToHost?: () => Promise<void>;
  /** SHA-256 hex of a string (crypto.subtle in both hosts). */
  sha256?: (text: string) => Promise<string>;
}
