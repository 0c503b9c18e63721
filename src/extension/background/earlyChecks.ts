/**
 * A check begun as soon as a tab starts loading a page, before the page says it is an article (`page-seen`, sent
 * once it has loaded and the browser is idle). Traced in the end-to-end bench, nearly all of the time from a loaded
 * copy to its badge was the engine's work on the refetched page (parse, scan, extract, find the original), begun only
 * when `page-seen` came; begun at the navigation it runs while the page loads.
 *
 * Nothing leaves the background for a page the reader has not been shown to have: the early check fetches only the
 * page's own URL (the safe fetcher, no cookies, the same request `page-seen` would make a moment later), and every
 * request of the check beyond it (the original, feeds), every page remembered and every site learnt wait for
 * `confirmed`, which settles only when `page-seen` arrives and the fetched copy shows the live page
 * (looksLikeLivePage.ts). Otherwise (the facts differ, another page, the tab closed, no `page-seen` in time) the check
 * is aborted and `confirmed` rejects: what it held back is dropped, and the page is checked as before.
 */
import type { FetchResponse } from '../../core/ports.ts';
import type { CheckResult } from '../../core/report.ts';
import { sameDocument } from './classifySender.ts';
import type { LiveFacts } from './liveFacts.ts';
import { looksLikeLivePage } from './looksLikeLivePage.ts';
import { markStage } from './markStage.ts';
import { trimFetchedPage } from './trimFetchedPage.ts';

/** Checks the page's trimmed markup; whatever would leave the background or be kept waits for `confirmed`. */
export type EarlyRun = (html: string, confirmed: Promise<void>, signal: AbortSignal) => Promise<CheckResult>;

export interface EarlyChecksDeps {
  /** The safe fetcher's fetch of the page (no cookies, capped, public hosts only). */
  refetch(url: string, signal: AbortSignal): Promise<FetchResponse>;
  /** How long an early check waits for its page's `page-seen` (a slow page loads, then goes idle). */
  lifetimeMs?: number;
}

/** What became of a tab's early check when its `page-seen` came. */
export type EarlyOutcome =
  /** The fetched copy shows the live page: its check, now confirmed. */
  | { kind: 'confirmed'; result: Promise<CheckResult> }
  /** Fetched, but not what the tab shows: the tab's own copy is needed. */
  | { kind: 'not-live' }
  /** None for this page, or its fetch failed (the network): check as if there had been none. */
  | null;

/** The early fetch: the page, or why not (`failed`: the network or the fetcher refused; `not-page`: not the page). */
type Fetched = FetchResponse | 'failed' | 'not-page';

export interface EarlyChecks {
  /** Starts fetching and checking `url` for the tab (the previous early check of the tab is dropped). */
  begin(tabId: number, url: string, run: EarlyRun): void;
  /** Confirms or drops the tab's early check against the live page's facts; `signal` then stops it. */
  take(tabId: number, seen: LiveFacts, signal: AbortSignal): Promise<EarlyOutcome>;
  /** Drops the tab's early check (another page, the tab closed, the site switched off). */
  cancel(tabId: number): void;
  pending(): number;
}

const DEFAULT_LIFETIME_MS = 30_000;

/** A fetch that serves the page itself as HTML (not redirected elsewhere, not an error page). */
export function servesPage(fetched: FetchResponse | null, url: string): fetched is FetchResponse {
  return (
    fetched !== null &&
    sameDocument(fetched.url, url) &&
    (fetched.contentType === 'text/html' || fetched.contentType === 'application/xhtml+xml')
  );
}

class NotConfirmed extends Error {
  override name = 'NotConfirmed';
}

interface Early {
  url: string;
  controller: AbortController;
  fetched: Promise<Fetched>;
  result: Promise<CheckResult | null>;
  confirm(): void;
  timer: ReturnType<typeof setTimeout>;
}

export function earlyChecks(deps: EarlyChecksDeps): EarlyChecks {
  const byTab = new Map<number, Early>();

  const drop = (tabId: number, reason: string): Early | undefined => {
    const early = byTab.get(tabId);
    if (!early) return undefined;
    byTab.delete(tabId);
    clearTimeout(early.timer);
    early.controller.abort(new NotConfirmed(reason));
    return early;
  };

  return {
    begin(tabId, url, run) {
      drop(tabId, 'another page');
      const controller = new AbortController();
      let confirm = (): void => undefined;
      const confirmed = new Promise<void>((resolve, reject) => {
        confirm = resolve;
        controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
      });
      // Rejected when dropped; whoever waits on it handles that, this only keeps it from being reported unhandled.
      confirmed.catch(() => undefined);
      markStage('early-refetch-start', url);
      const fetched = deps.refetch(url, controller.signal).then(
        (f): Fetched => (servesPage(f, url) ? f : 'not-page'),
        (): Fetched => 'failed',
      );
      const result = fetched.then((f) => {
        markStage('early-refetch-end', typeof f === 'string' ? f : String(f.text.length));
        if (typeof f === 'string' || controller.signal.aborted) return null;
        return run(trimFetchedPage(f.text), confirmed, controller.signal);
      });
      result.catch(() => undefined);
      const timer = setTimeout(() => drop(tabId, 'no page-seen in time'), deps.lifetimeMs ?? DEFAULT_LIFETIME_MS);
      byTab.set(tabId, { url, controller, fetched, result, confirm, timer });
    },

    async take(tabId, seen, signal) {
      const early = byTab.get(tabId);
      if (!early) return null;
      if (!sameDocument(early.url, seen.url)) {
        drop(tabId, 'another page was seen');
        return null;
      }
      byTab.delete(tabId);
      clearTimeout(early.timer);
      const stop = (): void => early.controller.abort(signal.reason);
      signal.addEventListener('abort', stop, { once: true });
      const fetched = await early.fetched;
      if (signal.aborted) stop();
      signal.throwIfAborted();
      if (fetched === 'failed') {
        early.controller.abort(new NotConfirmed('the early fetch failed'));
        return null;
      }
      // Fetched and refused as the page (redirected elsewhere, not HTML): a second fetch would be refused alike.
      const live = fetched !== 'not-page' && looksLikeLivePage(fetched.text, seen);
      markStage('facts-matched', String(live));
      if (!live) {
        early.controller.abort(new NotConfirmed('the fetched copy is not the live page'));
        return { kind: 'not-live' };
      }
      early.confirm();
      return {
        kind: 'confirmed',
        result: early.result.then((r) => {
          if (r) return r;
          signal.throwIfAborted();
          // Unreachable: a fetched page that serves the page always runs its check.
          throw new Error('the early check did not run');
        }),
      };
    },

    cancel(tabId) {
      drop(tabId, 'cancelled');
    },
    pending: () => byTab.size,
  };
}
