/**
 * A URL reduced to what identifies a page, as the corpus compares them: scheme-insensitive, host lower-cased,
 * default port, fragment, trailing slash and trailing punctuation dropped, query kept. Null when it is no
 * http(s) URL.
 */
export function normalizeUrl(raw: string): string | null {
  let s = raw.trim().replace(/[.,;:!?)»”’]+$/u, '');
  if (s.startsWith('//')) s = `https:${s}`;
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const port = url.port && url.port !== '80' && url.port !== '443' ? `:${url.port}` : '';
  return `${url.hostname.toLowerCase()}${port}${url.pathname.replace(/\/+$/, '')}${url.search}`;
}

export function sameUrl(a: string, b: string): boolean {
  const na = normalizeUrl(a);
  return na !== null && na === normalizeUrl(b);
}
