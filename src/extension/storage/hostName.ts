/**
 * Host names as the per-site switch stores them: lower case, no port, no trailing dot. Anything else (a URL, a
 * pattern, markup) is not a host and is refused, so a hostile or stale value never reaches the settings list.
 */
const HOST_RE = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

export function normalizeHost(value: string): string | null {
  const host = value.trim().toLowerCase().replace(/\.$/, '');
  return HOST_RE.test(host) ? host : null;
}

/** The host of an http(s) URL, or null for any other URL. */
export function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? normalizeHost(u.hostname) : null;
  } catch {
    return null;
  }
}
