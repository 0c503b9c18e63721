/**
 * RSS 2.0 / RSS 1.0 (RDF) / Atom feeds → titles and links of their items, without a DOM: feeds are where a publisher
 * lists its latest articles with their real titles, which is how a copy's title leads to the original URL.
 */
import { cleanText, localName, xmlTokens } from './xmlTokens.ts';

export interface FeedItem {
  title: string | null;
  /** Absolute http(s) URL of the item, or null when the item carries none we can use. */
  link: string | null;
  author: string | null;
  published: string | null;
  /** Image URLs the item references (enclosures, media:content, <img> in its HTML), for tracing CDN hosts. */
  images: string[];
}

export interface Feed {
  title: string | null;
  items: FeedItem[];
}

export const MAX_FEED_ITEMS = 500;
const MAX_FIELD_CHARS = 20_000;
const MAX_IMAGES_PER_ITEM = 10;

const ITEM_TAGS = new Set(['item', 'entry']);
/** Child elements we read, by local name → field. */
const FIELDS: Record<string, 'title' | 'link' | 'author' | 'published' | 'guid' | 'origlink' | 'html'> = {
  title: 'title',
  link: 'link',
  creator: 'author',
  author: 'author',
  name: 'author',
  pubdate: 'published',
  published: 'published',
  updated: 'published',
  date: 'published',
  guid: 'guid',
  id: 'guid',
  origlink: 'origlink',
  description: 'html',
  encoded: 'html',
  summary: 'html',
  content: 'html',
};

function absoluteHttp(value: string, base: string | null): string | null {
  const v = value.trim();
  if (!v) return null;
  try {
    const u = base ? new URL(v, base) : new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const IMG_SRC_RE = /<img\b[^>]{0,1000}?\bsrc\s*=\s*["']?([^"'\s>]{1,2000})/gi;

interface Draft {
  title: string;
  link: string | null;
  atomLink: string | null;
  guid: string;
  origLink: string;
  author: string;
  published: string;
  images: string[];
}

const emptyDraft = (): Draft => ({
  title: '',
  link: null,
  atomLink: null,
  guid: '',
  origLink: '',
  author: '',
  published: '',
  images: [],
});

/** Parses a feed; anything that is not a feed (an HTML page, garbage) gives no items. Never throws. */
export function parseFeed(text: string, baseUrl: string | null = null): Feed {
  const items: FeedItem[] = [];
  let feedTitle: string | null = null;
  let draft: Draft | null = null;
  let field: string | null = null;
  let buffer = '';
  let html = '';
  let inHtmlField = false;

  const finishItem = () => {
    if (!draft) return;
    const link =
      absoluteHttp(draft.origLink, baseUrl) ??
      absoluteHttp(draft.atomLink ?? '', baseUrl) ??
      absoluteHttp(draft.link ?? '', baseUrl) ??
      (/^https?:/i.test(draft.guid.trim()) ? absoluteHttp(draft.guid, baseUrl) : null);
    const title = cleanText(draft.title) || null;
    if (title || link) {
      items.push({
        title,
        link,
        author: cleanText(draft.author, 200) || null,
        published: cleanText(draft.published, 60) || null,
        images: draft.images,
      });
    }
    draft = null;
  };

  const addImage = (src: string | undefined) => {
    if (!draft || !src || draft.images.length >= MAX_IMAGES_PER_ITEM) return;
    const abs = absoluteHttp(src, baseUrl);
    if (abs) draft.images.push(abs);
  };

  const endField = () => {
    if (field && draft) {
      const value = buffer.slice(0, MAX_FIELD_CHARS);
      if (field === 'title' && !draft.title) draft.title = value;
      else if (field === 'link' && draft.link === null) draft.link = value;
      else if (field === 'guid' && !draft.guid) draft.guid = value;
      else if (field === 'origlink' && !draft.origLink) draft.origLink = value;
      else if (field === 'author' && !draft.author) draft.author = value;
      else if (field === 'published' && !draft.published) draft.published = value;
    } else if (field === 'feed-title' && feedTitle === null) feedTitle = cleanText(buffer) || null;
    field = null;
    buffer = '';
  };

  for (const tok of xmlTokens(text)) {
    if (tok.type === 'text') {
      if (field && buffer.length < MAX_FIELD_CHARS) buffer += tok.text;
      if (inHtmlField && html.length < MAX_FIELD_CHARS) html += tok.text;
      continue;
    }
    const local = localName(tok.name);
    if (tok.type === 'open') {
      if (ITEM_TAGS.has(local)) {
        // A new item while one is open means the previous one was never closed: finish it.
        endField();
        finishItem();
        if (items.length >= MAX_FEED_ITEMS) break;
        draft = emptyDraft();
        continue;
      }
      if (!draft) {
        if (local === 'title' && feedTitle === null && !tok.selfClosing) {
          field = 'feed-title';
          buffer = '';
        }
        continue;
      }
      if (inHtmlField && local === 'img') {
        addImage(tok.attrs.src);
        continue;
      }
      if (local === 'enclosure' || (tok.name.startsWith('media:') && (local === 'content' || local === 'thumbnail'))) {
        const type = tok.attrs.type ?? tok.attrs.medium ?? 'image';
        if (/image/i.test(type)) addImage(tok.attrs.url);
        if (tok.name.startsWith('media:')) continue;
      }
      if (local === 'link' && tok.attrs.href !== undefined) {
        // Atom: <link rel="alternate" href> is the article; rel=self/edit/enclosure/replies are not.
        const rel = (tok.attrs.rel ?? 'alternate').toLowerCase();
        if (rel === 'alternate' && draft.atomLink === null) draft.atomLink = tok.attrs.href;
        else if (rel === 'enclosure' && /image/i.test(tok.attrs.type ?? '')) addImage(tok.attrs.href);
        continue;
      }
      const f = FIELDS[local];
      if (!f || tok.selfClosing) continue;
      if (f === 'html') {
        inHtmlField = true;
        html = '';
        continue;
      }
      // Nested fields (author > name) keep the outer one; a field left open is closed by the next.
      if (field && !(field === 'author' && f === 'author')) endField();
      if (!field) {
        field = f;
        buffer = '';
      }
    } else {
      if (ITEM_TAGS.has(local)) {
        endField();
        finishItem();
        continue;
      }
      const f = FIELDS[local];
      if (f === 'html' && inHtmlField) {
        inHtmlField = false;
        for (const m of html.matchAll(IMG_SRC_RE)) addImage(m[1]);
        html = '';
      } else if (field === 'feed-title' && local === 'title') endField();
      else if (f && f === field && !(field === 'author' && local === 'name')) endField();
    }
  }
  endField();
  if (items.length < MAX_FEED_ITEMS) finishItem();
  return { title: feedTitle, items };
}
