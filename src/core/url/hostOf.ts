/** The lower-cased host name of an absolute URL ("https://WWW.Example.com/a" → "www.example.com"), or null. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}
