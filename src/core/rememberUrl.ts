import type { Ports } from './ports.ts';
import { loadPage } from './loadPage.ts';
import { extractArticle } from './text/extractArticle.ts';
import { sketch } from './text/sketch.ts';

/**
 * Reads a page the user visited earlier and keeps its fingerprint, as the extension does for every article a
 * person reads; the CLI replays a case's `history` through this. A page that cannot be read is skipped: history
 * is a hint, never a reason to fail the check.
 */
export async function rememberUrl(url: string, ports: Ports, signal?: AbortSignal): Promise<boolean> {
  if (!ports.memory) return false;
  try {
    const page = await loadPage(url, ports, signal);
    const article = extractArticle(page.doc, page.url);
    if (article.words === 0) return false;
    await ports.memory.remember({
      url,
      title: article.title,
      visitedAt: ports.clock.now(),
      sketch: sketch(article.text, article.lang ?? undefined),
    });
    return true;
  } catch {
    return false;
  }
}
