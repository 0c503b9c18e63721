/**
 * Sites whose links are redirects made by a tool, not articles: URL shorteners and feed relays (IFTTT's "ift.tt",
 * dlvr.it, Buffer's "buff.ly", FeedBurner). A link to one of them names no outlet: the source is the article it
 * redirects to, which a text copy cannot follow, or the outlet the line names beside it ("from Daily Star
 * https://ift.tt/…"). Registrable domains, as `siteOf` returns them.
 */
export const FEED_TOOL_HOSTS: ReadonlySet<string> = new Set([
  // feed relays and social schedulers
  'ift.tt',
  'dlvr.it',
  'buff.ly',
  'feedburner.com',
  'feedblitz.com',
  'trib.al',
  'zpr.io',
  'hootsuite.com',
  'ow.ly',
  'rss.app',
  'fetchrss.com',
  // URL shorteners
  'bit.ly',
  'bitly.com',
  'j.mp',
  'goo.gl',
  'tinyurl.com',
  'is.gd',
  'v.gd',
  'cutt.ly',
  'rebrand.ly',
  'shorturl.at',
  'tiny.cc',
  'lnkd.in',
  'wp.me',
  's.id',
]);
