/**
 * A URL without the campaign parameters that feeds, newsletters and share buttons append ("?utm_source=rss&
 * utm_medium=rss", "fbclid", "gclid"): a scraper that kept them still names the same article, and the publisher's
 * own URL (its feed, sitemap and canonical) has none. Other query parameters are kept: "?p=123" is the article.
 */
const TRACKING_PARAM =
  /^(?:utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|yclid|igshid|_hsenc|_hsmi|mkt_tok|ocid|cmpid|ncid|ref_src|rss|from_rss|at_medium|at_campaign)$/i;

export function withoutTracking(url: string): string {
  if (!url.includes('?')) return url;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  const keys = [...u.searchParams.keys()];
  if (!keys.some((k) => TRACKING_PARAM.test(k))) return url;
  for (const k of keys) if (TRACKING_PARAM.test(k)) u.searchParams.delete(k);
  return u.href.replace(/\?$/, '').replace(/\?#/, '#');
}
