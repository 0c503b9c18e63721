/**
 * The only way a URL that came from a page (or from a report built from a page) becomes a link: http(s) only,
 * so `javascript:`, `data:`, `file:` and friends never reach an href.
 */
const MAX_URL = 2048;

export function safeHref(url: string | null | undefined): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.length > MAX_URL) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  // Credentials in a link are a phishing trick ("https://bank.com@evil.example"), never a news URL.
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}
