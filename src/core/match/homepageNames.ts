/**
 * The names a site gives itself on its homepage: og:site_name, application-name, the JSON-LD Organization / WebSite
 * (its publisher, its alternateName), and the <title> with its first and last pieces ("Site – Tagline", "Home | Site").
 * Read by the directory built from homepages and by the check that a guessed site is the publisher a page names.
 */

const MAX_NAME_CHARS = 120;
const MAX_JSONLD_CHARS = 200_000;
const MAX_JSONLD_SCRIPTS = 20;
/** "Title | Site", "Site – Tagline", "Site: news": the pieces either side of these are name candidates. */
const TITLE_SEPARATORS = /\s+[|–—·•:-]\s+|\s+[|–—·•]|[|–—·•]\s+/;
const ORG_TYPES = /Organization|NewsMediaOrganization|Corporation|WebSite|Blog/;

export function cleanName(text: string | null | undefined): string | null {
  const t = (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_CHARS);
  return t || null;
}

/** Names in JSON-LD: the Organization/WebSite itself, its publisher, its alternateName; graphs walked a little. */
function jsonLdNames(json: unknown, out: string[], depth = 0): void {
  if (depth > 4 || json === null || typeof json !== 'object') return;
  if (Array.isArray(json)) {
    for (const item of json.slice(0, 50)) jsonLdNames(item, out, depth + 1);
    return;
  }
  const o = json as Record<string, unknown>;
  const type = Array.isArray(o['@type']) ? o['@type'].join(' ') : String(o['@type'] ?? '');
  if (ORG_TYPES.test(type)) {
    for (const key of ['name', 'alternateName']) {
      const v = o[key];
      for (const s of Array.isArray(v) ? v : [v]) {
        const name = typeof s === 'string' ? cleanName(s) : null;
        if (name) out.push(name);
      }
    }
  }
  for (const key of ['@graph', 'publisher', 'sourceOrganization', 'isPartOf'])
    if (key in o) jsonLdNames(o[key], out, depth + 1);
}

/** The homepage's names, most explicit first, without repeats. */
export function homepageNames(doc: Document): string[] {
  const meta = (sel: string) => cleanName(doc.querySelector(sel)?.getAttribute('content'));
  const names: string[] = [];
  for (const n of [
    meta('meta[property="og:site_name" i]'),
    meta('meta[name="application-name" i]'),
    meta('meta[name="apple-mobile-web-app-title" i]'),
  ])
    if (n) names.push(n);
  let scripts = 0;
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    if (scripts++ >= MAX_JSONLD_SCRIPTS) break;
    const text = (script.textContent ?? '').slice(0, MAX_JSONLD_CHARS);
    try {
      jsonLdNames(JSON.parse(text), names);
    } catch {
      // malformed JSON-LD is common; the other names still count
    }
  }
  const title = cleanName(doc.querySelector('title')?.textContent);
  if (title) {
    names.push(title);
    const parts = title
      .split(TITLE_SEPARATORS)
      .map(cleanName)
      .filter((p): p is string => p !== null);
    if (parts.length > 1) names.push(parts[0]!, parts[parts.length - 1]!);
  }
  return [...new Set(names)];
}
