import { parseHTML } from 'linkedom';
import type { HtmlParser } from '../core/ports.ts';

// Shared by the two hosts that parse fetched pages with linkedom: the service worker (no DOMParser there) and the CLI.

/**
 * linkedom's `parseHTML` as core's HtmlParser. linkedom takes the document's address from a `location` global and
 * has no `documentURI`/`URL`, and it returns a `<base href>` unresolved; Readability resolves links against
 * `baseURI` and compares it with `documentURI`, so all three are set to absolute URLs here. A fragment without an
 * `<html>` element is wrapped, or linkedom makes its first element the document element.
 */
export const parseHtmlLinkedom: HtmlParser = (html, url) => {
  const location = safeUrl(url);
  const source = startsWithHtmlElement(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source, location ? { location } : null);
  const doc = document as unknown as Document;
  if (location) {
    Object.defineProperty(doc, 'documentURI', { value: location.href, configurable: true });
    Object.defineProperty(doc, 'URL', { value: location.href, configurable: true });
    const base = doc.querySelector('base[href]');
    const href = base?.getAttribute('href');
    if (base && href !== null && href !== undefined) {
      const resolved = safeUrl(href, location);
      if (resolved && /^https?:$/.test(resolved.protocol)) base.setAttribute('href', resolved.href);
      else base.remove();
    }
  }
  return doc;
};

/** Whether `<html>` comes first, after any comments, doctype or XML prolog (a loop, not a backtracking regex). */
function startsWithHtmlElement(html: string): boolean {
  let s = html.slice(0, 8192).trimStart();
  for (let i = 0; i < 100; i++) {
    const close = s.startsWith('<!--') ? '-->' : /^<(!doctype|\?xml)/i.test(s) ? '>' : null;
    if (!close) break;
    const end = s.indexOf(close);
    if (end < 0) return false;
    s = s.slice(end + close.length).trimStart();
  }
  return /^<html[\s>]/i.test(s);
}

function safeUrl(url: string, base?: URL): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}
