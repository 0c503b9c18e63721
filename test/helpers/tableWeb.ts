import { parseHTML } from 'linkedom';
import { FetchError, type Ports } from '../../src/core/ports.ts';

/**
 * A tiny offline web for unit tests: URL → [content type, body]; any other URL is a 404. `log` records every fetch,
 * so a test can say how many requests a search spent.
 */
export function tableWeb(pages: Record<string, [string, string]>): { ports: Ports; log: string[] } {
  const log: string[] = [];
  const ports: Ports = {
    fetch: async (url) => {
      log.push(url);
      const page = pages[url];
      if (!page) throw new FetchError('http', 'not found', url, 404);
      return { url, status: 200, contentType: page[0], text: page[1] };
    },
    parseHtml: (html) => parseHTML(html).document as unknown as Document,
    clock: { now: () => 0 },
  };
  return { ports, log };
}
