import type { LanguagePack } from './languagePack.ts';

/** Slovenian. Agencies report in the dual as well ("dpa in Ansa poročata"). */
export const sl: LanguagePack = {
  code: 'sl',
  sourceLabels: ['Vir', 'Viri', 'Vir novice', 'Vir članka', 'Izvirnik', 'Vir informacij'],
  sourceLeads: ['Povzeto po', 'Prevedeno iz', 'Prirejeno po', '{Prevzeto|Povzeto} {iz|s|z|po}'],
  readMore: ['Več na', 'Več o tem na', 'Preberite več na', 'Celoten članek na', 'Preberite več'],
  readMoreLines: [
    '{preberite več|preberi več|celoten članek|celotni članek|celoten prispevek|celotno besedilo|nadaljevanje|nadaljevanje članka|celoten intervju} {na|v|na portalu|na spletni strani|v časniku} @',
    '{več|več o tem} na @',
    '{pojdi na|preberite} {izvirni članek|izvirnik|vir}',
    '{preberite več|preberi več|celoten članek|nadaljuj z branjem|preberite celoten članek}',
  ],
  clickHere: ['kliknite tukaj', 'klikni tukaj', 'kliknite tu', 'klikni tu'],
  articleNouns: ['članek', 'člank*', 'prispev*', 'reportaž*', 'intervju*'],
  authorLinks: ['avtor', 'avtorica'],
  publishedVerbs: ['objavljen*', 'izšel', 'izšla', 'izšlo'],
  originPhrases: ['{prvotno|prvič|izvirno} objavljen*'],
  originNotes: [
    '{objavljamo|povzemamo|prenašamo|ponatiskujemo} {članek|prispevek|besedilo|intervju|kolumno} … @',
    '{objavljeno|povzeto|ponatisnjeno} z dovoljenjem @',
  ],
  clippingLeads: [
    '{Članek|Prispevek|Intervju|Besedilo} je bil objavljen v',
    '{Članek|Prispevek|Besedilo} … objavljen v',
    'Objavljeno v {časniku|reviji|dnevniku|tedniku}',
  ],
  clippingFroms: [],
  clippingMarks: ['str#', 'številka #'],
  dateLinks: [],
  reportVerbs: ['poroča', 'poročajo', 'poroča agencija', 'je poročala', 'je poročal', 'je poročala agencija'],
  reportingVerbs: [
    '{poroča|poročata|poročajo|poročal|poročala|poročali|je poročala|je poročal|je poročalo|so poročali|pišejo|je pisal|je pisala|navaja|navajajo|je objavila|je objavil} @',
    '{kot poroča|kot poročajo|kot piše|kot pišejo|kot navaja|kot navajajo|kot je poročala|kot je poročal|po poročanju|po navedbah|po pisanju|po podatkih|po informacijah|kot so poročali na} @',
    '@ {poroča|poročata|poročajo|pišeta|navaja|je poročala|je poročal|je poročalo|je objavila|je objavil|je pisal|je pisala}',
  ],
  interviewCredits: [
    '{je dejal|je dejala|je povedal|je povedala|je izjavil|je izjavila|je potrdil|je potrdila|dejal|dejala|povedal|povedala|izjavil|izjavila|pravi} … za @',
    '{v intervjuju za|v pogovoru za|v izjavi za|v pogovoru z novinarjem} @',
  ],
  feedFooters: ['se je najprej pojavil na', 'se je prvič pojavil na', 'je bil prvič objavljen na'],
  publisherDescriptors: ['časnik', 'dnevnik', 'tednik'],
  outletNameEndings: [],
  conjunctions: ['ter'],
  posterLabels: ['avtor', 'objavil', 'objavila', 'pripravil', 'pripravila'],
  copiedNotices: ['vse pravice pridržane', '{objavljanje|kopiranje|razmnoževanje|povzemanje} … {brez|ni dovoljeno}'],
  promoNotices: [
    'spremljajte @ na {WhatsApp|Telegram|Google News|Facebook|Instagram|YouTube|TikTok|X}',
    'prenesite aplikacijo @',
    '{naročite se na|prijavite se na} @',
  ],
};
