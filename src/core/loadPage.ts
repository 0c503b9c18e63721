import type { Ports } from './ports.ts';
import { textToDocument } from './text/textToDocument.ts';
import { parseBounded } from './page/parseBounded.ts';

/** Fetches a page through the port and parses it, reading a plain-text capture as paragraphs. */
export async function loadPage(
  url: string,
  ports: Ports,
  signal?: AbortSignal,
): Promise<{ url: string; doc: Document }> {
  const res = await ports.fetch(url, { signal });
  const parse = (html: string, at: string): Document => parseBounded(ports.parseHtml, html, at);
  const doc = res.contentType === 'text/plain' ? textToDocument(res.text, res.url, parse) : parse(res.text, res.url);
  return { url: res.url, doc };
}
