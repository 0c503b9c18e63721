/**
 * Words a publisher's name carries or drops without becoming another publisher: articles ("The Guardian" is
 * "Guardian"), the kind of outlet ("Báo Tuổi Trẻ" is "Tuổi Trẻ", "Frankfurter Allgemeine Zeitung" is "Frankfurter
 * Allgemeine", "BBC News" is "BBC"), company forms ("… Group", "… GmbH") and edition words ("online", "digital").
 * Families, not names: every entry is a word many unrelated publishers share. Lower case, diacritics kept.
 */
export const BRAND_FILLER_WORDS: readonly string[] = [
  // articles
  'the',
  'a',
  'an',
  'le',
  'la',
  'les',
  'l',
  'el',
  'los',
  'las',
  'il',
  'lo',
  'gli',
  'i',
  'o',
  'os',
  'as',
  'der',
  'die',
  'das',
  'de',
  'het',
  // kind of outlet
  'news',
  'newspaper',
  'daily',
  'press',
  'media',
  'online',
  'digital',
  'web',
  'net',
  'magazine',
  'mag',
  'tv',
  'radio',
  'báo',
  'tạp',
  'chí',
  'điện',
  'tử',
  'zeitung',
  'zeitschrift',
  'nachrichten',
  'journal',
  'jornal',
  'diario',
  'diário',
  'periódico',
  'gazette',
  'gazeta',
  'gazzetta',
  'krant',
  'dagblad',
  'avis',
  'tidning',
  'lehti',
  'noticias',
  'notícias',
  'haber',
  'gazetesi',
  'berita',
  'harian',
  'koran',
  'новости',
  'газета',
  'вести',
  'новини',
  'wiadomości',
  // company forms
  'group',
  'groupe',
  'gruppe',
  'company',
  'co',
  'inc',
  'ltd',
  'llc',
  'plc',
  'corp',
  'corporation',
  'gmbh',
  'ag',
  'sa',
  'spa',
  'srl',
  'bv',
  'nv',
  'jsc',
];

/**
 * The same kind of word glued to a name in scripts written without spaces ("朝日新聞デジタル", "新浪新闻"): dropped from
 * the end of a name before names are compared. Longest first is not needed: each is tried once, in this order.
 */
export const BRAND_FILLER_SUFFIXES: readonly string[] = [
  'デジタル',
  'ニュース',
  'オンライン',
  '新闻网',
  '新聞網',
  '新闻',
  '新聞',
  '网',
  '網',
  '뉴스',
  '닷컴',
  '신문',
  '일보',
];

/**
 * Publishing groups' own media hosts, on another registrable domain than the publications they serve: a picture
 * from one of them on one of the group's sites is the site's own, not hot-linked from another publisher. Only hosts
 * the groups visibly serve their pages' images from.
 */
export interface MediaGroup {
  /** Registrable domains of the group's media hosts. */
  media: readonly string[];
  /** Registrable domains of the publications those hosts serve. */
  sites: readonly string[];
}

export const MEDIA_GROUPS: readonly MediaGroup[] = [
  {
    media: ['futurecdn.net'],
    sites: [
      'livescience.com',
      'space.com',
      'techradar.com',
      'tomsguide.com',
      'tomshardware.com',
      'pcgamer.com',
      'gamesradar.com',
      'whathifi.com',
      'cyclingnews.com',
      'loudersound.com',
      'musicradar.com',
      't3.com',
      'marieclaire.co.uk',
      'homesandgardens.com',
      'goodto.com',
    ],
  },
  {
    media: ['vox-cdn.com'],
    sites: [
      'vox.com',
      'theverge.com',
      'polygon.com',
      'sbnation.com',
      'eater.com',
      'curbed.com',
      'nymag.com',
      'thecut.com',
      'vulture.com',
    ],
  },
  {
    media: ['hearstapps.com'],
    sites: [
      'esquire.com',
      'cosmopolitan.com',
      'elle.com',
      'harpersbazaar.com',
      'popularmechanics.com',
      'caranddriver.com',
      'goodhousekeeping.com',
      'menshealth.com',
      'womenshealthmag.com',
      'roadandtrack.com',
      'townandcountrymag.com',
      'delish.com',
    ],
  },
  { media: ['wsj.net'], sites: ['wsj.com', 'barrons.com', 'marketwatch.com'] },
  {
    media: ['gannett-cdn.com'],
    sites: [
      'usatoday.com',
      'freep.com',
      'azcentral.com',
      'jsonline.com',
      'indystar.com',
      'tennessean.com',
      'democratandchronicle.com',
      'courier-journal.com',
      'detroitnews.com',
    ],
  },
  { media: ['nyt.com'], sites: ['nytimes.com'] },
  { media: ['guim.co.uk'], sites: ['theguardian.com', 'guardian.co.uk'] },
  { media: ['bbci.co.uk'], sites: ['bbc.com', 'bbc.co.uk'] },
  { media: ['lemde.fr'], sites: ['lemonde.fr'] },
  { media: ['f1g.fr'], sites: ['lefigaro.fr'] },
  { media: ['yimg.com'], sites: ['yahoo.com'] },
  { media: ['vnecdn.net'], sites: ['vnexpress.net'] },
  { media: ['zingcdn.me', 'zadn.vn'], sites: ['znews.vn', 'zingnews.vn'] },
];

/**
 * Sites the news agencies run besides their wire (their papers, portals and other-language editions), by the
 * agency's display name in agencies.ts: there the agency's dateline ("新华社…电", "SEOUL (Yonhap) --") is the
 * page's own. From the agencies' own descriptions of their outlets.
 */
export const AGENCY_OUTLETS: readonly { agency: string; sites: readonly string[] }[] = [
  { agency: 'Xinhua', sites: ['xinhuanet.com', 'news.cn', 'mrdx.cn', 'jjckb.cn', 'xinhua.org'] },
  { agency: 'Yonhap', sites: ['yna.co.kr', 'yonhapnews.co.kr', 'yonhapnewstv.co.kr'] },
  { agency: 'TTXVN', sites: ['vnanet.vn', 'vietnamplus.vn', 'baotintuc.vn', 'bnews.vn', 'vnagency.com.vn'] },
  { agency: 'Anadolu', sites: ['aa.com.tr'] },
  { agency: 'TASS', sites: ['tass.ru', 'tass.com'] },
  { agency: 'RIA Novosti', sites: ['ria.ru', 'rian.ru'] },
  { agency: 'Kyodo', sites: ['kyodonews.net', 'kyodonews.jp', 'kyodo.co.jp'] },
  { agency: 'CNA', sites: ['cna.com.tw', 'focustaiwan.tw'] },
  { agency: 'Antara', sites: ['antaranews.com'] },
  { agency: 'Ukrinform', sites: ['ukrinform.ua', 'ukrinform.net'] },
  { agency: 'SPA', sites: ['spa.gov.sa'] },
  { agency: 'WAM', sites: ['wam.ae'] },
  { agency: 'MENA', sites: ['mena.org.eg'] },
  { agency: 'Reuters', sites: ['reuters.com'] },
  { agency: 'AFP', sites: ['afp.com'] },
  { agency: 'AP', sites: ['apnews.com', 'ap.org'] },
  { agency: 'dpa', sites: ['dpa.com', 'dpa-international.com'] },
  { agency: 'EFE', sites: ['efe.com'] },
];
