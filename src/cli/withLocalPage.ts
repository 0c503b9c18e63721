import type { Fetcher } from '../core/ports.ts';
import type { LocalPage } from './collectJobs.ts';
import { normalizeUrl } from '../core/url/normalizeUrl.ts';

/** A fetcher that answers `url` with a local file's contents and passes every other URL on. */
export function withLocalPage(next: Fetcher, url: string, page: LocalPage): Fetcher {
  const key = normalizeUrl(url) ?? url;
  return async (requested, options) => {
    if (requested === url || normalizeUrl(requested) === key)
      return { url, status: 200, contentType: page.contentType, text: page.text };
    return next(requested, options);
  };
}
