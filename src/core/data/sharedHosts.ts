/**
 * Hosting platforms on which each subdomain is a different publisher, for those the Public Suffix List (and so
 * tldts) does not already list as private suffixes. Two blogs on one of these are two sites.
 */
export const SHARED_HOSTS: readonly string[] = [
  'tumblr.com',
  'wordpress.com',
  'pixnet.net',
  'substack.com',
  'livejournal.com',
  'over-blog.com',
  'typepad.com',
  'weebly.com',
  'wixsite.com',
  'ghost.io',
];
