/**
 * What the background and a check worker say to each other: plain data only (strings, numbers, the report). The
 * worker runs the CPU stages of a check (parse, scan, extract, compare) off the background's thread; everything that
 * crosses the trust boundary stays in the background: the worker asks it for each page to fetch (the URL policy and
 * the safe fetcher are applied there) and for the local memory, and gets back text.
 */
import { FetchError, type FetchErrorCode, type MemoryEntry } from '../../core/ports.ts';
import { TooComplexError } from '../../core/page/pageComplexity.ts';
import type { CheckResult } from '../../core/report.ts';
import type { DirectoryEntry } from '../../core/match/publisherDirectory.ts';

/** The page to check: a snapshot in hand (the content script's) or a URL to fetch (the list check). */
export type CheckInput =
  | { kind: 'html'; html: string; url: string; contentType: string }
  | { kind: 'url'; url: string };

export interface CheckTask {
  input: CheckInput;
  /** Publishers the reader has read (storage/knownSites.ts), added to the worker's publisher directory. */
  knownSites: DirectoryEntry[];
  /** Whether the check may recall and remember pages (the memory setting). */
  memory: boolean;
}

/** Background → worker. */
export type ToWorker =
  | { type: 'check'; task: CheckTask }
  /**
   * Check the built-in warm-up page now (a check is coming soon), then compile the language packs of the reader's
   * `languages` (BCP 47 tags); a check arriving meanwhile stops it.
   */
  | { type: 'warm-up'; languages?: string[] }
  | { type: 'reply'; call: number; ok: true; value: unknown }
  | { type: 'reply'; call: number; ok: false; error: WireError };

/** Worker → background. */
export type FromWorker =
  | { type: 'fetch'; call: number; url: string }
  | { type: 'recall'; call: number; sketch: number[]; limit: number }
  | { type: 'remember'; call: number; entry: MemoryEntry }
  | { type: 'done'; result: CheckResult }
  | { type: 'failed'; error: WireError };

/** An error as it crosses threads: its class name, code and message (FetchError, TooComplexError, …). */
export interface WireError {
  name: string;
  code: string | null;
  message: string;
  url: string | null;
  status: number | null;
}

export function toWire(e: unknown): WireError {
  const o = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
  return {
    name: typeof o.name === 'string' ? o.name : 'Error',
    code: typeof o.code === 'string' ? o.code : null,
    message: (e instanceof Error ? e.message : String(e)).slice(0, 500),
    url: typeof o.url === 'string' ? o.url : null,
    status: typeof o.status === 'number' ? o.status : null,
  };
}

/** The error again, as the class core and the report expect (so toReportError gives the same code). */
export function fromWire(w: WireError): Error {
  if (w.name === 'FetchError' && w.code && w.url !== null)
    return new FetchError(w.code as FetchErrorCode, w.message, w.url, w.status ?? undefined);
  if (w.name === 'TooComplexError') return new TooComplexError(w.message, w.url ?? '');
  const e = new Error(w.message) as Error & { code?: string };
  e.name = w.name;
  if (w.code) e.code = w.code;
  return e;
}
