/**
 * Hosts that serve the page's scripts, stylesheets and icons: the site's own infrastructure (its CDNs), so that
 * pictures from those hosts are not taken for media hotlinked from another site.
 */
import { absoluteHttpUrl } from '../url/absoluteHttpUrl.ts';
import { hostOf } from '../url/hostOf.ts';

const RESOURCE_RELS = /(?:^|\s)(?:stylesheet|icon|apple-touch-icon|preload|modulepreload|manifest|mask-icon)(?:\s|$)/i;

export function collectResourceHosts(doc: Document, base: string): string[] {
  const hosts = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('script[src], link[href]')).slice(0, 500)) {
    if (el.localName.toLowerCase() === 'link' && !RESOURCE_RELS.test(el.getAttribute('rel') ?? '')) continue;
    const url = absoluteHttpUrl(el.getAttribute('src') ?? el.getAttribute('href'), base);
    const host = url ? hostOf(url) : null;
    if (host) hosts.add(host);
    if (hosts.size >= 200) break;
  }
  return [...hosts];
}
