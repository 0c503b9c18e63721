/**
 * The wording of the held-out draws: how their copies end an excerpt, label a source, print a feed footer, and how
 * their originals name themselves. Written for the draws, apart from the robustness suite's lists, and kept out of the
 * engine's tables: `test/robustness/robustnessDisjoint.test.ts` proves it (case- and accent-insensitively, against
 * the tables and the compiled matchers). Never copy one of these into a table: the draws would then measure recall
 * of strings the engine was given, not reading.
 *
 * `%s` is the source (a link, a URL or a name), `%1` a post's link and `%2` a site's.
 */

/** Lines closing an aggregator excerpt, with the language they are written in. */
export const EXCERPT_ENDINGS = [
  ['en', 'The rest of this report is at %s'],
  ['en', 'Finish the article on %s'],
  ['en', 'Everything else is over at %s'],
  ['es', 'Sigue la historia completa en %s'],
  ['es', 'El resto de la noticia, en %s'],
  ['fr', 'Pour tout lire, rendez-vous sur %s'],
  ['fr', 'Le reste de cet article est sur %s'],
  ['de', 'Den vollständigen Beitrag gibt es bei %s'],
  ['de', 'Alles Weitere bei %s'],
  ['pt', 'A notícia continua no %s'],
  ['pt', 'O restante do texto está em %s'],
  ['it', 'Il resto dell’articolo su %s'],
  ['nl', 'De rest van het artikel staat op %s'],
  ['pl', 'Resztę tekstu znajdziesz na %s'],
  ['cs', 'Zbytek textu najdete na %s'],
  ['id', 'Simak berita utuhnya di %s'],
  ['vi', 'Phần còn lại của bài viết có trên %s'],
  ['ru', 'Остальное — на сайте %s'],
  ['tr', 'Devamı %s adresinde'],
  ['zh', '余下内容见%s'],
  ['ja', '記事の続きは%sにて'],
  ['ko', '나머지 내용은 %s 사이트에 있습니다'],
  ['ar', 'بقية الخبر على موقع %s'],
  ['sv', 'Resten av artikeln finns på %s'],
];

/** Source lines of full copies: a label or lead, then the source. */
export const SOURCE_LINES = [
  ['en', 'Taken from %s'],
  ['en', 'Material from %s'],
  ['en', 'Supplied to us by %s'],
  ['es', 'Contenido obtenido de %s'],
  ['es', 'Contenido facilitado por %s'],
  ['fr', 'Contenu repris du site %s'],
  ['de', 'Mit Genehmigung übernommen aus %s'],
  ['pt', 'Retirado de %s'],
  ['it', 'Ripreso da %s'],
  ['nl', 'Overgenomen van %s'],
  ['pl', 'Przedruk z %s'],
  ['cs', 'Článek jsme převzali z %s'],
  ['id', 'Dinukil dari %s'],
  ['vi', 'Nội dung lấy từ %s'],
  ['ru', 'Перепечатано с %s'],
  ['tr', 'Alıntıdır: %s'],
  ['zh', '摘录自%s'],
  ['ja', '転載：%s'],
  ['ko', '발췌: %s'],
  ['ar', 'منقول عن %s'],
  ['sv', 'Hämtat från %s'],
];

/** Feed footers of feed scrapers in other plugins' wording. */
export const FEED_FOOTERS = [
  ['en', 'The item %1 was published earlier at %2.'],
  ['es', 'La nota %1 se vio primero en %2.'],
  ['fr', 'Le billet %1 a été mis en ligne avant sur %2.'],
  ['de', 'Der Artikel %1 stand zuerst auf %2.'],
  ['it', 'Il post %1 è apparso prima su %2.'],
  ['pl', 'Wpis %1 ukazał się najpierw na %2.'],
  ['pt', 'A matéria %1 saiu antes em %2.'],
  ['vi', 'Mục tin %1 có trước trên %2.'],
  ['tr', 'Yazı %1 önce %2 sitesinde çıktı.'],
  ['zh', '帖子%1最早见于%2。'],
];

/** An original naming itself (a negative: the page is the source it names); %s is its own brand or address. */
export const SELF_NAMING = [
  'More stories like this at %s',
  'Follow %s for updates on this story.',
  'This report appeared on %s before the newsletter.',
  'Síguenos en %s',
  'Plus d’articles sur %s',
  'Mehr aus der Redaktion von %s',
  'Ikuti terus %s',
  'Đón đọc %s mỗi ngày',
  'Читайте нас на %s',
  '更多报道请关注%s',
  'Lees meer verhalen op %s',
];

/** Captions of the originals' pictures (neutral, no credit). */
export const CAPTIONS = [
  'The scene on Tuesday morning.',
  'A view of the area.',
  'Residents gathered outside.',
  'Archive picture.',
  'La zona, el martes.',
  'Vue d’ensemble.',
  'Blick auf den Ort.',
];

/** Invented authors for the originals' bylines, in several languages. */
export const AUTHOR_NAMES = [
  'Maren Feldkamp',
  'Tomasz Wierzba',
  'Lucía Berrocal',
  'Anouk Verbeek',
  'Giacomo Ferlini',
  'Hélène Marchetti',
  'Nguyễn Thu Hà',
  'Rizal Hidayat',
  'Oksana Lebedeva',
  'Kemal Aydoğan',
  'Priya Raghunathan',
  'Sigrid Holmqvist',
  'Daniel Okafor',
  'Marta Kovářová',
  'Inês Carvalho',
  'Jonas Lindqvist',
  'Aiko Tanabe',
  'Seo-yeon Park',
  'Wei Lin',
  'Layla Haddad',
];
