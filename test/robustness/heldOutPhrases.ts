/**
 * The wordings the robustness suite rewrites pages with, written as other sites word them and kept out of the
 * engine's tables: no phrase here is a phrase of a language pack (src/core/data/lang) or of another data table
 * (credit labels, byline prefixes, spam families, citation contexts), and none starts with one the engine's line
 * patterns would read. `robustnessDisjoint.test.ts` proves it, case- and accent-insensitively, against the tables and
 * the compiled matchers; a hit in the suite therefore means the engine read a family, not a string it was given.
 * (The lists used to be copied from the tables: 34 of 44 "other" source leads were the engine's own labels.)
 *
 * Never add a phrase from here to an engine table to raise a figure: the disjointness test fails if you do.
 */

/** Colon labels that name the source, with their usual colon; their first word is no table label. */
export const SOURCE_LABELS: readonly [string, string][] = [
  ['Provenance', ':'],
  ['Origin of this story', ':'],
  ['Reporting outlet', ':'],
  ['Procedencia', ':'],
  ['Procedencia de la nota', ':'],
  ['Herkunft', ':'],
  ['Herkunft des Textes', ':'],
  ['Xuất xứ', ':'],
  ['Xuất xứ bài viết', ':'],
  ['Происхождение материала', ':'],
  ['消息出自', '：'],
  ['Asal berita', ':'],
  ['Proveniência', ':'],
  ['Provenienza', ':'],
  ['Herkomst', ':'],
  ['Pochodzenie tekstu', ':'],
  ['Haberin geldiği site', ':'],
  ['أصل الخبر', ':'],
  ['기사 제공', ':'],
  ['記事提供', '：'],
  ['Původ zprávy', ':'],
  ['Proveniența', ':'],
  ['Προέλευση', ':'],
  ['Eredet', ':'],
  ['Oprindelse', ':'],
  ['Ursprung', ':'],
];

/** Aggregator "read more" leads and "first published" notes (%s: the source). */
export const SOURCE_LEADS: readonly string[] = [
  'The story continues at %s',
  'Full coverage at %s',
  'Get the whole story from %s',
  'Keep reading at %s',
  'More on this story at %s',
  'Đọc toàn bộ bài viết trên %s',
  'Xem đầy đủ tại %s',
  'Continúa leyendo en %s',
  'Lee el texto íntegro en %s',
  'La suite est à lire sur %s',
  'Retrouvez l’article complet sur %s',
  'Hier geht es zum ganzen Artikel bei %s',
  'Mehr lesen bei %s',
  'Confira a matéria completa em %s',
  'Veja a reportagem completa no %s',
  'Continua la lettura su %s',
  'L’articolo integrale è su %s',
  'Verder lezen bij %s',
  'Lees het hele verhaal op %s',
  'Pełny tekst na %s',
  'Dalsza część artykułu na %s',
  'Pokračování článku na %s',
  'Selengkapnya dapat dibaca di %s',
  'Berita lengkap di %s',
  'Полный текст читайте на %s',
  'Продолжение на %s',
  '全文请见%s',
  '详情请阅读%s',
  '詳しくは%sで',
  '기사 전문은 %s에서',
  'تابع القراءة على %s',
  'Haberin tamamı %s sitesinde',
  'This piece went up first on %s.',
  'A version of this story ran earlier in %s.',
  'This report appeared earlier on %s.',
  'Cet article a d’abord été publié par %s.',
  'Este texto se publicó antes en %s.',
  'Der Text stand zuvor in %s.',
  'Nội dung này đã lên trang trước đó tại %s.',
  'Questo testo è uscito prima su %s.',
  'Tulisan ini lebih dulu terbit di %s.',
  'Материал ранее вышел на %s.',
  '此文先见于%s',
  'This column was originally written for %s.',
];

/** A publisher named the ways credit lines decorate it: quotes, emphasis, a date or a note after it, a descriptor. */
export const NAME_FORMS: readonly string[] = [
  'Provenance: “%s”',
  'Xuất xứ: <em>%s</em>',
  'Reporting outlet: %s (12/03/2023)',
  'Procedencia: %s - 12/03/2023',
  'Herkunft: %s, 12.03.2023',
  'Origin of this story: the %s',
  'Pochodzenie tekstu: <strong>%s</strong>',
  'Herkomst: %s | bewerkt door de redactie',
  '(Xuất xứ: %s)',
  'Asal berita: %s.',
  'Původ zprávy: %s;',
  'Haberin geldiği site: %s',
  'Proveniência: %s',
  'Происхождение материала: %s',
  '消息出自：%s',
  'Provenance : %s',
  'Eredet: %s',
  'Oprindelse: %s',
  'Provenienza: %s',
];

/**
 * The feed footer ("The post %1$s appeared first on %2$s.") as other plugins and the locales the packs do not list
 * word it (%1 the post's link, %2 the site's).
 */
export const FEED_TEMPLATES: readonly string[] = [
  'The entry %1 was first seen on %2.',
  'The story %1 showed up first on %2.',
  'L’article %1 es aparegut primièr sus %2.',
  'A entrada %1 apareceu primeiro en %2.',
  'L-artiklu %1 deher l-ewwel fuq %2.',
  'Príspevok %1 sa prvýkrát objavil na %2.',
  'Публикацията %1 се появи първо на %2.',
  'Objava %1 se prvo pojavila na %2.',
  'La afiŝo %1 unue aperis ĉe %2.',
  'Posturin %1 kom fyrst út á %2.',
  'It berjocht %1 ferskynde earst op %2.',
  'Ar pennad %1 a zo bet embannet da gentañ war %2.',
  'Bejegyzés: %1 – először itt: %2.',
  'Допис %1 вперше з’явився на %2.',
  'Mục %1 xuất hiện trước hết ở %2.',
  'Tulisan %1 mula-mula muncul di %2.',
  'Artikel %1 dukket opp først på %2.',
  'Η δημοσίευση %1 εμφανίστηκε πρώτη φορά στο %2.',
  'הפוסט %1 פורסם לראשונה באתר %2.',
  'โพสต์ %1 เผยแพร่ครั้งแรกที่ %2',
  '%1 एक पोस्ट है जो पहले %2 पर आई थी।',
];

/** Labels putting the poster's account on a copy's meta line. */
export const POSTER_LABELS: readonly string[] = [
  'Posted on the site by',
  'Đăng lên bởi',
  'Publicat de',
  'Subido por',
  'Mis en ligne par',
  'Uploaded by',
  'Người gửi bài:',
  'Dipublikasikan oleh',
  'Разместил:',
  '发帖人：',
  'Shared by',
  'Paylaşan:',
  'Diunggah oleh',
  'Ingestuurd door',
  'Gửi bởi',
  'Caricato da',
  'Eingestellt von',
  'Hochgeladen von',
  'Wrzucone przez',
  'Envoyé par',
  'Enviado por',
  'نشر بواسطة',
  'Người up:',
  '掲載者：',
  '올린이:',
  'Compartilhado por',
  'Выложил',
  'Diterbitkan oleh',
];

/**
 * Warez footers (cracked software, keygens, modded APKs, ROMs, course dumps) as such sites word them, in several
 * languages. Written without the spam families at hand: how many the families match is the measurement.
 */
export const SPAM_PHRASES: readonly string[] = [
  'Cracked Software Keygen',
  'Full Version PC Software',
  'Activation Key Generator',
  'Serial Key Crack Patch',
  'Premium Theme Club GPL',
  'MOD Menu APK Unlimited Money',
  'Hack APK Unlimited Coins',
  'Windows 11 Activator',
  'IDM Crack With Serial',
  'Adobe Photoshop Cracked Version',
  'Nulled Scripts Club',
  'GPL Vault Plugins',
  'Themeforest Nulled Collection',
  'Udemy Coupons 100% Off',
  'Paid Courses At Zero Cost',
  'Stock Firmware Flash Files',
  'Samsung Flash File',
  'Unlock Tool Crack',
  'PS2 ISO Roms',
  'Torrent Games For PC',
  'Repack Games Direct Link',
  'Baixar Jogos Crackeados',
  'Descargar Juegos Full Español',
  'Tải Phần Mềm Full Crack',
  'Скачать Кряк Без Регистрации',
  'Télécharger Logiciel Cracké',
  'Programmi Crackati Gratis',
  'Darmowe Gry Do Pobrania',
  'Full Program İndir',
  'Unduh Game Mod Apk',
  'Vollversion Software Kostenlos',
  '破解软件下载',
];

/** Host words of the warez sites those footers link to ("keyshub.xyz"), none of the engine's host-word family. */
export const SPAM_HOST_WORDS: readonly string[] = [
  'softwares',
  'keys',
  'isos',
  'serials',
  'activators',
  'apps',
  'movies',
  'cheats',
  'flashfiles',
  'repacks',
];
export const SPAM_HOST_HOW: readonly string[] = ['hub', 'zone', 'vip', 'pro', 'world', 'club', 'city'];

/**
 * Honest data notes under charts and tables, with a source label (that is the point: they must not read as a
 * republication credit) and a provider the engine's data-provider family does not name.
 */
export const DATA_CITATIONS: readonly string[] = [
  'Source: Fundação Getulio Vargas',
  'Nguồn: CafeF tổng hợp',
  'Fuente: Cámara de Comercio de Bogotá',
  'Quelle: Ifo-Geschäftsklima',
  'Sumber: Kadin Indonesia',
  'Источник: ВЦИОМ',
  '来源：万得资讯',
  'Fonte: Serasa Experian',
  'Źródło: Otodom',
  'Source : Observatoire de la vie étudiante',
  'Kaynak: Türkiye Odalar ve Borsalar Birliği',
  'Bron: Nibud',
  'Source: Zillow',
  'Fuente: Idealista',
  'Source: YouGov',
  'Sources: Eurocontrol, Airbus',
  'Source: airline timetables, compiled by the newsroom',
  'Fonte: Confcommercio',
  'Source: Kalshi',
  'Source: Cox Automotive',
];

/** Honest photo credits, with labels the engine's photo-label table does not list and agencies it does not name. */
export const PHOTO_CREDITS: readonly string[] = [
  'Bildnachweis: Mareike Hansen',
  'Ilustrasi: Rizky Pratama',
  'Minh hoạ: Hoàng Long',
  'Kredit: Lukas Nowak',
  'Φωτ.: Γιώργος Παππάς',
  'Kamera: Anders Lund',
  'Ilustración: Marta Ruiz',
  'Dessin : Camille Dubois',
  'Beeld bewerkt door Sanne de Vries',
  'Зображення: Олена Коваль',
  '撮影・山田太郎',
  '그림 김민지',
  'Capture d’écran',
  'Screenshot: YouTube',
  'Ilustracja: Piotr Zieliński',
];

/** Honest footers that name a theme, a host or a builder (no warez): they must not fire. */
export const POWERED_BY: readonly string[] = [
  'Site built on Hugo · Theme Ananke',
  'Hosted with care by Netlify',
  'Made with Squarespace',
  'Template designed by Solid Digital',
  'Running on Ghost',
  'Design: Studio Nord',
  'Theme Neve from ThemeIsle',
  'Built on the Genesis Framework',
  'Website by Halcyon Web Studio',
  'Desenvolvido por Agência Tal',
  'Sitio creado con Wix',
  'Realisiert von Webagentur Müller',
  'Thiết kế web bởi Công ty ABC',
  'Site réalisé par l’agence Pixel',
];
