/**
 * Registrable domains of image CDNs and hosts that serve many unrelated sites. An image from one of them says nothing
 * about which publisher's site it belongs to unless that exact host name was seen on a site (a directory entry's
 * `imageHosts`). Families: general CDNs (CloudFront, Fastly, Akamai, Cloudflare, jsDelivr), image services
 * (Cloudinary, imgix, Imgur), blog platforms and their media hosts (WordPress.com Photon, Blogger/Google user content,
 * Tumblr), social and video hosts, and the ad/analytics hosts that pages embed everywhere.
 */
export const SHARED_MEDIA_DOMAINS: ReadonlySet<string> = new Set([
  'cloudfront.net', 'fastly.net', 'akamaized.net', 'akamaihd.net', 'akamai.net', 'edgesuite.net', 'edgekey.net',
  'cloudflare.com', 'cdnjs.com', 'jsdelivr.net', 'unpkg.com', 'azureedge.net', 'b-cdn.net', 'imgix.net', 'cloudinary.com',
  'imgur.com', 'wp.com', 'wordpress.com', 'googleusercontent.com', 'blogger.com', 'blogspot.com', 'ggpht.com',
  'gstatic.com', 'googleapis.com', 'tumblr.com', 'amazonaws.com', 'twimg.com', 'fbcdn.net', 'gravatar.com',
  'pinimg.com', 'flickr.com', 'staticflickr.com', 'ytimg.com', 'vimeocdn.com', 'doubleclick.net',
  'googlesyndication.com', 'google-analytics.com', 'googletagmanager.com', 'scorecardresearch.com', 'facebook.com',
  'twitter.com', 'shopify.com', 'squarespace.com', 'wixstatic.com', 'githubusercontent.com',
]);
