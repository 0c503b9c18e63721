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

const FREEISH =
  '(?:free|download|downloads|nulled|premium|cracked|pirated|warez|gratis|gratuit|kostenlos|miễn phí|tải)';
const CMS =
  '(?:wordpress|wp|joomla|drupal|blogger|shopify|magento|opencart|prestashop|ghost|html5?|bootstrap|elementor|woocommerce)';
const THEMEISH = '(?:themes?|plugins?|templates?|skins?|scripts?)';
// The same words on localised warez sites: "Descargar Plantillas WordPress Gratis", "Kostenlose WordPress Themes",
// "Скачать шаблоны WordPress бесплатно", "WordPress 主题免费下载", "Darmowe szablony WordPress".
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const OFFER_I18N = `(?:${B}(?:free|download|nulled|gratis|grátis|gratuit[eos]*|gratuitos?|kostenlos[e]?|miễn phí|tải|descargar|baixar|télécharger|herunterladen|unduh|scarica(?:re)?|pobierz|darmow[eay]|бесплатн[а-я]*|скачать|ücretsiz|indir)${E}|免费|下载|無料)`;
const THEMES_I18N = `(?:${B}(?:themes?|plugins?|templates?|plantillas?|temas?|thèmes?|temi|szablony|motywy|шаблон[а-я]*|тем[аы]|tema)${E}|主题|模板|插件|テーマ)`;
const CMS_WORD = `${B}(?:wordpress|wp|joomla|blogger|drupal|woocommerce|elementor)${E}`;
/**
 * A phrase of a few words (a link text, a footer item: spam phrases run 2–7 words) holding all of the lookaheads,
 * in any order. Prose is longer: "check your email on your mobile phone to download the app" is no footer.
 */
const short = (...parts: string[]): RegExp =>
  new RegExp(`^(?=[^\\n]{0,80}$)(?=(?:\\S+\\s){0,6}\\S+$)${parts.map((p) => `(?=.*${p})`).join('')}`, 'u');
// Phone makers whose firmware files warez sites list: "Firmware Samsung", "Samsung Stock Firmware".
const PHONE_MAKER =
  '(?:samsung|xiaomi|huawei|oppo|vivo|nokia|tecno|infinix|itel|lenovo|realme|motorola|redmi|alcatel|zte)';

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
      /(?<![\p{L}])(?:tải|descargar|baixar|télécharger|herunterladen|unduh|scaricare|scarica)\s+(?:\S+\s+){0,3}?(?:themes?|temas?|thèmes?|plugins?)(?![\p{L}])/u,
      /(?<![\p{L}])(?:themes?|temas?|thèmes?|plugins?)\s+(?:de\s+)?(?:wordpress\s+|wp\s+)?(?:premium\s+)?(?:miễn phí|gratis|grátis|gratuits?|gratuitos?|kostenlos|gratuiti)(?![\p{L}])/u,
      // "Free Download Premium Plugins", "Nulled GPL WordPress Themes": two offer words before the goods.
      /\b(?:free\s+download|download\s+free|nulled|gpl)\s+(?:premium\s+)?(?:wordpress\s+|wp\s+)?(?:themes|plugins|templates)\b/u,
      // Any language, any order, in a short text: a CMS word, a theme/template word and an offer word.
      short(CMS_WORD, THEMES_I18N, OFFER_I18N),
    ],
  },
  {
    id: 'apps-games',
    patterns: [
      /\bfree\s+(?:android|ios|iphone|pc|mobile|apk)\s+(?:games?|apps?|applications?)\b/u,
      /\b(?:android|pc|mobile)\s+(?:games?|apps?)\s+(?:free\s+)?download\b/u,
      /\b(?:mod\s+apk|apk\s+mod|apk\s+download|download\s+apk|free\s+apk|cracked\s+apk)\b/u,
      /(?<![\p{L}])(?:juegos|jogos|jeux|trò chơi|game)\s+(?:android|apk|mobile)\s+(?:gratis|grátis|gratuits?|miễn phí)(?![\p{L}])/u,
      // "Free Android APK Games", "Download Android Games For Free", "Premium Android Apps Free".
      /\bfree\s+(?:android\s+|ios\s+|pc\s+|mobile\s+)?(?:apk|mod)\s+(?:games?|apps?)\b/u,
      /\b(?:download|free)\s+(?:free\s+|download\s+)?(?:android|ios|iphone|pc|mobile|apk)\s+(?:games?|apps?)\b/u,
      /\b(?:android|ios|pc|mobile|apk)\s+(?:games?|apps?)\s+(?:for\s+)?free\b/u,
      // Any language, any order, in a short text: a platform, games/apps and an offer word.
      short(
        `${B}(?:android|apk|ios|mobile|pc)${E}`,
        `(?:${B}(?:games?|apps?|juegos|jogos|jeux|giochi|gry|игры|trò chơi)${E}|游戏|ゲーム)`,
        OFFER_I18N,
      ),
    ],
  },
  {
    id: 'downloads',
    patterns: [
      /\bfree\s+download\s+(?:full\s+)?(?:version\s+)?(?:pc\s+)?(?:games?|software|apps?|movies?|films?|mp3|music|ebooks?)\b/u,
      /\b(?:download|free)\s+(?:full\s+)?(?:crack|cracked|keygen|serial\s+keys?|patch)\b/u,
      /\b(?:crack|keygen)\s+(?:free\s+)?download\b/u,
      /\bdownload\s+(?:lagu|film|video)\s+(?:gratis|terbaru|mp3|mp4)\b/u,
      /\b(?:download|free)\b[^.\n]{0,20}?\b(?:software|games?|apps?)\s+full\s+version\b/u,
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
      // "Free Premium Courses", "Free Course Download".
      /\bfree\s+(?:premium|paid|udemy|lynda)\s+courses?\b/u,
      /\bcourses?\s+(?:free\s+)?download\b/u,
    ],
  },
  {
    id: 'firmware',
    patterns: [
      /\b(?:download|free|flash)\b[^.\n]{0,30}?\bfirmware\b/u,
      /\bfirmware\b[^.\n]{0,20}?\b(?:download|free)\b/u,
      /\bstock\s+rom\b|\bflash\s+file\b/u,
      /\bstock\s+firmware\b/u,
      // A maker and "firmware" alone make a footer link ("Firmware Samsung"); a headline says more words.
      new RegExp(
        `^(?=(?:\\S+\\s+){0,3}\\S+$)(?:.*\\b${PHONE_MAKER}\\s+(?:stock\\s+)?(?:firmware|rom)\\b|.*\\bfirmware\\s+${PHONE_MAKER}\\b)`,
        'u',
      ),
    ],
  },
  {
    id: 'warez',
    patterns: [
      /\bnulled\b/u,
      /\bwarez\b/u,
      /\bcracked\s+(?:pc\s+|android\s+)?(?:software|plugins?|themes?|apps?|games?)\b/u,
      /\b(?:keygen|serial\s+key)\s+(?:free|download)\b/u,
    ],
  },
];

/**
 * Host words of the same family (themesfreedl-nulled.com, onlinecourses-free.org, mobilefirmware-dl.net): a
 * link target whose host joins a "what" word with a "how" word. Read only on hidden, footer or decoded links.
 */
export const SPAM_HOST_WHAT =
  /(theme|plugin|template|apk|game|course|udemy|lynda|firmware|rom|crack|warez|nulled|gpl)/g;
export const SPAM_HOST_HOW = /(free|dl|download|nulled|crack|warez|gpl|premium|mod)/g;
/** Host words that are the warez family on their own (null24-style and "nulled" sites). */
export const SPAM_HOST_ALONE = /(nulled|warez|keygen|cracked)/;

/**
 * An honest theme credit names ONE theme and its maker ("Free WordPress theme by ThemeZee", "Theme: Astra"); the
 * warez footer advertises many ("Free WordPress Themes"). A text with this shape is not the themes family.
 */
export const THEME_CREDIT = /\btheme\s+(?:by|from|designed by|developed by)\s|\btheme\s*:\s/u;

/**
 * The copyright line that every theme footer prints ("© 2024 Site", "All rights reserved", "Bảo lưu mọi quyền",
 * "版权所有"): where landmarks and class names say nothing, a spam link right next to it after the article is in the
 * footer all the same. From WordPress theme footers and their translations.
 */
export const COPYRIGHT_MARK =
  /©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved|bảo lưu mọi quyền|bản quyền|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone|hak cipta|все права защищены|版权所有|版權所有|著作権|저작권|สงวนลิขสิทธิ์|جميع الحقوق محفوظة/iu;
