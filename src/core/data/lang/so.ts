import type { LanguagePack } from './languagePack.ts';

/** Somali. A descriptor stands before the outlet ("wakaaladda Reuters", "idaacadda BBC"). */
export const so: LanguagePack = {
  code: 'so',
  sourceLabels: ['Isha', 'Ilaha', 'Xigasho', 'Isha warka'],
  sourceLeads: [],
  readMore: ['Akhri wax dheeraad ah', 'Sii akhri', 'Akhri warka oo dhan'],
  readMoreLines: [
    '{warka oo dhan|warbixinta oo dhan|faahfaahin dheeraad ah|maqaalka oo dhan} ka akhri @',
    '{sii akhri|akhri wax dheeraad ah|akhri warka oo dhan|akhri warbixinta oo dhan}',
  ],
  clickHere: ['halkan riix', 'riix halkan', 'guji halkan', 'halkan guji'],
  articleNouns: ['maqaal*', 'warbixin*', 'wareysi*'],
  authorLinks: ['waxaa qoray'],
  publishedVerbs: ['lagu daabacay', 'la daabacay', 'lagu baahiyay'],
  originPhrases: ['{markii ugu horreysay|asal ahaan} … {lagu daabacay|la daabacay|lagu baahiyay}'],
  originNotes: [
    '{maqaalkan|warbixintan|qormadan} {waxaa markii ugu horreysay lagu daabacay|waxaa lagu daabacay|markii hore waxaa lagu daabacay} @',
  ],
  clippingLeads: [],
  clippingFroms: [],
  clippingMarks: ['bogga #'],
  dateLinks: [],
  reportVerbs: ['sida ay tebisay', 'sida ay soo tebisay', 'sida ay sheegtay'],
  reportingVerbs: [
    '{sida ay sheegtay|sida ay tebisay|sida ay soo tebisay|sida ay qortay|sida uu sheegay|sida ay soo warisay} @',
    '@ {ayaa sheegtay|ayaa qortay|ayaa tebisay|ayaa soo tebisay|ayaa soo warisay|ayaa baahisay}',
    '{warbixin ay daabacday|warbixin ay soo saartay} @',
  ],
  interviewCredits: [
    '{ayuu u sheegay|ayay u sheegtay|ayuu u xaqiijiyay|ayay u xaqiijisay} @',
    '{wareysi uu siiyay|wareysi ay siisay|wareysi ay la yeelatay|wareysi uu la yeeshay} @',
  ],
  feedFooters: [],
  publisherDescriptors: ['wakaaladda', 'wargeyska', 'idaacadda', 'telefishinka'],
  outletNameEndings: [],
  conjunctions: ['iyo'],
  posterLabels: ['qoraa', 'waxaa qoray'],
  copiedNotices: ['dhammaan xuquuqda way dhowran yihiin', 'xuquuqda daabacaadda'],
  promoNotices: ['{ka raac|la soco} @ {Facebook|YouTube|TikTok|X|Telegram|WhatsApp}'],
};
