import type { LanguagePack } from './languagePack.ts';

/** Bosnian (Latin script, as most Bosnian outlets write; close to Croatian and Serbian). Source-label and origin fields first; other fields as far as they are known. */
export const bs: LanguagePack = {
  code: 'bs',
  sourceLabels: ['Izvor', 'Izvori', 'Izv', 'Izv.', 'Izvor vijesti', 'Izvorni članak', 'Izvorni tekst'],
  sourceLeads: ['{Preuzeto|Tekst preuzet|Vijest preuzeta|Članak preuzet} {sa|s|iz|od}'],
  readMore: [],
  readMoreLines: [],
  clickHere: ['kliknite ovdje'],
  articleNouns: ['članak', 'tekst', 'intervju'],
  authorLinks: [],
  publishedVerbs: [],
  originPhrases: ['{prvobitno|izvorno|prvi put} objavljen*'],
  originNotes: ['{tekst|članak|vijest} je {prvobitno|izvorno|prvi put} objavljen* {na|u} @'],
  clippingLeads: [],
  clippingFroms: [],
  clippingMarks: ['stranica #', 'str. #', 'broj #'],
  dateLinks: [],
  reportVerbs: [],
  reportingVerbs: [
    '{piše|pišu|javlja|prenosi|izvještava|objavio|objavila} @',
    '{prema pisanju|prema navodima|kako piše|kako javlja|kako prenosi} @',
  ],
  interviewCredits: [],
  feedFooters: [],
  publisherDescriptors: ['portal', 'list', 'agencija', 'dnevnik'],
  outletNameEndings: [],
  conjunctions: ['i'],
  posterLabels: [],
  copiedNotices: [],
  promoNotices: [
    'pratite @ na {Facebook|Instagram|YouTube|TikTok|X|WhatsApp|Telegram|Viber}',
    'preuzmite aplikaciju @',
    'pretplatite se na @',
  ],
};
