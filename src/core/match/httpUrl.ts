/** Trailing punctuation a claimed URL picks up from the sentence around it ("… a359678.html."). */
const TRAILING_PUNCTUATION = /[.,;:!?)\]}>»"'’”]+$/u;

/** The URL (resolved against `base`) when it is an http(s) URL, trailing punctuation removed; otherwise null. */
export function httpUrl(url: string, base?: string): string | null {
  try {
    const u = new URL(url.trim().replace(TRAILING_PUNCTUATION, ''), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
