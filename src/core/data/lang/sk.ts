import type { LanguagePack } from './languagePack.ts';

/** Slovak. */
export const sk: LanguagePack = {
  code: 'sk',
  sourceLabels: ['Zdroj', 'Zdroje', 'Prevzaté z'],
  sourceLeads: [],
  readMore: ['Viac na', 'Celý článok na', 'Čítajte viac na'],
  readMoreLines: [
    '{viac|čítajte viac|čítajte ďalej|celý článok|celý článok nájdete|celý článok si prečítajte|pokračovanie|pokračovanie článku|čítať ďalej|viac informácií} {na|v|vo|na webe|na portáli|na stránke} @',
    '{pokračovať|pokračujte} {v čítaní|na celý článok|na článok} {na|v|vo|na webe} @',
    '{čítajte viac|čítať ďalej|celý článok|pokračovať v čítaní|pokračujte v čítaní|pokračovať na celý článok|zobraziť celý článok}',
  ],
  clickHere: ['kliknite sem', 'kliknite tu', 'klikni sem'],
  articleNouns: ['článok', 'článk*', 'reportáž*', 'rozhovor', 'komentár'],
  authorLinks: ['od', 'autora', 'autorky'],
  publishedVerbs: ['publikovan*', 'vyšiel', 'vyšla', 'uverejnen*'],
  originPhrases: ['{pôvodne|prvýkrát} {publikovan*|uverejnen*|vyšiel}'],
  clippingLeads: [
    '{Článok|Text|Rozhovor} vyšiel v',
    'Vyšlo v',
    'Publikované v',
    '{Článok|Text|Rozhovor|Komentár} … vyšiel v',
    'Prevzaté z',
    'Pretlačené z',
    '{Publikované|Vyšlo|Uverejnené} v {denníku|týždenníku|časopise|novinách|magazíne}',
    '{Článok|Text|Rozhovor|Komentár} {bol publikovaný|bol uverejnený|vyšiel} v {denníku|týždenníku|časopise|novinách|magazíne}',
  ],
  originNotes: [
    '{prinášame|uverejňujeme|publikujeme} {článok|text|rozhovor|komentár} {z|zo|denníka|týždenníka|portálu} @',
    '{prevzaté|uverejnené} so súhlasom @',
    '{pretlačené|prevzaté} {z|so súhlasom} @',
  ],
  clippingFroms: ['z'],
  clippingMarks: ['strana #', 'str#', 's.#', 'č.#', 'číslo #', 'vydanie'],
  dateLinks: ['zo', 'z', 'dňa'],
  reportVerbs: ['informuje', 'informovala', 'uviedla', 'informuje {spravodajca|spravodajkyňa|redaktor|redaktorka}'],
  reportingVerbs: [
    '{informuje|informoval|informovala|informovalo|uvádza|uviedol|uviedla|uviedlo|píše|napísal|napísala|napísalo|zistil|zistila|zistilo} @',
    '{podľa|ako informuje|ako informoval|ako informovala|ako uvádza|ako uviedol|ako uviedla|ako píše|ako zistil|ako zistila|ako zistilo} @',
    '@ s odvolaním na … {uvádza|uviedol|uviedla|uviedlo|informuje|informoval|informovala|píše|napísal|napísala}',
  ],
  interviewCredits: [
    '{povedal|povedala|uviedol|uviedla|potvrdil|potvrdila|priznal|priznala} … pre @',
    '{v rozhovore pre|v rozhovore s|v interview pre} @',
  ],
  feedFooters: [],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['a'],
  posterLabels: [],
  copiedNotices: ['všetky práva vyhradené'],
  promoNotices: [
    'sledujte @ na {WhatsApp|Telegram|Google News|Facebook|Instagram|YouTube|TikTok|Threads|LinkedIn|X|Twitter}',
    'stiahnite si aplikáciu @',
    'predplaťte si @',
    'prihláste sa na odber newslettra @',
  ],
};
