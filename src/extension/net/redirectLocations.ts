/**
 * Where the extension's own redirects point, read from webRequest. An extension's `fetch(url, { redirect: 'manual' })`
 * answers a redirect with an opaque response (no status, no Location), so the fetcher could not follow it hop by hop
 * and police each hop; the browser's webRequest events do show the redirect response's headers for the extension's
 * own requests (measured in Chromium 156 and Firefox 153: `tabId` -1, `initiator` / `originUrl` the extension). The
 * same events carry a failed request's network error (`net::ERR_…`), which a rejected fetch does not.
 *
 * Events and the fetch's answer travel separately, so either may come first: a caller says what it waits for before
 * it fetches (`expect`), then, once the fetch has answered, waits a little for the event (`settle`).
 */

/** What a webRequest event gives us (the fields both browsers send). */
export interface RequestDetails {
  url: string;
  tabId: number;
  /** Chromium: the origin that made the request. */
  initiator?: string;
  /** Firefox: the document that made the request. */
  originUrl?: string;
  statusCode?: number;
  responseHeaders?: { name: string; value?: string }[];
  error?: string;
}

type Listener = (details: RequestDetails) => void;
interface WebRequestEvent {
  addListener(listener: Listener, filter: object, extraInfoSpec?: string[]): void;
}
/** The part of `webRequest` used here. */
export interface WebRequestApi {
  onHeadersReceived: WebRequestEvent;
  onErrorOccurred: WebRequestEvent;
}

/** What became of one request: a redirect (status and Location) or a network error. */
export type Outcome = { status: number; location: string } | { error: string };

export interface RedirectLocations {
  /** Starts waiting for what happens to `url`; `settle` gives the outcome, or null after `waitMs`. */
  expect(url: string): { settle(waitMs: number): Promise<Outcome | null>; cancel(): void };
}

/** The URL as webRequest reports it: no fragment. */
const keyOf = (url: string): string => url.replace(/#.*$/, '');

export function redirectLocations(api: WebRequestApi, extensionBase: string): RedirectLocations {
  const origin = extensionBase.replace(/\/$/, '');
  // Only what someone waits for is recorded, so nothing accumulates: a request no caller expects is ignored.
  const waiting = new Map<string, Set<(o: Outcome) => void>>();

  const ours = (d: RequestDetails): boolean =>
    d.tabId === -1 && (d.initiator === origin || (d.originUrl ?? '').startsWith(`${origin}/`));

  const record = (url: string, outcome: Outcome): void => {
    for (const w of waiting.get(keyOf(url)) ?? []) w(outcome);
  };

  // Only requests outside tabs (the extension's own, and the browser's), and only fetch/XHR: a reader's pages never
  // reach these listeners, so they cost nothing while browsing.
  const filter = { urls: ['http://*/*', 'https://*/*'], tabId: -1, types: ['xmlhttprequest'] };
  api.onHeadersReceived.addListener(
    (d) => {
      if (!ours(d) || !d.statusCode || d.statusCode < 300 || d.statusCode > 399) return;
      const location = d.responseHeaders?.find((h) => h.name.toLowerCase() === 'location')?.value;
      if (location !== undefined) record(d.url, { status: d.statusCode, location });
    },
    filter,
    ['responseHeaders'],
  );
  api.onErrorOccurred.addListener((d) => {
    if (ours(d) && d.error) record(d.url, { error: d.error });
  }, filter);

  return {
    expect(url) {
      const key = keyOf(url);
      let resolveOutcome: (o: Outcome | null) => void = () => undefined;
      const outcome = new Promise<Outcome | null>((r) => {
        resolveOutcome = r;
      });
      const waiter = (o: Outcome) => resolveOutcome(o);
      const set = waiting.get(key) ?? new Set();
      set.add(waiter);
      waiting.set(key, set);
      const cancel = () => {
        set.delete(waiter);
        if (!set.size) waiting.delete(key);
      };
      return {
        async settle(waitMs) {
          let timer: ReturnType<typeof setTimeout> | undefined;
          const late = new Promise<null>((r) => {
            timer = setTimeout(() => r(null), waitMs);
          });
          try {
            return await Promise.race([outcome, late]);
          } finally {
            clearTimeout(timer);
            cancel();
          }
        },
        cancel,
      };
    },
  };
}
