/**
 * An address that names a file or a record rather than a page: a picture, a document, a media or data file, a feed,
 * or a paper by its persistent identifier. Written out in a post, it cites a study, a document or a picture; it is
 * never the source of the post's text, nor does its site become one.
 */
import { DOCUMENT_RESOLVERS } from '../data/documentResolvers.ts';
import { siteOf } from './siteOf.ts';

const FILE =
  /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|ico|tiff?|pdf|docx?|xlsx?|pptx?|odt|rtf|zip|rar|7z|gz|mp[34]|m4[av]|mov|avi|webm|wav|ogg|flac|xml|rss|atom|json|css|js|txt|csv)$/iu;

export function documentAddress(href: string): boolean {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return false;
  }
  const site = siteOf(u.hostname);
  return (site !== null && DOCUMENT_RESOLVERS.has(site)) || FILE.test(u.pathname.replace(/\/+$/u, ''));
}
