/**
 * The URL slug of a title, as WordPress-style sites and the corpus make it: lower case, Latin accents removed
 * (Vietnamese đ → d included), apostrophes dropped, every run of other characters → "-", trimmed.
 */
import { foldLatin } from './foldLatin.ts';

export function slugify(title: string): string {
  return (
    foldLatin(title.normalize('NFC').toLowerCase())
      // Apostrophes vanish rather than split ("Don’t" → "dont", "l'Assemblée" → "lassemblee"), as WordPress does.
      .replace(/['’‘`]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
  );
}

/** The last non-empty path segment of a URL, percent-decoded, without a ".html"/".htm"/".php" ending. */
export function lastPathSegment(pageUrl: string): string | null {
  let path: string;
  try {
    path = new URL(pageUrl).pathname;
  } catch {
    return null;
  }
  const segments = path.split('/').filter((s) => s.length > 0);
  const last = segments[segments.length - 1];
  if (last === undefined) return null;
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // A malformed escape: compare the raw segment.
  }
  return decoded.replace(/\.(?:html?|php|aspx?)$/i, '').toLowerCase();
}

// Where a page title joins the article title and the site's name: "Title | eHow", "Title - Author - Medium",
// "Title · V8", "Title [LWN.net]", "Section: Title".
const TITLE_SEPARATOR_RE = /\s+[|·–—-]\s+|\s+\[|:\s+/g;

/** The title and its parts around site-name separators, longest first. */
function titleVariants(title: string): string[] {
  const cuts = [...title.matchAll(TITLE_SEPARATOR_RE)].slice(0, 10);
  const variants = [title];
  for (const m of cuts) {
    variants.push(title.slice(0, m.index));
    variants.push(title.slice(m.index + m[0].length));
  }
  return variants;
}

function isLatinTitle(title: string): boolean {
  const letters = title.replace(/[^\p{L}]/gu, '');
  const latin = letters.replace(/[^\p{Script=Latin}]/gu, '');
  return letters.length > 0 && latin.length / letters.length >= 0.8;
}

/**
 * True when the last segment of the page URL is the slug of `title` — evidence the page was made from an article
 * with that title. The title may carry the site's name ("… | eHow", "… · V8"): its parts count too, and a slug that
 * merely starts or ends with a part of four words or more (the part Readability kept of "Outside the web: …").
 * Only meaningful for Latin-script titles: a Chinese or Arabic title slugifies to (almost) nothing.
 */
export function slugMatches(pageUrl: string, title: string): boolean {
  if (!isLatinTitle(title)) return false;
  const segment = lastPathSegment(pageUrl);
  if (!segment) return false;
  for (const variant of titleVariants(title)) {
    const slug = slugify(variant);
    const words = slug.split('-').length;
    // Fewer than two words: too short to be evidence ("news", "home").
    if (!slug || words < 2) continue;
    if (segment === slug) return true;
    if (words >= 4 && (segment.startsWith(`${slug}-`) || segment.endsWith(`-${slug}`))) return true;
  }
  return false;
}
