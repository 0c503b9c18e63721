/**
 * How wire datelines and agency credits are written, as data: the agencies' names in other scripts (the Latin
 * names and abbreviations are in agencies.ts) and the separators that end a dateline. Families, each seen across
 * many outlets of a language:
 *   "BERLIN (dpa) –", "(AP) —", "SEOUL (Yonhap) --", "القاهرة (رويترز) -", "(서울=연합뉴스)", "(TTXVN/Vietnam+)"
 *   "МОСКВА, 5 декабря. /ТАСС/.", "МОСКВА, 5 дек — РИА Новости."
 *   "【ワシントン共同】", "新华社北京12月5日电", "（中央社記者X台北5日電）"
 *   "KOMPAS.com, JAKARTA –" (a domain-shaped outlet name, a place, a dash)
 * The first name of each entry is the display name, as in agencies.ts.
 */
export const AGENCY_SCRIPT_ALIASES: readonly (readonly string[])[] = [
  [
    'Reuters',
    'رويترز',
    'رویترز',
    'রয়টার্স',
    'रॉयटर्स',
    'รอยเตอร์',
    'Ρόιτερς',
    'רויטרס',
    'Рейтер',
    'Рейтерс',
    'ロイター',
    'ロイター通信',
    '路透社',
    '路透',
    '로이터',
  ],
  [
    'AFP',
    'أ ف ب',
    'এএফপি',
    'एएफपी',
    'เอเอฟพี',
    'أ.ف.ب',
    'فرانس برس',
    'Франс Пресс',
    'Франс-Пресс',
    'AFP通信',
    '法新社',
    'AFP연합뉴스',
  ],
  ['AP', 'أسوشيتد برس', 'এপি', 'एपी', 'Ассошиэйтед Пресс', 'AP通信', '美联社', '美聯社', 'AP연합뉴스'],
  ['dpa', 'د ب أ', 'ДПА'],
  ['EFE', 'إفي'],
  ['Anadolu', 'الأناضول', 'Анадолу'],
  ['SPA', 'واس'],
  ['WAM', 'وام'],
  ['MENA', 'أ ش أ'],
  ['Xinhua', 'شينخوا', 'Синьхуа', '신화', '新华', '新華'],
  ['Kyodo', '共同', '교도'],
  ['Jiji', '時事'],
  ['Yonhap', '연합', '聯合'],
  ['TASS', 'تاس'],
  ['RIA Novosti', 'РИА', 'RIA'],
  ['Interfax', 'INTERFAX.RU', 'Интерфакс-Украина'],
  ['Ukrinform', 'УКРІНФОРМ'],
  ['BelTA', 'БелТА'],
  ['Kazinform', 'Казинформ'],
  ['TTXVN', 'Vietnam+', 'VNA'],
  ['Sputnik', 'Спутник'],
  ['PTI', 'पीटीआई', 'পিটিআই'],
  ['IANS', 'आईएएनएस', 'আইএএনএস'],
  ['UNB', 'ইউএনবি'],
  ['BSS', 'বাসস'],
];

/**
 * The dashes a dateline or a sign-off is written with, in every script's typography: the hyphen-minus (and runs of
 * it), the Unicode hyphen, figure, en, em and horizontal-bar dashes, the minus sign, and the small and full-width
 * hyphen-minus of CJK layouts.
 */
export const DASHES = '-‐‑‒–—―−﹘﹣－';

/** Characters that end a dateline before the story starts: dashes, colons (full-width too), bars, the danda. */
export const DATELINE_SEPARATORS = `${DASHES}:：|｜।`;

/**
 * How a credit is enclosed when it signs a text or opens it, in every script's typography: round brackets (ASCII,
 * full-width, small, ornamental), square and lenticular brackets, tortoise shells, and slashes ("/AA/", "／共同／").
 * Opening mark, closing mark.
 */
export const CREDIT_ENCLOSURES: readonly [string, string][] = [
  ['(', ')'],
  ['（', '）'],
  ['﹙', '﹚'],
  ['❨', '❩'],
  ['[', ']'],
  ['［', '］'],
  ['【', '】'],
  ['〔', '〕'],
  ['〖', '〗'],
  ['/', '/'],
  ['／', '／'],
];

/**
 * Marks that end a sentence before a sign-off, in every script: Latin full stops, question and exclamation marks,
 * the Greek question mark (a semicolon), the ideographic and full-width ones, the Arabic and Urdu question mark and
 * full stop, the Devanagari and Bengali danda, the Armenian full stop, and the closing quotes of a quoted last line.
 */
export const SENTENCE_ENDS = '.!?…;。！？．؟۔।॥։"”»’」』';

/** Slashes joining an outlet and an agency, or an agency and its editor, in a credit pair ("X/AGENCY"). */
export const CREDIT_SLASHES = '/／∕⁄';

/**
 * Agencies that sell pictures, not stories: a pair naming one ("EPA/Jane Roe", "AFP/Imago") is a photo credit.
 * Picture libraries spelled with a picture word ("Getty Images", "picture alliance") are citationContexts'
 * PICTURE_SOURCE_NAME. Lower case.
 */
export const PICTURE_AGENCIES: readonly string[] = ['epa', 'epa-efe', 'imago', 'sipa', 'scanpix', 'zuma', 'abaca'];

/** The word CJK wire datelines end with ("新华社北京12月5日电": "dispatched"), and the brackets they sit in. */
export const CJK_DISPATCH = '电電';
export const CJK_BRACKETS: readonly [string, string][] = [
  ['【', '】'],
  ['［', '］'],
  ['[', ']'],
  ['（', '）'],
  ['(', ')'],
  ['〔', '〕'],
];

/**
 * Words that make a name an agency's ("dts Nachrichtenagentur", "Agenzia Nova", "Azerbaijan News Agency"): a dateline
 * credit carrying one is an agency credit even when the tables do not know the agency. Lower case.
 */
export const AGENCY_WORDS: readonly string[] = [
  'nachrichtenagentur',
  'presseagentur',
  'news agency',
  'press agency',
  'agenzia',
  'agence',
  'agencia',
  'agência',
  'ajansı',
  'ajansi',
  'agentschap',
  'persbureau',
  'agencja',
  'agentura',
  'агентство',
  'агенція',
  'вести',
  'وكالة',
  '通讯社',
  '通訊社',
  '通信社',
  '통신',
];

/** Words a brand written as one token ends in when it is its own domain ("giadinhNet", "KompasCom"): lower case. */
export const DOMAIN_WORDS: readonly string[] = ['net', 'com', 'online', 'news', 'tv', 'vn', 'id', 'co'];

/**
 * Korean press credits join the outlet and the reporter with "=", then the reporter's title: "(서울=연합뉴스) 홍길동
 * 기자", "아시아경제=홍길동 기자 hong@…". The titles that close such a credit.
 */
export const PRESS_CREDIT_TITLES: readonly string[] = ['기자', '특파원', '통신원'];
