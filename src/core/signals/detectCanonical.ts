/**
 * <link rel=canonical> and og:url that point to ANOTHER site: the page says its own text lives elsewhere (kept by
 * a scraper that copied the original's <head>, or set by a syndication partner). A canonical on the same site, or
 * on a sister domain of the same brand (bbc.com / bbc.co.uk), is normal.
 */
import type { Claim, Signal } from '../report.ts';
import type { PageData } from '../page/readPage.ts';
import { hostOf } from '../url/hostOf.ts';
import { sameOrganisation } from '../url/sameOrganisation.ts';
import { siteOf } from '../url/siteOf.ts';

export function detectCanonical(page: PageData): { signals: Signal[]; claims: Claim[] } {
  const signals: Signal[] = [];
  const targets: string[] = [];
  const check = (url: string | null, where: string, quote: string): void => {
    if (!url) return;
    const site = siteOf(hostOf(url));
    if (!site || !page.site || site === page.site || sameOrganisation(site, page.site)) return;
    // A canonical at another site's homepage is a misconfigured template more often than a claim.
    const article = isArticleUrl(url);
    signals.push({ kind: 'canonical', quote, where, place: 'head', target: url, strength: article ? 0.8 : 0.3 });
    if (article && !targets.includes(url)) targets.push(url);
  };
  check(page.meta.canonical, '<link rel="canonical">', `<link rel="canonical" href="${page.meta.canonical}">`);
  check(page.meta.ogUrl, '<meta property="og:url">', `<meta property="og:url" content="${page.meta.ogUrl}">`);
  return { signals, claims: targets.map((value) => ({ value, type: 'url', via: 'canonical' })) };
}

function isArticleUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (
      u.pathname
        .replace(/\/(index\.\w+)?$/, '')
        .split('/')
        .filter(Boolean).length > 0 || /[?&](p|id|story|article)=/.test(u.search)
    );
  } catch {
    return false;
  }
}
