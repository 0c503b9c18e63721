/**
 * Article images loaded from another site's servers (src or lazy-load attributes): a copy that kept the original's
 * image URLs. Trackers, avatars, emoji, ad servers and the blog platform's own CDNs are ignored, as are images on
 * the page's own site or a sister domain of its brand (vox.com / vox-cdn.com). A news CDN on another domain
 * (i.guim.co.uk) still counts: it is a pointer to the publisher. Returns the foreign hosts, most images first.
 */
import type { Signal } from '../report.ts';
import type { PageData, PageImage } from '../page/readPage.ts';
import { IGNORED_IMAGE_HOSTS, PROXY_IMAGE_HOSTS } from '../data/mediaHosts.ts';
import { hostOf } from '../url/hostOf.ts';
import { providerOf } from '../url/providerOf.ts';
import { sameOrganisation } from '../url/sameOrganisation.ts';
import { siteOf } from '../url/siteOf.ts';
import { ownCdnImage } from '../page/cdnCustomer.ts';

export interface HotlinkResult {
  signals: Signal[];
  /** Foreign image hosts of the article, most images first. */
  hosts: string[];
}

export function detectHotlinkedMedia(page: PageData): HotlinkResult {
  const counts = new Map<string, { n: number; first: PageImage }>();
  let articleImages = 0;
  for (const img of page.images) {
    if (!isArticleImage(page, img)) continue;
    articleImages++;
    const host = realHost(img.src);
    if (!host || ignored(host)) continue;
    const site = siteOf(host);
    if (!site || site === page.site || sameOrganisation(site, page.site) || ownCdnImage(img.src, page.site)) continue;
    const c = counts.get(host);
    if (c) c.n++;
    else counts.set(host, { n: 1, first: img });
  }
  // A host that also serves the page's scripts, stylesheets or icons, or its header/sidebar/footer pictures while
  // the site itself serves none, is the site's own CDN (static01.nyt.com, i.guim.co.uk on their own pages).
  const ownCdn = ownCdnSites(page);
  for (const host of [...counts.keys()]) if (ownCdn.has(providerOf(host) ?? host)) counts.delete(host);
  const ranked = [...counts.entries()].sort((a, b) => b[1].n - a[1].n);
  const hosts = ranked.map(([h]) => h);
  const top = ranked[0];
  if (!top) return { signals: [], hosts };
  const foreign = ranked.reduce((s, [, c]) => s + c.n, 0);
  const share = articleImages ? foreign / articleImages : 0;
  const signal: Signal = {
    kind: 'hotlinked-media',
    quote: top[1].first.src.slice(0, 300),
    where: `img[${top[1].first.attr}] — ${foreign} of ${articleImages} article image(s) from ${hosts.slice(0, 3).join(', ')}`,
    place: 'images',
    target: top[0],
    // A copy that kept the original's image URLs has all its article images there; an original that mixes its
    // own images with a partner CDN's (or a stock service's) has only some. Only the first is strong (≥ 0.5).
    strength: share >= 0.9 ? 0.7 : Math.min(0.45, 0.2 + 0.3 * share),
  };
  return { signals: [signal], hosts };
}

function ownCdnSites(page: PageData): Set<string> {
  // Compared by provider: a site's scripts and images may sit on two customer sub-domains of one CDN.
  const own = new Set(page.resourceHosts.map((h) => providerOf(h) ?? h));
  const outside = new Map<string, number>();
  for (const img of page.images) {
    // The page's chrome: header, sidebar and footer pictures, or (on a theme without landmarks) any picture outside
    // the article column.
    if (!img.region && (img.hidden || isArticleImage(page, img))) continue;
    const provider = providerOf(realHost(img.src));
    if (provider) outside.set(provider, (outside.get(provider) ?? 0) + 1);
  }
  const self = providerOf(page.host);
  if (!self || !outside.get(self)) for (const p of outside.keys()) own.add(p);
  own.delete(self ?? '');
  return own;
}

/** In the article: not in header, navigation, sidebar, footer or comments, not hidden, not a 1×1 pixel. */
function isArticleImage(page: PageData, img: PageImage): boolean {
  if (img.hidden || img.region) return false;
  if ((img.width !== null && img.width <= 2) || (img.height !== null && img.height <= 2)) return false;
  if (img.inArticle || img.inFigure) return true;
  const main = page.main;
  return !!main && img.block >= main.start - 2 && img.block <= main.end + 1;
}

function realHost(src: string): string | null {
  const host = hostOf(src);
  if (!host || !PROXY_IMAGE_HOSTS.test(host)) return host;
  try {
    const inner = new URL(src).pathname.split('/')[1] ?? '';
    return /^[a-z0-9.-]+\.[a-z]{2,}$/i.test(inner) ? inner.toLowerCase() : host;
  } catch {
    return host;
  }
}

function ignored(host: string): boolean {
  return IGNORED_IMAGE_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}
