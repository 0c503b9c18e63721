/**
 * Author names from a page's JSON-LD (schema.org `author` / `creator` of the Article, NewsArticle, BlogPosting, …):
 * strings, Person objects and arrays of them, inside `@graph` too. Organisations are returned apart (they may be an
 * agency, never an author). Bounded: a few scripts, a capped size, a shallow walk.
 */
const MAX_SCRIPTS = 10;
const MAX_CHARS = 200_000;
const MAX_DEPTH = 8;

export interface JsonLdCredits {
  people: string[];
  /** Organisations named as author (may be an agency, never an author). */
  organisations: string[];
  /** Organisations named as publisher or source: a byline equal to one of them is the publisher, not a person. */
  publishers: string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function typesOf(node: { [key: string]: Json }): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

function collectAuthor(value: Json | undefined, out: JsonLdCredits, depth: number): void {
  if (value == null || depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    out.people.push(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const v of value.slice(0, 20)) collectAuthor(v, out, depth + 1);
    return;
  }
  if (typeof value !== 'object') return;
  const name = value['name'];
  if (typeof name !== 'string') return;
  const isOrg = typesOf(value).some((t) => /organi[sz]ation|corporation|newsmedia/i.test(t));
  (isOrg ? out.organisations : out.people).push(name);
}

function walk(node: Json, out: JsonLdCredits, depth: number): void {
  if (node == null || typeof node !== 'object' || depth > MAX_DEPTH) return;
  if (Array.isArray(node)) {
    for (const n of node.slice(0, 50)) walk(n, out, depth + 1);
    return;
  }
  if ('author' in node) collectAuthor(node['author'], out, depth);
  else if ('creator' in node && typesOf(node).some((t) => /article|posting|report|creativework/i.test(t)))
    collectAuthor(node['creator'], out, depth);
  for (const key of ['publisher', 'sourceOrganization']) {
    const p = node[key];
    const name = p && typeof p === 'object' && !Array.isArray(p) ? p['name'] : null;
    if (
      typeof name === 'string' &&
      p &&
      typeof p === 'object' &&
      !Array.isArray(p) &&
      !typesOf(p).some((t) => /person/i.test(t))
    )
      out.publishers.push(name);
  }
  if (typesOf(node).some((t) => /organi[sz]ation|newsmedia/i.test(t)) && typeof node['name'] === 'string')
    out.publishers.push(node['name']);
  const graph = node['@graph'];
  if (graph) walk(graph, out, depth + 1);
  const main = node['mainEntity'] ?? node['mainEntityOfPage'];
  if (main && typeof main === 'object') walk(main, out, depth + 1);
}

export function jsonLdAuthors(doc: Document): JsonLdCredits {
  const out: JsonLdCredits = { people: [], organisations: [], publishers: [] };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < MAX_SCRIPTS; i++) {
    const text = scripts[i]?.textContent ?? '';
    if (!text || text.length > MAX_CHARS) continue;
    try {
      walk(JSON.parse(text) as Json, out, 0);
    } catch {
      // Broken JSON-LD is common; the other sources still count.
    }
  }
  return out;
}
