/**
 * Words with which pages name the source of a republished article, by language. Gathered from scraper and
 * aggregator templates, WordPress auto-blogging plugins, and the credit lines of partner outlets.
 *
 * - `labels` are followed by a colon (or a bracket / dash): "Nguồn: …", "Source : …", "来源：…", "출처: …".
 * - `leads` are followed directly by the source, colon optional: "Theo Báo An Giang", "Read more at <a>…</a>",
 *   "Xem chi tiết tại …", "Lire la suite sur …".
 * - `origins` (patterns) say "first published elsewhere" anywhere in a short line: "This story was originally
 *   published by <a>V8</a>…", "Cet article a été initialement publié par…". Outgoing notes ("This article was
 *   reprinted on Wired.com") are deliberately not in this family.
 */

export interface SourceLabelSet {
  labels: string[];
  leads: string[];
  origins: RegExp[];
}

export const SOURCE_LABELS: Readonly<Record<string, SourceLabelSet>> = {
  vi: {
    labels: ['Nguồn', 'Nguồn tin', 'Nguồn thông tin', 'Nguồn bài viết', 'Nguồn bài', 'Bài gốc', 'Bài viết gốc', 'Trích nguồn', 'Nguồn tham khảo', 'Nguồn bài gốc', 'Nguồn gốc bài viết', 'Theo nguồn'],
    leads: ['Theo', 'Xem thêm tại', 'Xem chi tiết tại', 'Xem tiếp tại', 'Xem toàn bộ bài viết tại', 'Đọc thêm tại', 'Đọc tiếp tại', 'Đọc bài gốc tại', 'Xem bài gốc tại', 'Xem bài viết gốc tại', 'Đọc bài viết gốc tại', 'Xem nguyên văn tại', 'Xem toàn văn tại', 'Dịch từ', 'Lược dịch từ', 'Lược dịch theo', 'Biên dịch từ'],
    origins: [/(?:bài viết|bài báo|bài) (?:này )?(?:được )?(?:đăng|xuất bản|đăng tải) (?:lần đầu|đầu tiên|gốc) (?:tại|trên|bởi)/iu],
  },
  en: {
    labels: ['Source', 'Sources', 'Original source', 'Article source', 'News source', 'Credit', 'Via', 'Original article', 'Originally published', 'Source link', 'Source URL', 'Source article', 'Original story', 'Original post', 'Story source', 'Article credit'],
    leads: ['Read more at', 'Read more on', 'Read the full story at', 'Read the full story on', 'Read the full article at', 'Read the full article on', 'Read the rest at', 'Read the rest on', 'Read the original at', 'Read the original article at', 'Continue reading at', 'Continue reading on', 'Originally published at', 'Originally published on', 'Originally published in', 'Originally published by', 'First published at', 'First published on', 'First published by', 'Republished from', 'Reprinted from', 'Republished with permission from', 'Reprinted with permission from', 'Courtesy of', 'Translated from', 'Adapted from', 'Excerpted from', 'Cross-posted from', 'Crossposted from', 'Syndicated from', 'Story by'],
    origins: [
      /(?<![\p{L}\p{N}])(?:originally|first|initially)\s+(?:published|appeared|posted|ran)\s+(?:at|on|in|by)(?![\p{L}\p{N}])/iu,
      /(?<![\p{L}\p{N}])(?:is|was|has been)\s+(?:republished|reprinted|reproduced)\s+(?:here\s+)?(?:with\s+permission\s+)?(?:from|courtesy of)(?![\p{L}\p{N}])/iu,
      /(?<![\p{L}\p{N}])(?:republished|reprinted|reproduced)\s+(?:here\s+)?with\s+(?:the\s+)?(?:kind\s+)?permission(?![\p{L}\p{N}])/iu,
    ],
  },
  es: {
    labels: ['Fuente', 'Fuentes', 'Fuente original', 'Vía', 'Crédito', 'Artículo original', 'Nota original'],
    leads: ['Leer más en', 'Lee más en', 'Lea más en', 'Seguir leyendo en', 'Sigue leyendo en', 'Lee la nota completa en', 'Lea la nota completa en', 'Lee el artículo completo en', 'Publicado originalmente en', 'Publicado originalmente por', 'Con información de', 'Tomado de', 'Traducido de'],
    origins: [/(?<![\p{L}\p{N}])(?:publicad[oa]|aparecid[oa]|apareció)\s+(?:originalmente|originariamente|primero|inicialmente|por primera vez)\s+(?:en|por)(?![\p{L}\p{N}])/iu, /(?<![\p{L}\p{N}])originalmente\s+publicad[oa]\s+(?:en|por)(?![\p{L}\p{N}])/iu, /(?<![\p{L}\p{N}])(?:republicad[oa]|reproducid[oa])\s+con\s+(?:el\s+)?permiso(?![\p{L}\p{N}])/iu],
  },
  fr: {
    labels: ['Source', 'Sources', 'Source originale', 'Crédit', 'Via', 'Article original', 'Source de l’article', "Source de l'article"],
    leads: ['Lire la suite sur', 'Lire la suite sur le site de', 'Lire la suite dans', 'Lire l’article complet sur', "Lire l'article complet sur", 'Lire l’article original sur', "Lire l'article original sur", 'Lire aussi sur', 'Publié initialement sur', 'Publié initialement par', 'Article paru sur', 'Article paru dans', 'Traduit de', 'Repris de'],
    origins: [/(?<![\p{L}\p{N}])(?:initialement|originellement|originalement|d['’]abord|précédemment|à l['’]origine|en premier)\s+(?:publiée?s?|parue?s?)\s+(?:sur|dans|par|chez)(?![\p{L}\p{N}])/iu, /(?<![\p{L}\p{N}])(?:publiée?|parue?)\s+(?:initialement|originellement|d['’]abord|à l['’]origine)\s+(?:sur|dans|par|chez)(?![\p{L}\p{N}])/iu, /(?<![\p{L}\p{N}])cet article (?:est|a été) (?:initialement |originellement |d['’]abord )?(?:paru|publié)\s+(?:sur|dans|par|chez)(?![\p{L}\p{N}])/iu],
  },
  de: {
    labels: ['Quelle', 'Quellen', 'Originalquelle', 'Via', 'Originalartikel', 'Originalbeitrag'],
    leads: ['Weiterlesen bei', 'Weiterlesen auf', 'Weiterlesen im', 'Mehr dazu bei', 'Mehr dazu auf', 'Den ganzen Artikel lesen bei', 'Den ganzen Artikel lesen auf', 'Den ganzen Artikel lesen im', 'Ganzen Artikel lesen auf', 'Ganzen Artikel lesen bei', 'Den vollständigen Artikel lesen auf', 'Zum vollständigen Artikel auf', 'Zum Originalartikel', 'Zuerst erschienen bei', 'Zuerst erschienen auf', 'Zuerst erschienen in', 'Zuerst erschienen im', 'Übersetzt aus', 'Übernommen von'],
    origins: [/(?<![\p{L}\p{N}])(?:erschien|erschienen|veröffentlicht|publiziert)\s+(?:zuerst|ursprünglich|erstmals)\s+(?:bei|auf|in|im|von)(?![\p{L}\p{N}])/iu, /(?<![\p{L}\p{N}])(?:zuerst|ursprünglich|erstmals)\s+(?:erschienen|veröffentlicht|publiziert)\s+(?:bei|auf|in|im|von)(?![\p{L}\p{N}])/iu, /(?<![\p{L}\p{N}])mit freundlicher genehmigung(?![\p{L}\p{N}])/iu],
  },
  pt: {
    labels: ['Fonte', 'Fontes', 'Fonte original', 'Via', 'Crédito', 'Artigo original', 'Matéria original'],
    leads: ['Leia mais em', 'Leia mais no', 'Leia mais na', 'Leia a matéria completa em', 'Leia a matéria completa no', 'Leia o artigo completo em', 'Continue lendo em', 'Continue lendo no', 'Publicado originalmente em', 'Publicado originalmente por', 'Com informações de', 'Com informações do', 'Com informações da', 'Traduzido de'],
    origins: [/(?<![\p{L}\p{N}])(?:publicad[oa]|apareceu)\s+(?:originalmente|originariamente|primeiro|inicialmente|pela primeira vez)\s+(?:em|no|na|pelo|pela|por)(?![\p{L}\p{N}])/iu, /(?<![\p{L}\p{N}])originalmente\s+publicad[oa]\s+(?:em|no|na|pelo|pela|por)(?![\p{L}\p{N}])/iu],
  },
  it: {
    labels: ['Fonte', 'Fonti', 'Via', 'Articolo originale', 'Fonte originale'],
    leads: ['Leggi di più su', 'Leggi tutto su', 'Leggi anche su', 'Continua a leggere su', 'Leggi l’articolo completo su', "Leggi l'articolo completo su", 'Pubblicato originariamente su', 'Tratto da', 'Tradotto da'],
    origins: [/(?<![\p{L}\p{N}])(?:pubblicat[oa]|appars[oa])\s+(?:originariamente|originalmente|per la prima volta|inizialmente)\s+(?:su|da|in|sul|sulla|dal|dalla)(?![\p{L}\p{N}])/iu, /(?<![\p{L}\p{N}])(?:originariamente|originalmente)\s+pubblicat[oa]\s+(?:su|da|in|sul|sulla)(?![\p{L}\p{N}])/iu],
  },
  nl: {
    labels: ['Bron', 'Bronnen', 'Via', 'Origineel artikel', 'Oorspronkelijk artikel', 'Bron artikel'],
    leads: ['Lees meer op', 'Lees meer bij', 'Lees verder op', 'Lees verder bij', 'Lees het volledige artikel op', 'Lees het hele artikel op', 'Oorspronkelijk gepubliceerd op', 'Oorspronkelijk gepubliceerd door'],
    origins: [/(?<![\p{L}\p{N}])(?:verscheen|verschenen|gepubliceerd)\s+(?:eerder|oorspronkelijk|eerst)\s+(?:op|in|bij|door)(?![\p{L}\p{N}])/iu, /(?<![\p{L}\p{N}])oorspronkelijk\s+(?:gepubliceerd|verschenen)(?![\p{L}\p{N}])/iu],
  },
  pl: {
    labels: ['Źródło', 'Źródła', 'Zrodlo', 'Via', 'Źródło artykułu', 'Oryginał', 'Artykuł oryginalny'],
    leads: ['Czytaj więcej na', 'Czytaj więcej w', 'Czytaj dalej na', 'Czytaj dalej w', 'Więcej na', 'Cały artykuł na', 'Przeczytaj cały artykuł na'],
    origins: [/(?:pierwotnie|oryginalnie|po raz pierwszy)\s+(?:opublikowan\w*|ukazał\w*)/iu, /ukazał\w*\s+się\s+(?:pierwotnie|po raz pierwszy)/iu],
  },
  cs: {
    labels: ['Zdroj', 'Zdroje', 'Převzato z', 'Převzato', 'Zdroj článku', 'Originál', 'Původní článek'],
    leads: ['Více na', 'Čtěte více na', 'Celý článek na', 'Celý článek čtěte na', 'Pokračování na', 'Převzato z'],
    origins: [/(?:původně|poprvé)\s+(?:publikován\w*|vyšel|vyšl\w*|zveřejněn\w*)/iu],
  },
  sk: { labels: ['Zdroj', 'Zdroje', 'Prevzaté z'], leads: ['Viac na', 'Celý článok na', 'Čítajte viac na'], origins: [/(?:pôvodne|prvýkrát)\s+(?:publikovan\w*|uverejnen\w*|vyšiel)/iu] },
  tr: {
    labels: ['Kaynak', 'Kaynaklar', 'Haber kaynağı', 'Kaynak link', 'Haberin kaynağı', 'Kaynak site', 'Orijinal haber'],
    leads: ['Devamı için', 'Haberin devamı için', 'Haberin devamı', 'Devamını oku', 'Devamını okumak için', 'Daha fazlası için', 'Kaynağa git'],
    origins: [/(?:ilk olarak|ilk kez|orijinal olarak)\s+\S{1,40}\s+(?:yayımlan|yayınlan)/iu],
  },
  id: {
    labels: ['Sumber', 'Sumber berita', 'Sumber artikel', 'Via', 'Sumber asli', 'Artikel asli'],
    leads: ['Baca selengkapnya di', 'Baca selengkapnya pada', 'Selengkapnya di', 'Selengkapnya baca di', 'Baca artikel selengkapnya di', 'Baca berita selengkapnya di', 'Dikutip dari', 'Dilansir dari', 'Artikel ini telah tayang di', 'Artikel ini pertama kali tayang di', 'Artikel ini telah terbit di'],
    origins: [/(?<![\p{L}\p{N}])artikel ini (?:telah |sudah |pertama kali )?(?:tayang|terbit|dipublikasikan|dimuat)\s+(?:di|pada|oleh)(?![\p{L}\p{N}])/iu, /(?<![\p{L}\p{N}])pertama kali (?:terbit|tayang|dipublikasikan|dimuat)\s+(?:di|pada|oleh)(?![\p{L}\p{N}])/iu],
  },
  ms: { labels: ['Sumber'], leads: ['Baca lanjut di', 'Baca selanjutnya di'], origins: [/(?<![\p{L}\p{N}])pertama kali (?:diterbitkan|disiarkan)\s+(?:di|oleh)(?![\p{L}\p{N}])/iu] },
  ru: {
    labels: ['Источник', 'Источники', 'Первоисточник', 'Оригинал', 'Оригинал статьи', 'Оригинал публикации', 'Источник статьи'],
    leads: ['Читать далее на', 'Читать полностью на', 'Подробнее на', 'Подробнее читайте на', 'Читайте подробнее на', 'Читайте полностью на', 'Оригинал статьи на', 'По материалам'],
    origins: [/(?:впервые|первоначально|изначально)\s+(?:опубликова\w*|появил\w*|вышл\w*|вышел)/iu],
  },
  uk: { labels: ['Джерело', 'Першоджерело', 'Оригінал'], leads: ['Читати далі на', 'Детальніше на', 'Докладніше на', 'За матеріалами'], origins: [/(?:вперше|спочатку)\s+(?:опублікова\w*|з'явил\w*)/iu] },
  bg: { labels: ['Източник'], leads: ['Прочетете повече на', 'Още по темата в'], origins: [] },
  sr: { labels: ['Izvor', 'Извор'], leads: ['Opširnije na', 'Више на', 'Više na'], origins: [] },
  ar: {
    labels: ['المصدر', 'مصدر', 'المصادر', 'المصدر الأصلي', 'رابط المصدر'],
    leads: ['نقلا عن', 'نقلاً عن', 'اقرأ المزيد على', 'اقرأ المزيد في', 'اقرأ الخبر كاملا على', 'اقرأ المقال الأصلي على', 'للمزيد'],
    origins: [/نشر(?:ت|)\s+(?:هذه المقالة|هذا المقال|المقالة|المقال)?\s*(?:أولا|أولاً|لأول مرة|في الأصل)/u],
  },
  fa: { labels: ['منبع', 'منابع'], leads: ['به نقل از', 'ادامه مطلب در'], origins: [] },
  he: { labels: ['מקור'], leads: ['לכתבה המלאה ב', 'פורסם לראשונה ב'], origins: [] },
  zh: {
    labels: ['来源', '來源', '原文', '原文链接', '原文連結', '原文地址', '原文網址', '文章来源', '文章來源', '本文来源', '本文來源', '新闻来源', '新聞來源', '出处', '出處', '转载自', '轉載自', '消息来源', '消息來源', '稿源', '原文出处', '原文出處', '文章出处', '文章出處'],
    leads: ['转载自', '轉載自', '转自', '轉自', '本文转载自', '本文轉載自', '阅读原文', '閱讀原文', '阅读全文', '閱讀全文', '查看原文', '查看全文', '原文链接', '原文連結', '摘自', '本文首发于', '首发于', '首發於'],
    origins: [/(?:首发|首發|最初发表|最初發表|原载|原載|原刊)(?:于|於|在)/u],
  },
  ja: {
    labels: ['出典', '引用元', '元記事', 'ソース', '情報元', '参照元', '転載元', '出所', '配信元', '記事元', '元記事はこちら'],
    leads: ['元記事', '引用元', '転載元', '続きを読む', '全文を読む', '記事全文を読む', '元記事を読む', '元記事を見る'],
    origins: [/(?:に|で)(?:初出|最初に掲載|掲載された記事|初掲載)/u, /初出[：:]/u],
  },
  ko: {
    labels: ['출처', '원문', '기사원문', '원문 출처', '기사 출처', '원문보기', '원문 보기', '원문기사'],
    leads: ['원문 보기', '기사 원문', '원문보기'],
    origins: [/(?:에|에서)\s*(?:처음|최초로)\s*(?:게재|발행|공개)/u],
  },
  th: { labels: ['ที่มา', 'แหล่งที่มา', 'แหล่งข่าว', 'อ้างอิง'], leads: ['อ่านต่อที่', 'อ่านเพิ่มเติมที่', 'อ่านต่อได้ที่', 'อ่านข่าวเต็มที่'], origins: [] },
  hi: { labels: ['स्रोत', 'साभार', 'सोर्स'], leads: ['साभार', 'पूरी खबर पढ़ें', 'अधिक पढ़ें'], origins: [/(?:मूल रूप से|पहली बार)\s+\S{1,30}\s+(?:पर|में)\s+प्रकाशित/u] },
  bn: { labels: ['সূত্র', 'উৎস'], leads: [], origins: [] },
  ur: { labels: ['ماخذ', 'بشکریہ'], leads: [], origins: [] },
  sv: { labels: ['Källa', 'Källor'], leads: ['Läs mer på', 'Läs hela artikeln på', 'Publicerades först på'], origins: [/(?<![\p{L}\p{N}])(?:publicerades|publicerad)\s+(?:först|ursprungligen)\s+(?:på|i|hos)(?![\p{L}\p{N}])/iu] },
  da: { labels: ['Kilde', 'Kilder'], leads: ['Læs mere på', 'Læs hele artiklen på'], origins: [/(?<![\p{L}\p{N}])(?:blev|er)\s+(?:først|oprindeligt)\s+(?:bragt|publiceret|udgivet)(?![\p{L}\p{N}])/iu] },
  no: { labels: ['Kilde', 'Kilder'], leads: ['Les mer på', 'Les hele saken på'], origins: [/(?<![\p{L}\p{N}])(?:først|opprinnelig)\s+(?:publisert|publiseret)\s+(?:på|i|hos)(?![\p{L}\p{N}])/iu] },
  fi: { labels: ['Lähde', 'Lähteet'], leads: ['Lue lisää', 'Lue koko juttu'], origins: [/(?<![\p{L}\p{N}])julkaistu\s+alun perin(?![\p{L}\p{N}])/iu] },
  ro: { labels: ['Sursa', 'Sursă', 'Surse'], leads: ['Citește mai mult pe', 'Citește continuarea pe', 'Citește tot articolul pe'], origins: [/(?<![\p{L}\p{N}])publicat\s+(?:inițial|initial|pentru prima dată)\s+(?:pe|în|de)(?![\p{L}\p{N}])/iu] },
  hu: { labels: ['Forrás', 'Források'], leads: ['Bővebben', 'Tovább a', 'A teljes cikk'], origins: [/(?<![\p{L}\p{N}])eredetileg\s+\S{1,40}\s+jelent meg(?![\p{L}\p{N}])/iu] },
  el: { labels: ['Πηγή', 'Πηγές'], leads: ['Διαβάστε περισσότερα στο', 'Διαβάστε περισσότερα στην', 'Διαβάστε όλο το άρθρο στο'], origins: [] },
  hr: { labels: ['Izvor'], leads: ['Više na', 'Opširnije na'], origins: [] },
  sw: { labels: ['Chanzo'], leads: [], origins: [] },
};

/**
 * Lower-case words that describe the publisher before its name in a credit ("Theo báo Tuổi Trẻ", "Theo trang
 * VnExpress", "Source: the Guardian", "Sumber: situs Kompas"): a name that starts with one is still a name.
 */
export const PUBLISHER_DESCRIPTORS: readonly string[] = [
  'báo', 'báo điện tử', 'tờ', 'tờ báo', 'trang', 'trang tin', 'trang web', 'tạp chí', 'hãng tin', 'hãng thông tấn', 'kênh', 'đài', 'cổng thông tin',
  'the', 'situs', 'laman', 'portal', 'le site', 'le journal', 'el diario', 'el periódico', 'o site', 'o jornal', 'il sito', 'die website',
  'gazeta', 'serwis', 'portál', 'сайт', 'газета', 'издание',
];
