/**
 * The customer a shared image CDN serves a file for: "webmd" in webmd.imgix.net, "quanta" in
 * res.cloudinary.com/quanta/image/upload/…, "heise-images" in heise-images.b-cdn.net. A publisher's own pictures on
 * such a service carry its brand there; a copy hot-linking them carries the publisher's brand, not its own.
 */
import { SHARED_MEDIA_DOMAINS } from '../data/sharedMediaHosts.ts';
import { providerOf } from '../url/providerOf.ts';
import { sameOrganisation } from '../url/sameOrganisation.ts';

// Services that name the customer in the first path segment rather than in the host.
const PATH_CUSTOMER_HOSTS = /^(?:res\.cloudinary\.com|[a-z0-9-]+\.imagekit\.io|ik\.imagekit\.io)$/;
// Host labels that are the service's own, not a customer's.
const SERVICE_LABELS = new Set([
  'www',
  'res',
  'img',
  'images',
  'cdn',
  'static',
  'media',
  'assets',
  'i0',
  'i1',
  'i2',
  'i3',
  's',
  'ik',
]);

/** The customer label of an image URL on a shared CDN, or null (not a shared CDN, or no customer in it). */
export function cdnCustomer(src: string): string | null {
  let u: URL;
  try {
    u = new URL(src);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  const provider = providerOf(host);
  if (PATH_CUSTOMER_HOSTS.test(host)) {
    const first = (u.pathname.split('/')[1] ?? '').toLowerCase();
    return /^[a-z0-9][a-z0-9-]{1,62}$/.test(first) ? first : null;
  }
  if (!provider || !SHARED_MEDIA_DOMAINS.has(provider) || host === provider) return null;
  const labels = host.slice(0, -provider.length - 1).split('.');
  const label = labels.find((l) => !SERVICE_LABELS.has(l)) ?? null;
  return label && /^[a-z][a-z0-9-]{1,62}$/.test(label) ? label : null;
}

/** An image on a shared CDN under the page's own brand (its customer label names the page's site). */
export function ownCdnImage(src: string, pageSite: string | null): boolean {
  const customer = cdnCustomer(src);
  return !!customer && !!pageSite && sameOrganisation(`${customer}.cdn-customer`, pageSite);
}
