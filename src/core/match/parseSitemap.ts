/**
 * XML sitemaps (urlset, sitemap index, Google News and image extensions) and plain-text sitemaps → URLs, with the
 * news title when there is one. Plain sitemaps list URLs only: the caller then matches on the URL's slug words.
 */
import { cleanText, localName, xmlTokens } from './xmlTokens.ts';
import { httpUrl } from './httpUrl.ts';

export interface SitemapEntry {
  loc: string;
  /** `<news:title>` of a news sitemap. */
  title: string | null;
  lastmod: string | null;
  /** `<image:loc>` URLs of the entry, for tracing a publisher's image hosts. */
  images: string[];
}

export interface Sitemap {
  /** `index` lists further sitemaps; `urlset` lists pages; `unknown` is anything else (HTML, empty, garbage). */
  kind: 'urlset' | 'index' | 'unknown';
  entries: SitemapEntry[];
}

type Field = 'loc' | 'title' | 'lastmod' | 'image';

export const MAX_SITEMAP_ENTRIES = 5_000;
const MAX_FIELD_CHARS = 4_000;

/** A text sitemap is one URL per line; accept it only when (nearly) every non-empty line is a URL. */
function parseTextSitemap(text: string): Sitemap {
  const entries: SitemapEntry[] = [];
  let lines = 0;
  for (const line of text.slice(0, 2_000_000).split('\n', MAX_SITEMAP_ENTRIES * 2)) {
    const t = line.trim();
    if (!t) continue;
    lines++;
    const loc = httpUrl(t);
    if (loc && entries.length < MAX_SITEMAP_ENTRIES) entries.push({ loc, title: null, lastmod: null, images: [] });
  }
  return entries.length > 0 && entries.length >= lines * 0.9
    ? { kind: 'urlset', entries }
    : { kind: 'unknown', entries: [] };
}

export function parseSitemap(text: string): Sitemap {
  const entries: SitemapEntry[] = [];
  let kind: Sitemap['kind'] = 'unknown';
  let sawTag = false;
  let entry: SitemapEntry | null = null;
  let field: Field | null = null;
  let buffer = '';

  const finish = () => {
    if (entry?.loc) entries.push(entry);
    entry = null;
  };
  const endField = () => {
    if (entry && field) {
      const value = buffer.slice(0, MAX_FIELD_CHARS);
      if (field === 'loc' && !entry.loc) entry.loc = httpUrl(value) ?? '';
      else if (field === 'title' && !entry.title) entry.title = cleanText(value) || null;
      else if (field === 'lastmod' && !entry.lastmod) entry.lastmod = cleanText(value, 40) || null;
      else if (field === 'image' && entry.images.length < 10) {
        const img = httpUrl(value);
        if (img) entry.images.push(img);
      }
    }
    field = null;
    buffer = '';
  };

  for (const tok of xmlTokens(text)) {
    if (tok.type === 'text') {
      if (field && buffer.length < MAX_FIELD_CHARS) buffer += tok.text;
      continue;
    }
    sawTag = true;
    const local = localName(tok.name);
    const prefixed = tok.name !== local;
    if (tok.type === 'open') {
      if (!prefixed && (local === 'url' || local === 'sitemap')) {
        endField();
        finish();
        if (entries.length >= MAX_SITEMAP_ENTRIES) break;
        if (kind === 'unknown') kind = local === 'url' ? 'urlset' : 'index';
        entry = { loc: '', title: null, lastmod: null, images: [] };
        continue;
      }
      if (!entry || tok.selfClosing) continue;
      let f: Field | null = null;
      // Only the page's own <loc>: <image:loc> and <video:…loc> belong to media.
      if (local === 'loc') f = !prefixed ? 'loc' : tok.name.startsWith('image:') ? 'image' : null;
      else if (local === 'title' && tok.name.startsWith('news:')) f = 'title';
      else if (local === 'lastmod' || (local === 'publication_date' && !entry.lastmod)) f = 'lastmod';
      if (f) {
        endField();
        field = f;
        buffer = '';
      }
    } else {
      if (!prefixed && (local === 'url' || local === 'sitemap')) {
        endField();
        finish();
        continue;
      }
      if (field && (local === 'loc' || local === 'title' || local === 'lastmod' || local === 'publication_date'))
        endField();
    }
  }
  endField();
  if (entries.length < MAX_SITEMAP_ENTRIES) finish();
  if (kind === 'unknown' && !sawTag) return parseTextSitemap(text);
  return { kind: entries.length ? kind : 'unknown', entries };
}
