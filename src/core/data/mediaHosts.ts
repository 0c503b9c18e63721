/**
 * Image hosts that say nothing about where an article came from: avatars, emoji, counters and tracking pixels,
 * ad servers, share buttons, and the image CDNs of the blog platform itself (a Blogger blog's images live on
 * Google's hosts; a WordPress.com site's on wp.com). Matched against the end of the host name. From the usual
 * tracker lists and the platforms' documented image hosts.
 */
export const IGNORED_IMAGE_HOSTS: readonly string[] = [
  // avatars and emoji
  'gravatar.com', 's.w.org', 'secure.gravatar.com', 'twemoji.maxcdn.com', 'abs.twimg.com', 'emoji.slack-edge.com',
  // counters, analytics, pixels
  'stats.wp.com', 'pixel.wp.com', 'google-analytics.com', 'googletagmanager.com', 'facebook.com', 'facebook.net',
  'doubleclick.net', 'googlesyndication.com', 'googleadservices.com', 'scorecardresearch.com', 'quantserve.com',
  'statcounter.com', 'histats.com', 'addthis.com', 'sharethis.com', 'bing.com', 'linkedin.com', 'twitter.com',
  'pinterest.com', 'chartbeat.net', 'hotjar.com', 'yandex.ru', 'mc.yandex.ru', 'top.mail.ru', 'amazon-adsystem.com',
  'adnxs.com', 'taboola.com', 'outbrain.com', 'criteo.com', 'krxd.net', 'pubmatic.com', 'rubiconproject.com',
  'moatads.com', 'adsrvr.org', 'demdex.net', 'omtrdc.net', '2mdn.net', 'mgid.com', 'revcontent.com',
  // blog platforms' own image CDNs
  'bp.blogspot.com', 'blogger.googleusercontent.com', 'ggpht.com', 'googleusercontent.com', 'gstatic.com',
  'wp.com', 'wordpress.com', 'files.wordpress.com', 'tumblr.com', 'media.tumblr.com',
  // embedded posts and players: the social network's media, not the article's publisher
  'twimg.com', 'cdninstagram.com', 'fbcdn.net', 'ytimg.com', 'vimeocdn.com', 'giphy.com', 'redditmedia.com', 'redd.it',
  'tiktokcdn.com', 'sndcdn.com', 'disquscdn.com',
  // badges and generic widgets
  'shields.io', 'badge.fury.io', 'feedburner.com', 'feeds.feedburner.com', 'paypalobjects.com', 'creativecommons.org',
];

/** Image proxies that carry the real host in their path: i0.wp.com/example.com/img.jpg. */
export const PROXY_IMAGE_HOSTS: RegExp = /^i[0-3]\.wp\.com$/;
