/**
 * Host and URL helpers shared by the page reader and the detectors: absolute http(s) URLs only, registrable domains
 * via tldts (with blog platforms whose subdomains are separate publishers), and "same organisation" for sister
 * domains of one brand (bbc.com / bbc.co.uk, vox.com / vox-cdn.com).
 */
import { getDomain } from 'tldts';
import { SHARED_HOSTS } from '../data/sharedHosts.ts';

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

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase() || null;
  } catch {
    return null;
  }
}

/** The origin ("https://baoangiang.com.vn") of an absolute URL, or null. */
export function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** The registrable domain ("baoangiang.com.vn"); a blog on a shared platform is its own site ("x.tumblr.com"). */
export function siteOf(host: string | null): string | null {
  if (!host) return null;
  const h = host.toLowerCase().replace(/\.$/, '');
  for (const shared of SHARED_HOSTS) {
    if (h.endsWith(`.${shared}`)) {
      const label = h.slice(0, -shared.length - 1).split('.').pop();
      return label && label !== 'www' ? `${label}.${shared}` : shared;
    }
  }
  // Private suffixes (blogspot.com, github.io, cloudfront.net) make each customer its own site.
  return getDomain(h, { allowPrivateDomains: true }) ?? h;
}

/** The ICANN registrable domain, ignoring private suffixes: the provider behind "d262….cloudfront.net". */
export function providerOf(host: string | null): string | null {
  if (!host) return null;
  return getDomain(host.toLowerCase(), { allowPrivateDomains: false }) ?? host.toLowerCase();
}

/** Brand words of a site: the registrable label split on hyphens ("vox-cdn.com" → ["vox", "cdn"]). */
function brandWords(site: string): string[] {
  const label = site.split('.')[0] ?? '';
  return label.split(/[-_]/).filter((w) => w.length >= 3 && !GENERIC_WORDS.has(w));
}

// Words that appear in many unrelated domains, so sharing one proves nothing.
const GENERIC_WORDS = new Set(['cdn', 'img', 'imgs', 'image', 'images', 'static', 'media', 'assets', 'files', 'content', 'cloud', 'pic', 'pics', 'photos', 'video', 'www']);

/**
 * Two sites of one organisation: same registrable domain, or the same brand label under another suffix
 * (bbc.com / bbc.co.uk) or with a CDN word (vox.com / vox-cdn.com, nyt.com / nytimes.com is NOT caught: fine).
 */
export function sameOrganisation(siteA: string | null, siteB: string | null): boolean {
  if (!siteA || !siteB) return false;
  if (siteA === siteB) return true;
  const a = brandWords(siteA);
  const b = brandWords(siteB);
  if (!a.length || !b.length) return false;
  const labelA = siteA.split('.')[0] ?? '';
  const labelB = siteB.split('.')[0] ?? '';
  if (labelA === labelB) return true;
  // Short brand forms: nyt.com / nytimes.com, bbci.co.uk / bbc.com, ehowcdn.com / ehow.com, libe.com / liberation.fr.
  const [short, long] = labelA.length <= labelB.length ? [labelA, labelB] : [labelB, labelA];
  if (short.length >= 3 && /^[a-z0-9]+$/.test(short) && long.startsWith(short) && /^[a-z0-9]+$/.test(long.slice(0, short.length + 4).replace(/[-]/g, ''))) return true;
  // "vox-cdn" is "vox" once the CDN words are dropped; "tintuc-example" and "example" are two sites.
  return a.join('-') === b.join('-');
}

/** Trailing punctuation that is sentence, not URL: "https://x.vn/a.html." → "https://x.vn/a.html". */
export function stripTrailingPunctuation(text: string): string {
  return text.replace(/[\s.,;:!?)\]}>»”’"'。、，；：！？）」』】…‥]+$/u, '');
}
