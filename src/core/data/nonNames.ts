/**
 * Words that show a byline candidate is not a person: organisations and desks ("BBC News", "Our Foreign Staff",
 * "Android Developers"), roles, site furniture ("admin", "Share", "Updated"), and dates. Lower case; matched against
 * whole words of the candidate. Families from bylines of news sites and WordPress themes in several languages.
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  // organisations and desks
  'news', 'staff', 'team', 'desk', 'newsroom', 'editors', 'editorial', 'editor', 'editores', 'redaktion', 'redaction', 'rédaction',
  'redacción', 'redazione', 'redakce', 'redakcja', 'redactie', 'редакция', 'developers', 'blog', 'magazine', 'media', 'press',
  'online', 'agency', 'agencies', 'wire', 'wires', 'services', 'service', 'network', 'group', 'inc', 'ltd', 'llc', 'gmbh',
  'corporation', 'company', 'foundation', 'institute', 'university', 'department', 'ministry', 'association', 'council',
  'times', 'post', 'daily', 'journal', 'tribune', 'gazette', 'herald', 'reports', 'report', 'correspondent', 'correspondents',
  'contributor', 'contributors', 'reporter', 'reporters', 'writer', 'writers', 'guest', 'anonymous', 'unknown', 'admin',
  'administrator', 'webmaster', 'moderator', 'user', 'sponsored', 'partner', 'content', 'ctv', 'pv', 'btv', 'bbt',
  'biên', 'phóng', 'báo', 'tòa', 'soạn',
  // site furniture
  'updated', 'update', 'published', 'posted', 'comments', 'comment', 'share', 'follow', 'subscribe', 'read', 'more', 'related',
  'minutes', 'minute', 'ago', 'views', 'home', 'menu', 'login', 'search', 'end', 'advertisement', 'sign', 'newsletter',
  'cập', 'nhật', 'đăng', 'lượt', 'xem', 'tin', 'tức',
  // words of headlines, menus and spam footers that an all-caps line may hold ("YOU MAY ALSO LIKE", "FREE THEMES")
  'the', 'of', 'for', 'our', 'your', 'you', 'my', 'we', 'this', 'that', 'with', 'from', 'about', 'also', 'like', 'all', 'new',
  'free', 'how', 'what', 'why', 'when', 'to', 'is', 'are', 'not', 'here', 'click', 'download', 'themes', 'theme', 'games',
  'wordpress', 'android', 'copyright', 'rights', 'reserved', 'privacy', 'policy', 'terms', 'contact', 'photo', 'photos',
  // dates: month and day names are also given names ("Laura June …", "Mai Anh", "Jan Novák"), so only words that
  // never name a person are here; dates are recognised by their digits.
  'today', 'yesterday', 'tháng', 'ngày',
]);

/**
 * Month names and abbreviations (en, fr, es, pt, it, de, nl, cs, vi): a byline that runs into a date
 * ("By GILLIAN MOHNEY March 11, 2015") is cut before the month when a number follows it.
 */
export const MONTH_WORDS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'janeiro', 'fevereiro', 'março', 'maio', 'junho', 'julho', 'setembro', 'outubro', 'novembro', 'dezembro',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'januar', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember', 'januari', 'februari', 'maart', 'mei', 'augustus',
  'ledna', 'února', 'března', 'dubna', 'května', 'června', 'července', 'srpna', 'září', 'října', 'listopadu', 'prosince',
  'tháng', 'updated', 'published', 'posted', 'on',
]);
