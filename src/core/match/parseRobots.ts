/**
 * robots.txt → the sitemaps it announces. `Sitemap:` lines are group-independent (any line, any case, any
 * whitespace), which is the cheapest way to learn where a site lists its articles.
 */

export interface Robots {
  /** Absolute http(s) sitemap URLs, in file order, de-duplicated. */
  sitemaps: string[];
}

const MAX_ROBOTS_CHARS = 500_000;
export const MAX_ROBOTS_SITEMAPS = 50;

export function parseRobots(text: string, baseUrl: string | null = null): Robots {
  const sitemaps: string[] = [];
  const body = text.slice(0, MAX_ROBOTS_CHARS);
  // An HTML page served for a missing robots.txt has no Sitemap lines that count.
  if (/^\s*<(?:!doctype|html)/i.test(body)) return { sitemaps };
  for (const rawLine of body.split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/^\ufeff/, '');
    const hash = line.indexOf('#');
    const content = (hash < 0 ? line : line.slice(0, hash)).trim();
    const m = /^site-?map\s*:\s*(\S+)/i.exec(content);
    if (!m?.[1]) continue;
    let url: string;
    try {
      url = baseUrl ? new URL(m[1], baseUrl).href : new URL(m[1]).href;
    } catch {
      continue;
    }
    if (!/^https?:/i.test(url) || sitemaps.includes(url)) continue;
    sitemaps.push(url);
    if (sitemaps.length >= MAX_ROBOTS_SITEMAPS) break;
  }
  return { sitemaps };
}
