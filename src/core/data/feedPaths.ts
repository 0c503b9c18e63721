/**
 * Where sites usually put their sitemaps and feeds when robots.txt and the homepage do not say. Families: the sitemap
 * protocol's default and the index names of WordPress/Yoast/Rank Math ("sitemap_index.xml"), Google News sitemaps as
 * CMSs name them; feed paths of WordPress ("/feed"), Ghost ("/rss"), Hugo ("/index.xml"), Jekyll ("/feed.xml") and
 * static generators ("/rss.xml", "/atom.xml"). Ordered by how often they are found.
 */

export const SITEMAP_PATHS: readonly string[] = [
  '/sitemap.xml',
  '/news-sitemap.xml',
  '/sitemap-news.xml',
  '/sitemap_index.xml',
];

export const FEED_PATHS: readonly string[] = ['/feed', '/rss', '/rss.xml', '/feed.xml', '/atom.xml', '/index.xml'];
