/**
 * The one way core's hosts fetch pages: wraps a `fetch` implementation (the host passes its global fetch in; core
 * touches no global) with the URL policy, no cookies or referrer, an overall deadline, a size cap, text-only media
 * types and charset-aware decoding.
 */
import { FetchError, type Fetcher, type FetchOptions, type FetchResponse } from '../ports.ts';
import { decodeBody } from './decodeBody.ts';
import { isTextLike, parseMediaType } from './mediaType.ts';
import { readCapped } from './readCapped.ts';
import { checkFetchUrl } from './urlPolicy.ts';

export interface SafeFetchPolicy {
  /** Deadline for the whole fetch: every redirect hop and the body. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Lets private and loopback addresses through: only for tests against a local server. */
  allowPrivate: boolean;
  /**
   * 'manual' (the CLI, and the extension, whose fetch turns the browser's opaque redirect back into a readable one,
   * src/extension/net/policedFetch.ts): we follow Location ourselves so that every hop passes the URL policy and the
   * redirect limit holds.
   * 'follow': the host follows redirects with its own cap and only the final URL is checked; for a fetch that cannot
   * read a redirect's Location at all. Intermediate hops are then not policed.
   */
  redirect: 'manual' | 'follow';
  /** Extra request headers (the CLI sends a User-Agent; browsers set their own). */
  headers?: Record<string, string>;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml;q=0.9,application/atom+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1';

export function makeSafeFetcher(fetchImpl: typeof fetch, policy: SafeFetchPolicy): Fetcher {
  return async (url: string, options: FetchOptions = {}): Promise<FetchResponse> => {
    const deadline = AbortSignal.timeout(policy.timeoutMs);
    const signal = options.signal ? anySignal([options.signal, deadline]) : deadline;
    let current = allowed(url, policy);
    const abortError = (): FetchError =>
      deadline.aborted
        ? new FetchError('timeout', `no complete answer within ${policy.timeoutMs} ms`, current.href)
        : new FetchError('network', 'aborted by the caller', current.href);

    for (let hop = 0; ; hop++) {
      const res = await request(fetchImpl, current, policy, signal, abortError);
      if (policy.redirect === 'manual' && REDIRECT_STATUSES.has(res.status)) {
        discard(res);
        const location = res.headers.get('location');
        if (!location)
          throw new FetchError('http', `redirect ${res.status} without a Location`, current.href, res.status);
        if (hop >= policy.maxRedirects)
          throw new FetchError('too-many-redirects', `more than ${policy.maxRedirects} redirects`, url);
        current = allowed(resolve(location, current), policy);
        continue;
      }
      if (res.type === 'opaqueredirect') {
        throw new FetchError('network', 'this host cannot read redirects; use redirect: follow', current.href);
      }
      const finalUrl = res.url ? allowed(res.url, policy, res) : current;
      return await readResponse(res, finalUrl.href, policy, signal, abortError);
    }
  };
}

async function request(
  fetchImpl: typeof fetch,
  url: URL,
  policy: SafeFetchPolicy,
  signal: AbortSignal,
  abortError: () => FetchError,
): Promise<Response> {
  if (signal.aborted) throw abortError();
  try {
    return await fetchImpl(url.href, {
      method: 'GET',
      credentials: 'omit',
      referrer: '',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      redirect: policy.redirect,
      signal,
      headers: { accept: ACCEPT, ...policy.headers },
    });
  } catch (e) {
    if (e instanceof FetchError) throw e;
    if (signal.aborted) throw abortError();
    throw new FetchError('network', `request failed: ${describe(e)}`, url.href);
  }
}

async function readResponse(
  res: Response,
  url: string,
  policy: SafeFetchPolicy,
  signal: AbortSignal,
  abortError: () => FetchError,
): Promise<FetchResponse> {
  if (!res.ok) {
    discard(res);
    throw new FetchError('http', `HTTP ${res.status}`, url, res.status);
  }
  const media = parseMediaType(res.headers.get('content-type'));
  if (media.type && !isTextLike(media.type)) {
    discard(res);
    throw new FetchError('unsupported-type', `${media.type} is not a page the checker reads`, url, res.status);
  }
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > policy.maxBytes) {
    discard(res);
    throw new FetchError('too-large', `declared ${declared} bytes, cap ${policy.maxBytes}`, url, res.status);
  }
  const bytes = await readCapped(res.body, policy.maxBytes, signal, url, abortError);
  const text = decodeBody(bytes, media.charset, media.type);
  return { url, status: res.status, contentType: media.type || sniffType(text), text };
}

/** A missing Content-Type: markup if it starts like markup, plain text otherwise. */
function sniffType(text: string): string {
  const head = text.slice(0, 256).trimStart().toLowerCase();
  if (head.startsWith('<?xml')) return 'application/xml';
  return head.startsWith('<') ? 'text/html' : 'text/plain';
}

function allowed(url: string, policy: SafeFetchPolicy, res?: Response): URL {
  const check = checkFetchUrl(url, { allowPrivate: policy.allowPrivate });
  if (check.ok) return check.url;
  if (res) discard(res);
  throw new FetchError(check.code, check.reason, url);
}

function resolve(location: string, base: URL): string {
  try {
    return new URL(location, base).href;
  } catch {
    throw new FetchError('bad-url', `unreadable redirect target ${location.slice(0, 200)}`, base.href);
  }
}

function discard(res: Response): void {
  res.body?.cancel().catch(() => undefined);
}

function describe(e: unknown): string {
  if (e instanceof Error) {
    const cause = (e as Error & { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? e.message;
  }
  return String(e);
}

/** AbortSignal.any where it exists (Node 20, Chrome 116, Firefox 124), a small combiner elsewhere. */
function anySignal(signals: AbortSignal[]): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any(signals);
  const controller = new AbortController();
  for (const s of signals) {
    if (s.aborted) {
      controller.abort(s.reason);
      break;
    }
    s.addEventListener('abort', () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}
