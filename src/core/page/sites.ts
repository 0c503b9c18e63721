/**
 * URL helpers of the page reader: absolute http(s) URLs only, and trailing sentence punctuation. Hosts, sites,
 * origins and organisations live in `core/url/` (re-exported here for the modules that read them from here).
 */
export { hostOf } from '../url/hostOf.ts';
export { originOf } from '../url/originOf.ts';
export { siteOf } from '../url/siteOf.ts';
export { providerOf } from '../url/providerOf.ts';
export { sameOrganisation } from '../url/sameOrganisation.ts';

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

/** Trailing punctuation that is sentence, not URL: "https://x.vn/a.html." → "https://x.vn/a.html". */
export function stripTrailingPunctuation(text: string): string {
  return text.replace(/[\s.,;:!?)\]}>»”’"'。、，；：！？）」』】…‥]+$/u, '');
}
