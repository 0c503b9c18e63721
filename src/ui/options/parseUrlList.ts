/**
 * Reads the "Check a list of pages" box: one address per line, blank lines and `#` comments skipped (as the CLI's
 * `--urls` file). Lines that are not http(s) addresses are reported by line number and never sent; the background
 * validates the list again on arrival.
 */
import { MAX_BATCH_URL_CHARS } from '../../extension/messages.ts';

export interface UrlList {
  /** Distinct valid addresses, in the order first given. */
  urls: string[];
  /** 1-based numbers of the lines that are not http(s) addresses (or are too long). */
  invalidLines: number[];
  /** Lines that repeat an address given earlier (checked once). */
  duplicates: number;
}

export function parseUrlList(text: string): UrlList {
  const urls: string[] = [];
  const invalidLines: number[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const href = httpHref(line);
    if (href === null) {
      invalidLines.push(i + 1);
      return;
    }
    if (seen.has(href)) {
      duplicates++;
      return;
    }
    seen.add(href);
    urls.push(line);
  });
  return { urls, invalidLines, duplicates };
}

/** The parsed form of an http(s) address within the length limit, or null. */
function httpHref(line: string): string | null {
  if (line.length > MAX_BATCH_URL_CHARS || /\s/.test(line)) return null;
  try {
    const url = new URL(line);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
