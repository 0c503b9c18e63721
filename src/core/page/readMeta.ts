/**
 * The <head> facts of a page: title, language, canonical and og:url, site name, publication date, author, and the
 * JSON-LD objects (flattened through @graph and arrays; malformed JSON skipped). Everything capped.
 */
import { absoluteHttpUrl } from '../url/absoluteHttpUrl.ts';

export interface PageMeta {
  title: string | null;
  /** The <title> element as written, with the site's brand that og:title usually leaves out ("… | Brand"). */
  titleTag: string | null;
  lang: string | null;
  canonical: string | null;
  ogUrl: string | null;
  siteName: string | null;
  /** ISO-ish date string as the page states it. */
  published: string | null;
  author: string | null;
  description: string | null;
  ogType: string | null;
  ogImage: string | null;
  /** <meta name="original-source"> / "syndication-source" and similar, absolute when they are URLs. */
  originalSource: string | null;
  syndicationSource: string | null;
}

const MAX_META = 500;
/**
 * Names under which CMSs declare when an article was first published (Open Graph, Dublin Core, schema.org
 * microdata, Parse.ly, Sailthru and the bare names many themes write). A visible <time> comes after them: it is as
 * often the time of the last update.
 */
const PUBLISHED_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish_date',
  'publish-date',
  'published_date',
  'published-date',
  'article.published',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'dcterms.issued',
  'parsely-pub-date',
  'sailthru.date',
  'date',
] as const;
const MAX_JSONLD_TEXT = 200_000;
const MAX_JSONLD_OBJECTS = 60;

export function readMeta(doc: Document, base: string, jsonLd: Record<string, unknown>[] = readJsonLd(doc)): PageMeta {
  const metas = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta')).slice(0, 400)) {
    const key = (
      m.getAttribute('property') ??
      m.getAttribute('name') ??
      m.getAttribute('itemprop') ??
      m.getAttribute('http-equiv') ??
      ''
    )
      .toLowerCase()
      .trim();
    const content = m.getAttribute('content');
    if (key && content && !metas.has(key)) metas.set(key, content.trim().slice(0, MAX_META));
  }
  const get = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = metas.get(k);
      if (v) return v;
    }
    return null;
  };
  const article = jsonLd.find((o) => /Article|BlogPosting|NewsArticle|Report|WebPage/.test(String(o['@type'] ?? '')));
  const canonicalHref =
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ??
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const h1 = doc.querySelector('h1')?.textContent;
  const titleTag = doc.querySelector('title')?.textContent;
  const authorMeta = get('author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author');
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime');
  return {
    title: clean(get('og:title', 'twitter:title')) ?? clean(titleTag) ?? clean(h1),
    titleTag: clean(titleTag),
    lang: clean(doc.documentElement?.getAttribute('lang')) ?? clean(get('content-language', 'og:locale', 'language')),
    canonical: absoluteHttpUrl(canonicalHref, base),
    ogUrl: absoluteHttpUrl(get('og:url'), base),
    siteName: clean(get('og:site_name', 'application-name')) ?? clean(nameOf(article?.['publisher'])),
    published: clean(get(...PUBLISHED_KEYS)) ?? clean(stringOf(article?.['datePublished'])) ?? clean(time),
    author:
      (authorMeta && !/^https?:/i.test(authorMeta) ? clean(authorMeta) : null) ?? clean(nameOf(article?.['author'])),
    description: clean(get('og:description', 'description', 'twitter:description')),
    ogType: clean(get('og:type')),
    ogImage: absoluteHttpUrl(get('og:image', 'twitter:image'), base),
    originalSource: sourceValue(get('original-source', 'original_source', 'dc.source', 'citation_original_url'), base),
    syndicationSource: sourceValue(get('syndication-source', 'syndication_source'), base),
  };
}

export function readJsonLd(doc: Document): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const add = (v: unknown, depth: number): void => {
    if (out.length >= MAX_JSONLD_OBJECTS || depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const item of v.slice(0, MAX_JSONLD_OBJECTS)) add(item, depth + 1);
      return;
    }
    const o = v as Record<string, unknown>;
    out.push(o);
    if (o['@graph']) add(o['@graph'], depth + 1);
  };
  for (const s of Array.from(
    doc.querySelectorAll('script[type="application/ld+json" i], script[type="application/ld+json"]'),
  ).slice(0, 20)) {
    const text = (s.textContent ?? '').trim();
    if (!text || text.length > MAX_JSONLD_TEXT) continue;
    try {
      add(JSON.parse(text), 0);
    } catch {
      // Publishers ship broken JSON-LD (trailing commas, raw newlines); one bad script must not hide the others.
    }
  }
  return out;
}

/** A name from a JSON-LD value: "X", {name: "X"}, [{name: "X"}, …] → "X, Y". */
export function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const names = v
      .slice(0, 10)
      .map(nameOf)
      .filter((n): n is string => !!n);
    return names.length ? names.join(', ') : null;
  }
  if (v && typeof v === 'object') return stringOf((v as Record<string, unknown>)['name']);
  return null;
}

export function stringOf(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function sourceValue(v: string | null, base: string): string | null {
  if (!v) return null;
  return /^(https?:)?\/\//i.test(v) ? absoluteHttpUrl(v, base) : clean(v);
}

function clean(v: string | null | undefined): string | null {
  if (!v) return null;
  const t = v.replace(/\s+/g, ' ').trim().slice(0, MAX_META);
  return t || null;
}
