/**
 * "Same organisation" for sister domains of one brand (bbc.com / bbc.co.uk, vox.com / vox-cdn.com): a claim naming
 * one of them on a page of the other is the page naming itself.
 */
/** Brand words of a site: the registrable label split on hyphens ("vox-cdn.com" → ["vox", "cdn"]). */
function brandWords(site: string): string[] {
  const label = site.split('.')[0] ?? '';
  return label.split(/[-_]/).filter((w) => w.length >= 3 && !GENERIC_WORDS.has(w));
}

// Words that appear in many unrelated domains, so sharing one proves nothing.
const GENERIC_WORDS = new Set([
  'cdn',
  'img',
  'imgs',
  'image',
  'images',
  'static',
  'media',
  'assets',
  'files',
  'content',
  'cloud',
  'pic',
  'pics',
  'photos',
  'video',
  'www',
]);

/** Words that start many unrelated sites' labels: a site named only this is no short form of the others. */
const COMMON_PREFIXES = new Set([
  'news',
  'info',
  'blog',
  'daily',
  'online',
  'live',
  'press',
  'today',
  'world',
  'web',
  'radio',
  'the',
  'top',
  'new',
]);

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
  // A common word is no brand: news.de is not the short form of newscentral67.live, nor info.com of infowire.net.
  if (
    short.length >= 3 &&
    !COMMON_PREFIXES.has(short) &&
    /^[a-z0-9]+$/.test(short) &&
    long.startsWith(short) &&
    /^[a-z0-9]+$/.test(long.slice(0, short.length + 4).replace(/[-]/g, ''))
  )
    return true;
  // "vox-cdn" is "vox" once the CDN words are dropped; "tintuc-example" and "example" are two sites.
  return a.join('-') === b.join('-');
}
