/**
 * What a line shaped like a source credit ("<short head>: <another site>") may be instead, for the shape reader
 * (signals/readSourceShape.ts), which does not know the label's words. Two families:
 * - heads that introduce a person, a picture or a page's own furniture, not a source: the credit, author, byline
 *   and poster labels the engine already keeps, and a theme's meta fields (tags, category, share, follow, contact,
 *   related links, licence) in the languages the packs cover;
 * - sites a link to which never names an article's original: social networks, video and messaging platforms,
 *   licences, blog and site builders (a "powered by" credit), app stores.
 * Compared case- and accent-folded (foldLatin after lower-casing).
 */
import { phrasesOf } from './lang/phrasesOf.ts';
import { AUTHOR_LABELS, PHOTO_LABELS } from './creditLabels.ts';
import { BYLINE_PREFIXES } from './bylinePrefixes.ts';
import { foldLatin } from '../text/foldLatin.ts';

/** A theme's meta fields and page furniture, by language family. */
const FURNITURE_HEADS: readonly string[] = [
  // tags, categories, topics
  'tags',
  'tag',
  'tagged',
  'topics',
  'topic',
  'category',
  'categories',
  'filed under',
  'keywords',
  'schlagworte',
  'schlagwörter',
  'kategorie',
  'themen',
  'etiquetas',
  'categoría',
  'categorías',
  'temas',
  'catégorie',
  'catégories',
  'mots-clés',
  'categoria',
  'categorie',
  'tag bài viết',
  'chuyên mục',
  'từ khóa',
  'kategori',
  'label',
  'метки',
  'теги',
  'рубрика',
  '标签',
  '分类',
  'タグ',
  'カテゴリー',
  '태그',
  // sharing, following, contact
  'share',
  'share this',
  'follow',
  'follow us',
  'contact',
  'email',
  'e-mail',
  'phone',
  'tel',
  'teilen',
  'compartir',
  'partager',
  'condividi',
  'compartilhe',
  'chia sẻ',
  'bagikan',
  'kontakt',
  'поделиться',
  '分享',
  // related and further links
  'related',
  'see also',
  'also read',
  'read also',
  'more',
  'previous',
  'next',
  'prev',
  // licence and legal
  'license',
  'licence',
  'lizenz',
  'licencia',
  'copyright',
  'disclaimer',
  'editor',
  'editors',
  'edited by',
  'translation',
  'translator',
];

export const NOT_SOURCE_HEADS: readonly string[] = [
  ...new Set(
    [...FURNITURE_HEADS, ...PHOTO_LABELS, ...AUTHOR_LABELS, ...BYLINE_PREFIXES, ...phrasesOf('posterLabels')].map((h) =>
      foldLatin(h.toLowerCase()),
    ),
  ),
];

/** Registrable domains whose links name a platform, a profile or a licence, never an article's original. */
export const PLATFORM_SITES: ReadonlySet<string> = new Set([
  // social networks and messaging
  'facebook.com',
  'fb.com',
  'fb.me',
  'twitter.com',
  'x.com',
  't.co',
  'instagram.com',
  'threads.net',
  'tiktok.com',
  'linkedin.com',
  'pinterest.com',
  'reddit.com',
  'tumblr.com',
  'vk.com',
  'ok.ru',
  'weibo.com',
  'line.me',
  't.me',
  'telegram.me',
  'telegram.org',
  'wa.me',
  'whatsapp.com',
  'bsky.app',
  'mastodon.social',
  // video and audio
  'youtube.com',
  'youtu.be',
  'vimeo.com',
  'dailymotion.com',
  'spotify.com',
  'soundcloud.com',
  // licences, site builders, app stores, payment
  'creativecommons.org',
  'wordpress.org',
  'wordpress.com',
  'blogger.com',
  'wix.com',
  'squarespace.com',
  'ghost.org',
  'drupal.org',
  'joomla.org',
  'apple.com',
  'google.com',
  'paypal.com',
  'patreon.com',
]);
