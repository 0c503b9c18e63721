/**
 * The nulled / pirated-theme footer family. Themes and plugins "nulled" (licence check removed) and given away by
 * warez sites carry footer links back to those sites: free or nulled WordPress themes, free Android games / APKs,
 * paid courses (Udemy, Lynda…) for free, mobile / Samsung firmware downloads. The wording is shuffled from site to
 * site ("Download Premium WordPress Themes Free", "Free Download WordPress Themes", "udemy paid course free
 * download"), so these are word-family patterns, each linear (no nested quantifiers), read on link texts, hidden or
 * footer text and decoded base64 payloads.
 */

export interface SpamFamily {
  /** Short id shown in `where`. */
  id: string;
  /** Linear-time patterns over lower-cased text. */
  patterns: RegExp[];
}

const FREEISH = '(?:free|download|downloads|nulled|premium|cracked|pirated|warez|gratis|gratuit|kostenlos|miễn phí|tải)';
const CMS = '(?:wordpress|wp|joomla|drupal|blogger|shopify|magento|opencart|prestashop|ghost|html5?|bootstrap|elementor|woocommerce)';
const THEMEISH = '(?:themes?|plugins?|templates?|skins?|scripts?)';

export const SPAM_FAMILIES: readonly SpamFamily[] = [
  {
    id: 'themes',
    patterns: [
      new RegExp(`\\b${FREEISH}\\b[^.\\n]{0,40}?\\b${CMS}\\s+${THEMEISH}\\b`, 'u'),
      new RegExp(`\\b${CMS}\\s+${THEMEISH}\\b[^.\\n]{0,30}?\\b${FREEISH}\\b`, 'u'),
      /\bnulled\s+(?:themes?|plugins?|scripts?)\b/u,
      // Without the CMS word: "Download Premium Themes Free", "Free Premium Plugins Download".
      /\b(?:free|download|nulled)\b[^.\n]{0,20}?\b(?:premium\s+)?(?:themes|plugins|templates)\b[^.\n]{0,20}?\b(?:free|download)\b/u,
      /\b(?:themes|plugins|templates)\s+(?:free\s+download|download\s+free|nulled)\b/u,
      /\b(?:free|nulled|gpl)\s+(?:premium\s+)?(?:themes|plugins)\b/u,
      /\b(?:premium|gpl|nulled)\s+(?:themes|plugins|templates)\s+(?:free\s+)?download\b/u,
      // The same family translated on localised warez sites ("Tải theme WordPress miễn phí", "Temas WordPress gratis").
      /(?:tải|descargar|baixar|télécharger|herunterladen|unduh|scaricare|scarica)\s+(?:\S+\s+){0,3}?(?:themes?|temas?|thèmes?|plugins?)(?![\p{L}])/u,
      /(?:themes?|temas?|thèmes?|plugins?)\s+(?:de\s+)?(?:wordpress\s+|wp\s+)?(?:premium\s+)?(?:miễn phí|gratis|grátis|gratuits?|gratuitos?|kostenlos|gratuiti)(?![\p{L}])/u,
    ],
  },
  {
    id: 'apps-games',
    patterns: [
      /\bfree\s+(?:android|ios|iphone|pc|mobile|apk)\s+(?:games?|apps?|applications?)\b/u,
      /\b(?:android|pc|mobile)\s+(?:games?|apps?)\s+(?:free\s+)?download\b/u,
      /\b(?:mod\s+apk|apk\s+mod|apk\s+download|download\s+apk|free\s+apk|cracked\s+apk)\b/u,
      /(?:juegos|jogos|jeux|trò chơi|game)\s+(?:android|apk|mobile)\s+(?:gratis|grátis|gratuits?|miễn phí)(?![\p{L}])/u,
    ],
  },
  {
    id: 'downloads',
    patterns: [
      /\bfree\s+download\s+(?:full\s+)?(?:version\s+)?(?:pc\s+)?(?:games?|software|apps?|movies?|films?|mp3|music|ebooks?)\b/u,
      /\b(?:download|free)\s+(?:full\s+)?(?:crack|cracked|keygen|serial\s+keys?|patch)\b/u,
      /\b(?:crack|keygen)\s+(?:free\s+)?download\b/u,
      /\bdownload\s+(?:lagu|film|video)\s+(?:gratis|terbaru|mp3|mp4)\b/u,
    ],
  },
  {
    id: 'courses',
    patterns: [
      /\b(?:udemy|lynda|coursera|skillshare|pluralsight|linkedin learning|masterclass)\b[^.\n]{0,40}?\b(?:free|download|downloads)\b/u,
      /\bfree\s+online\s+courses?\b/u,
      /\b(?:free|download)\b[^.\n]{0,20}?\b(?:udemy|lynda|coursera|skillshare|pluralsight)\b/u,
      /\b(?:paid|premium)\s+courses?\s+(?:for\s+)?free\b/u,
      /\bcourses?\s+free\s+download\b/u,
      /\b(?:premium|paid)\s+courses?\b[^.\n]{0,20}?\b(?:free|download)\b/u,
      /\bdownload\s+(?:free\s+)?(?:premium\s+|paid\s+)?(?:online\s+)?courses?\b/u,
    ],
  },
  {
    id: 'firmware',
    patterns: [
      /\b(?:download|free|flash)\b[^.\n]{0,30}?\bfirmware\b/u,
      /\bfirmware\b[^.\n]{0,20}?\b(?:download|free)\b/u,
      /\bstock\s+rom\b|\bflash\s+file\b/u,
    ],
  },
  {
    id: 'warez',
    patterns: [/\bnulled\b/u, /\bwarez\b/u, /\bcracked\s+(?:software|plugins?|themes?|apps?)\b/u, /\b(?:keygen|serial\s+key)\s+(?:free|download)\b/u],
  },
];

/**
 * Host words of the same family (themesfreedl-nulled.com, onlinecourses-free.org, mobilefirmware-dl.net): a
 * link target whose host joins a "what" word with a "how" word. Read only on hidden, footer or decoded links.
 */
export const SPAM_HOST_WHAT = /(theme|plugin|template|apk|game|course|udemy|lynda|firmware|rom|crack|warez|nulled|gpl)/;
export const SPAM_HOST_HOW = /(free|dl|download|nulled|crack|warez|gpl|premium)/;
