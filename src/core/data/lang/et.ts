import type { LanguagePack } from './languagePack.ts';

/** Estonian. A rewrite hands its story over with "vahendab" ("…, vahendab ERR."); cases follow the name. */
export const et: LanguagePack = {
  code: 'et',
  sourceLabels: [
    'Allikas',
    'Allikad',
    'Algallikas',
    'Uudise allikas',
    'Kasutatud allikad',
    'Kasutatud allikas',
    'Originaalartikkel',
    'Algupärane artikkel',
  ],
  sourceLeads: [],
  readMore: ['Loe edasi', 'Loe lähemalt', 'Loe pikemalt', 'Loe rohkem', 'Loe kogu artiklit'],
  readMoreLines: [
    '{loe edasi|loe lähemalt|loe pikemalt|loe rohkem|loe kogu artiklit|loe kogu lugu|loe tervet artiklit|kogu artikkel|terve lugu} @ {portaalist|veebist|lehest|saidilt|väljaandest|veebilehelt|kodulehelt}',
    '{loe edasi|loe lähemalt|loe pikemalt|loe kogu artiklit|loe kogu lugu} {portaalist|veebist|lehest|saidilt|väljaandest|veebilehelt} @',
    '{mine|liigu|loe} {algallikale|allikale|algallikast|originaalartiklit|originaalartiklini}',
    '{loe edasi|loe lähemalt|loe pikemalt|loe kogu artiklit|loe kogu lugu|loe rohkem}',
  ],
  clickHere: ['vajuta siia', 'kliki siin', 'klõpsa siin', 'klikka siia'],
  articleNouns: ['artikkel', 'artikli*', 'intervjuu*', 'reportaaž*', 'arvamuslugu'],
  authorLinks: ['kirjutanud'],
  publishedVerbs: ['ilmus', 'ilmunud', 'avaldatud', 'avaldati'],
  originPhrases: [
    '{ilmus|avaldati|on avaldatud} {esmakordselt|algselt|esimesena}',
    '{esmakordselt|algselt} {ilmunud|avaldatud|ilmus|avaldati}',
  ],
  originNotes: [
    '{artikkel|lugu|intervjuu|kolumn|tekst} {ilmus|avaldati} {esmakordselt |algselt |}@{-is|is|s|-s} {portaalis|lehes|väljaandes|ajalehes|ajakirjas}',
    '{artikkel|lugu|intervjuu|kolumn|tekst} {ilmus|avaldati} {esmakordselt |algselt |}{portaalis|lehes|väljaandes|ajalehes|ajakirjas} @',
    '{avaldatud|avaldame} @ {loal|nõusolekul}',
  ],
  clippingLeads: [
    '{Artikkel|Lugu|Intervjuu|Kolumn} ilmus {ajalehes|ajakirjas|lehes|väljaandes}',
    'Ilmunud {ajalehes|ajakirjas}',
  ],
  clippingFroms: [],
  clippingMarks: ['lk#', 'lehekülg #'],
  dateLinks: [],
  reportVerbs: ['vahendab', 'vahendas', 'teatab', 'teatas', 'kirjutab', 'kirjutas', 'vahendab uudisteagentuur'],
  reportingVerbs: [
    '{vahendab|vahendas|teatab|teatas|kirjutab|kirjutas|vahendavad|raporteerib|raporteeris|andis teada|annab teada|teatavad|kirjutavad} @',
    '@{-i|i|’i|-u|} {teatel|andmetel|vahendusel|sõnul|kirjutatud}',
    '@ {vahendab|vahendas|teatab|teatas|kirjutab|kirjutas|raporteerib|raporteeris|andis teada}',
  ],
  interviewCredits: [
    '{ütles|ütleb|kinnitas|kinnitab|rääkis|räägib|sõnas|lausus|märkis|selgitas|tõdes} @{-le|le|’le|-ile|ile|-ele|ele}',
    '@{-le|le|’le|-ile|ile|-ele|ele} {antud intervjuus|antud kommentaaris|öeldud}',
    '{intervjuus|vestluses} @{-ga|ga|’ga|-iga|iga|-ega|ega}',
  ],
  feedFooters: ['ilmus esmalt', 'ilmus kõigepealt', 'avaldati esmakordselt'],
  publisherDescriptors: ['portaal', 'ajaleht', 'väljaanne', 'uudisteportaal'],
  outletNameEndings: [],
  conjunctions: ['ja'],
  posterLabels: ['postitas', 'postitaja'],
  copiedNotices: [
    'kõik õigused kaitstud',
    '{materjalide|artiklite|sisu} … {kopeerimine|kasutamine|avaldamine} … {keelatud|ilma … loata}',
  ],
  promoNotices: [
    'jälgi @ {WhatsAppis|Telegramis|Facebookis|Instagramis|YouTube’is|TikTokis}',
    'laadi alla @ {äpp|rakendus}',
    '{telli|liitu} @ {uudiskirjaga|uudiskiri}',
  ],
};
