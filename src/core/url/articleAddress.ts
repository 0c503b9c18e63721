/**
 * Whether an address looks like one article's page, by its shape alone: a path that carries a slug of several words,
 * a date, a long number (an id), a page file's name, or an article's query ("?p=12", "?idxno=6106"). What a post may
 * write out that names no article is refused: a homepage or a section root, a tag or search page, a picture, a
 * document or a feed file, a share, embed or login endpoint, a media server's host ("cdn.", "img2."), and the
 * networks, video sites, app stores, feed relays and identifier resolvers that an article's credit never points to.
 */
import { PLATFORM_SITES } from '../data/sourceShapeNegatives.ts';
import { FEED_TOOL_HOSTS } from '../data/feedToolHosts.ts';
import { documentAddress } from './documentAddress.ts';
import { siteOf } from './siteOf.ts';

/** A page file: an article's own name ("story-12.html", "articleView.html", "208.shtml"). */
const PAGE_FILE = /\.(?:s?html?|php\d?|aspx?|jsp|cms|epi|cfm)$/iu;
/** Index files at a site's or section's root are its front page. */
const INDEX_FILE = /^(?:index|default|home|main)\.[a-z0-9]{2,5}$/iu;
/** A path segment that makes the address an endpoint or a listing, not an article. */
const ENDPOINT_SEGMENTS = new Set([
  'share',
  'sharer',
  'sharer.php',
  'intent',
  'embed',
  'feed',
  'feeds',
  'rss',
  'atom',
  'search',
  'login',
  'signin',
  'signup',
  'subscribe',
  'newsletter',
]);
/** The first segment of a listing: "/tag/x", "/category/x", "/author/x". */
const LISTING_HEADS = new Set([
  'tag',
  'tags',
  'category',
  'categories',
  'author',
  'authors',
  'topic',
  'topics',
  'label',
]);
/** A media server's first label ("static", "img2", "cdn-3", "i"): it serves files, not articles. */
const MEDIA_HOST =
  /^(?:cdn|static|img|images?|media|assets?|pics?|photos?|files|uploads?|thumbs?|video|i|s|[a-z]?\d+)[-\d]*$/u;
/** Query keys that name one article. */
const ARTICLE_QUERY =
  /(?:^|[?&])(?:p|id|aid|sid|nid|no|idx|idxno|story|article|articleid|news|newsid|post|postid)=[\w-]{1,40}/iu;

export function articleAddress(href: string): boolean {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return false;
  }
  const host = u.hostname.toLowerCase();
  const site = siteOf(host);
  if (!site || PLATFORM_SITES.has(site) || FEED_TOOL_HOSTS.has(site) || documentAddress(href)) return false;
  if (host !== site && MEDIA_HOST.test(host.slice(0, host.indexOf('.')))) return false;
  const segments = u.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => decoded(s).toLowerCase());
  const last = segments[segments.length - 1] ?? '';
  if (segments.some((s) => ENDPOINT_SEGMENTS.has(s))) return false;
  if (segments.length <= 2 && LISTING_HEADS.has(segments[0] ?? '')) return false;
  if (ARTICLE_QUERY.test(u.search)) return true;
  if (segments.length === 0 || (segments.length === 1 && INDEX_FILE.test(last))) return false;
  return segments.some((s) => articleSegment(s)) || PAGE_FILE.test(last);
}

/** A segment that only an article's address has: a slug of three words or more, a date, a long number. */
function articleSegment(segment: string): boolean {
  const name = segment.replace(/\.[a-z0-9]{2,5}$/u, '');
  if (/\d{4,}/u.test(name)) return true;
  return name.split(/[-_+]+/u).filter((w) => /\p{L}/u.test(w)).length >= 3;
}

function decoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
