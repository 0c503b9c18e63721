/**
 * Words that many publisher names share and that therefore say little about which publisher is meant ("The Guardian"
 * ~ "Guardian", "Báo An Giang" ~ "An Giang"); they count a quarter of a distinctive word. Families: articles of the
 * languages the source-line labels cover; "newspaper / magazine / journal / news / daily / online" and their
 * translations (Vietnamese "báo", "tạp chí", "tin", "điện tử"); domain endings written into names ("Aktuálně.cz").
 * Folded form (lower case, no diacritics), as titleWords produces.
 */
export const COMMON_NAME_WORDS: ReadonlySet<string> = new Set([
  // articles and particles
  'the', 'a', 'an', 'le', 'la', 'les', 'l', 'el', 'los', 'las', 'il', 'lo', 'gli', 'der', 'die', 'das', 'de', 'du',
  'des', 'del', 'della', 'di', 'da', 'do', 'dos', 'het', 'een', 'of', 'and', 'und', 'et', 'y', 'e',
  // "newspaper", "magazine", "news", "daily", "online"
  'bao', 'tap', 'chi', 'tin', 'dien', 'tu', 'trang', 'to', 'kenh', 'dai', 'hang', 'situs', 'laman', 'portal', 'site', 'website', 'online', 'news', 'newspaper', 'magazine', 'journal', 'daily', 'weekly',
  'post', 'media', 'press', 'zeitung', 'nachrichten', 'quotidien', 'diario', 'periodico', 'jornal',
  'noticias', 'notizie', 'gazeta', 'gazette', 'dziennik', 'noviny', 'zpravy', 'haber', 'harian', 'berita', 'koran',
  'nieuws', 'krant', 'novosti',
  // domain endings written into names
  'com', 'net', 'org', 'info', 'co', 'uk', 'vn', 'cz', 'fr', 'es', 'it', 'pl', 'nl', 'ru', 'br', 'id', 'tr',
  'jp', 'cn', 'kr', 'in', 'au', 'ca', 'us', 'www',
]);
