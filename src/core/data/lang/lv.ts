import type { LanguagePack } from './languagePack.ts';

/** Latvian. Agencies' names do not decline ("vēsta LETA", "pastāstīja aģentūrai LETA"). */
export const lv: LanguagePack = {
  code: 'lv',
  sourceLabels: ['Avots', 'Avoti', 'Ziņu avots', 'Oriģināls', 'Pirmavots'],
  sourceLeads: [],
  readMore: ['Lasīt vairāk', 'Lasiet vairāk', 'Vairāk lasiet', 'Visu rakstu lasiet'],
  readMoreLines: [
    '{lasīt vairāk|lasiet vairāk|vairāk lasiet|visu rakstu lasiet|pilnu rakstu lasiet|raksta turpinājumu lasiet|turpinājumu lasiet|plašāk lasiet} {portālā|vietnē|laikrakstā|žurnālā|mājaslapā|} @',
    '{doties uz|skatīt} {oriģinālo rakstu|avotu|pirmavotu}',
    '{lasīt vairāk|lasiet vairāk|lasīt tālāk|lasīt visu rakstu|plašāk lasiet}',
  ],
  clickHere: ['spied šeit', 'klikšķini šeit', 'spiediet šeit'],
  articleNouns: ['rakst*', 'reportāž*', 'intervijā', 'interviju'],
  authorLinks: ['raksta autors'],
  publishedVerbs: ['publicēt*'],
  originPhrases: ['{sākotnēji|pirmoreiz} publicēt*'],
  originNotes: [
    '{raksts|intervija|teksts|komentārs} {sākotnēji |pirmoreiz |}publicēts {portālā|laikrakstā|žurnālā|vietnē} @',
    '{publicēts|pārpublicēts} ar @ {atļauju|piekrišanu}',
  ],
  clippingLeads: ['{Raksts|Intervija|Teksts} publicēts {laikrakstā|žurnālā|nedēļrakstā}'],
  clippingFroms: [],
  clippingMarks: ['lpp#', 'lappuse #'],
  dateLinks: [],
  reportVerbs: ['vēsta', 'informē', 'ziņo aģentūra'],
  reportingVerbs: [
    '{vēsta|vēstīja|ziņoja|rakstīja|informē|informēja|noskaidroja|uzzināja|raksta} @',
    'kā ziņo @',
    '{kā vēsta|kā raksta|kā informē|kā ziņoja|kā vēstīja|kā noskaidroja|kā uzzināja|saskaņā ar|atsaucoties uz} @',
    '@ {vēsta|raksta|informē|ziņoja|vēstīja|noskaidroja|uzzināja}',
  ],
  interviewCredits: [
    '{sacīja|pastāstīja|apstiprināja|norādīja|skaidroja|uzsvēra|atzina} {aģentūrai|portālam|laikrakstam|raidījumam|} @',
    '{intervijā|sarunā ar} {aģentūrai|portālam|laikrakstam|} @',
  ],
  feedFooters: ['pirmo reizi parādījās', 'pirmoreiz publicēts'],
  publisherDescriptors: ['portāls', 'laikraksts', 'aģentūra', 'ziņu aģentūra'],
  outletNameEndings: [],
  conjunctions: ['un'],
  posterLabels: ['publicēja', 'raksta autors'],
  copiedNotices: ['visas tiesības aizsargātas', '{pārpublicēšana|kopēšana|izmantošana} … {aizliegta|bez … atļaujas}'],
  promoNotices: [
    'sekojiet @ {WhatsApp|Telegram|Facebook|Instagram|YouTube|TikTok|X}',
    'lejupielādē @ lietotni',
    'abonē @',
  ],
};
