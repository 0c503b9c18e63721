import type { Ports } from './ports.ts';
import { textToDocument } from './text/textToDocument.ts';

/** Fetches a page through the port and parses it, reading a plain-text capture as paragraphs. */
export async function loadPage(url: string, ports: Ports, signal?: AbortSignal): Promise<{ url: string; doc: Document }> {
  const res = await ports.fetch(url, { signal });
  const doc = res.contentType === 'text/plain' ? textToDocument(res.text, res.url, ports.parseHtml) : ports.parseHtml(res.text, res.url);
  return { url: res.url, doc };
}
