import type { LanguagePack } from './languagePack.ts';

/** Albanian. */
export const sq: LanguagePack = {
  code: 'sq',
  sourceLabels: [
    'Burimi',
    'Burim',
    'Burimet',
    'Lajmi origjinal',
    'Artikulli origjinal',
    'Burimi i lajmit',
    'Burimi i artikullit',
  ],
  sourceLeads: ['Marrë nga', 'Përshtatur nga', 'Përkthyer nga'],
  readMore: ['Lexo më shumë', 'Lexo të plotë', 'Lexoni më shumë', 'Më shumë në', 'Lexo lajmin e plotë'],
  readMoreLines: [
    '{lexo më shumë|lexoni më shumë|lexo të plotë|lexoni të plotë|lexo lajmin e plotë|lexo artikullin e plotë|lajmi i plotë|artikulli i plotë|vazhdo leximin|vazhdimi|më shumë} {në|te|tek|në faqen e|në portalin|në gazetën} @',
    '{shko te|lexo} {burimi origjinal|burimin origjinal|artikulli origjinal|artikullin origjinal}',
    '{lexo më shumë|lexoni më shumë|lexo të plotë|lexo lajmin e plotë|vazhdo leximin|lexo artikullin e plotë}',
  ],
  clickHere: ['kliko këtu', 'klikoni këtu', 'shtyp këtu', 'shtypni këtu'],
  articleNouns: ['artikull*', 'shkrim*', 'intervistë*', 'reportazh*'],
  authorLinks: ['shkruar nga'],
  publishedVerbs: ['publikuar', 'botuar', 'u publikua', 'u botua'],
  originPhrases: [
    '{publikuar|botuar} {fillimisht|për herë të parë}',
    '{fillimisht|për herë të parë} {u publikua|u botua|është publikuar|është botuar}',
  ],
  originNotes: [
    '{shkrimi|artikulli|intervista|lajmi|editoriali} {u publikua|u botua|është publikuar|është botuar} {fillimisht |}{në|te|tek} @',
    '{publikuar|ribotuar|botuar} me lejen e @',
  ],
  clippingLeads: [
    '{Artikulli|Shkrimi|Intervista} {u botua|u publikua|është botuar|është publikuar} në',
    'Botuar në {gazetën|revistën}',
  ],
  clippingFroms: [],
  clippingMarks: ['faqja #', 'numri #'],
  dateLinks: [],
  reportVerbs: ['raporton', 'shkruan', 'njofton', 'bën të ditur', 'transmeton', 'raportoi'],
  reportingVerbs: [
    '{raporton|raportoi|shkruan|shkroi|njofton|njoftoi|transmeton|transmetoi|bën të ditur|bëri të ditur|mëson|mësoi|citon|ka raportuar|ka shkruar} @',
    '{sipas|siç raporton|siç shkruan|siç njofton|siç bën të ditur|siç raportoi|referuar|duke cituar} @',
    '@ {raporton|raportoi|shkruan|shkroi|njofton|njoftoi|bën të ditur|bëri të ditur|mëson|mësoi}',
  ],
  interviewCredits: [
    '{deklaroi|u shpreh|ka thënë|ka deklaruar|pohoi|konfirmoi|tregoi|theksoi} … për @',
    '{në një intervistë për|në intervistë për|në një intervistë me|në një bisedë me|në një deklaratë për|në një prononcim për|në prononcim për} @',
  ],
  feedFooters: ['u shfaq së pari {në|te}', 'u publikua fillimisht {në|te}'],
  publisherDescriptors: ['agjencia', 'agjencisë'],
  outletNameEndings: [],
  conjunctions: ['dhe'],
  posterLabels: ['postuar nga', 'shkruar nga', 'publikuar nga'],
  copiedNotices: [
    'të gjitha të drejtat {e rezervuara|të rezervuara}',
    'ndalohet … {riprodhimi|kopjimi|ripublikimi|shpërndarja}',
    '{riprodhimi|kopjimi|ripublikimi} … pa lejen',
  ],
  promoNotices: [
    'ndiqni @ në {WhatsApp|Telegram|Google News|Facebook|Instagram|YouTube|TikTok|X}',
    'shkarkoni aplikacionin @',
    '{abonohuni|regjistrohuni} në @',
  ],
};
