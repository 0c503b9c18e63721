/** Reading a Content-Type header: the media type the checker may read as text, and its charset. */

export interface MediaType {
  /** Lower-cased type/subtype without parameters ("" when the header is missing or unreadable). */
  type: string;
  /** The charset parameter, lower-cased, or null. */
  charset: string | null;
}

export function parseMediaType(header: string | null): MediaType {
  if (!header) return { type: '', charset: null };
  const [head = '', ...params] = header.slice(0, 512).split(';');
  const type = head.trim().toLowerCase();
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]{1,40})"?\s*$/i.exec(p);
    if (m?.[1]) charset = m[1].toLowerCase();
  }
  return { type: /^[\w.+-]+\/[\w.+-]+$/.test(type) ? type : '', charset };
}

/** Text the checker can use: HTML pages, plain-text captures, feeds, sitemaps and JSON. Never images or binaries. */
const TEXT_TYPES = new Set([
  'text/html',
  'application/xhtml+xml',
  'text/xml',
  'application/xml',
  'application/rss+xml',
  'application/atom+xml',
  'application/rdf+xml',
  'text/plain',
  'application/json',
  'application/ld+json',
  'application/feed+json',
]);

export function isTextLike(type: string): boolean {
  return TEXT_TYPES.has(type) || /^(application|text)\/[\w.-]+\+(xml|json)$/.test(type);
}
