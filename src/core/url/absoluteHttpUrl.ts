/** An absolute http(s) URL for `href` relative to `base`, or null (javascript:, data:, mailto:, malformed…). */
export function absoluteHttpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  const raw = href.trim();
  if (!raw || raw.length > 4000 || raw.startsWith('#')) return null;
  try {
    const u = new URL(raw, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
