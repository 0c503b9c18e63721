/**
 * A Fetcher over a corpus-style offline web (`web.json` + files): every listed URL is served from its file with its
 * listed type; anything else is a 404, as a real site would answer. Files are read on demand and must stay inside
 * the web.json folder.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FetchError, type Fetcher, type FetchResponse } from '../core/ports.ts';
import { normalizeUrl } from '../core/url/normalizeUrl.ts';
import { UsageError } from './usageError.ts';

export interface OfflinePage {
  url: string;
  /** Absolute path of the body. */
  file: string;
  type: string;
}

export interface OfflineWeb {
  fetch: Fetcher;
  /** The page listed for a URL (by the corpus URL comparison), or null. */
  find(url: string): OfflinePage | null;
  /** Origins of the sites whose homepage (`https://host/`) is listed: the publisher directory's sites. */
  homepages: string[];
  size: number;
}

export async function loadOfflineWeb(webJsonPath: string): Promise<OfflineWeb> {
  let raw: string;
  try {
    raw = await readFile(webJsonPath, 'utf8');
  } catch (e) {
    throw new UsageError(
      `cannot read the offline web ${webJsonPath}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new UsageError(`${webJsonPath} is not valid JSON`);
  }
  return offlineWebFrom(json, path.dirname(path.resolve(webJsonPath)), webJsonPath);
}

export function offlineWebFrom(json: unknown, root: string, name = 'web.json'): OfflineWeb {
  const list = (json as { pages?: unknown } | null)?.pages;
  if (!Array.isArray(list)) throw new UsageError(`${name}: expected {"pages": [...]}`);
  const pages = new Map<string, OfflinePage>();
  list.forEach((p: unknown, i) => {
    const { url, file, type } = (p ?? {}) as Record<string, unknown>;
    if (typeof url !== 'string' || typeof file !== 'string' || typeof type !== 'string')
      throw new UsageError(`${name}: page ${i + 1} needs string url, file and type`);
    const key = normalizeUrl(url);
    if (!key) throw new UsageError(`${name}: page ${i + 1} has an unusable URL ${url}`);
    const abs = path.resolve(root, file);
    if (!abs.startsWith(root + path.sep))
      throw new UsageError(`${name}: page ${i + 1} points outside its folder: ${file}`);
    pages.set(key, { url, file: abs, type: type.toLowerCase() });
  });
  const find = (url: string): OfflinePage | null => {
    const key = normalizeUrl(url);
    return (key && pages.get(key)) || null;
  };
  const fetch: Fetcher = async (url, options = {}): Promise<FetchResponse> => {
    if (options.signal?.aborted) throw new FetchError('network', 'aborted by the caller', url);
    if (!/^https?:\/\//i.test(url)) throw new FetchError('bad-url', 'not an http(s) URL', url);
    const page = find(url);
    if (!page) throw new FetchError('http', 'HTTP 404 (not in the offline web)', url, 404);
    let text: string;
    try {
      text = await readFile(page.file, 'utf8');
    } catch (e) {
      throw new FetchError(
        'network',
        `offline file unreadable: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
        url,
      );
    }
    // The listed URL is the final one, as if the server redirected to its canonical form.
    return { url: page.url, status: 200, contentType: page.type, text };
  };
  const homepages = [...pages.values()].flatMap((p) => {
    const u = new URL(p.url);
    return u.pathname === '/' && !u.search ? [u.origin] : [];
  });
  return { fetch, find, homepages: [...new Set(homepages)], size: pages.size };
}
