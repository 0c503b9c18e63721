/**
 * The corpus's URL comparison: scheme-insensitive, host lower-cased, default ports, fragment, trailing slash and
 * trailing punctuation dropped, query kept. Two URLs name the same page of the offline web when their keys are equal.
 */
export function corpusUrlKey(url: string): string | null {
  let s = url.trim().replace(/[.,;:!?)»”’]+$/, '');
  if (s.startsWith('//')) s = `https:${s}`;
  let parsed: URL;
  try {
    parsed = new URL(s);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // The URL parser already drops the scheme's own default port; 80 under https (or 443 under http) is dropped too.
  const port = parsed.port && parsed.port !== '80' && parsed.port !== '443' ? `:${parsed.port}` : '';
  return `${parsed.hostname.toLowerCase()}${port}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
}
