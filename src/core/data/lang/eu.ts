import type { LanguagePack } from './languagePack.ts';

/** Basque. Case endings follow the outlet ("Berriak", "EITBren arabera", "Argiari esan dio"). */
export const eu: LanguagePack = {
  code: 'eu',
  sourceLabels: ['Iturria', 'Iturriak', 'Jatorrizko artikulua'],
  sourceLeads: [],
  readMore: ['Irakurri gehiago', 'Gehiago irakurri', 'Jarraitu irakurtzen', 'Irakurri osorik'],
  readMoreLines: [
    '{irakurri gehiago|irakurri osorik|artikulu osoa irakurri|albiste osoa irakurri|elkarrizketa osoa irakurri} @{n|-n|en|-en|}',
    '{irakurri gehiago|gehiago irakurri|irakurri osorik|jarraitu irakurtzen}',
  ],
  clickHere: ['egin klik hemen', 'klik egin hemen', 'sakatu hemen'],
  articleNouns: ['artikulu*', 'elkarrizketa*', 'erreportaje*'],
  authorLinks: ['egilea'],
  publishedVerbs: ['argitaratu*', 'argitaratutako'],
  originPhrases: ['{lehenengo aldiz|jatorriz|lehen aldiz} … argitaratu*'],
  originNotes: [
    '@{n|-n|en|-en} argitaratutako {artikulua|elkarrizketa|iritzi artikulua|testua}',
    '@{-ren|ren|en|-en} baimenarekin',
  ],
  clippingLeads: ['{Artikulu|Testu|Elkarrizketa} hau … argitaratu {zen|zuen}'],
  clippingFroms: [],
  clippingMarks: ['orrialdea #', '#. orrialdea', 'zenbakia #'],
  dateLinks: [],
  reportVerbs: [],
  reportingVerbs: [
    '@{-k|k|ek|-ek} {jakinarazi duenez|jakinarazi du|argitaratu duenez|argitaratu du|adierazi duenez|aurreratu duenez|aurreratu du|idatzi du|idatzi duenez}',
    '@{-ren|ren|en|-en} {arabera|esanetan|informazioaren arabera|datuen arabera}',
  ],
  interviewCredits: [
    '@{-ri|ri|i|-i} {esan dio|esan dionez|adierazi dio|adierazi dionez|egindako adierazpenetan|emandako elkarrizketan}',
  ],
  feedFooters: ['agertu zen lehenengo aldiz', 'lehen aldiz agertu zen'],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['eta'],
  posterLabels: ['egilea', 'argitaratzailea'],
  copiedNotices: ['eskubide guztiak erreserbatuta', 'eskubide guztiak gordeta'],
  promoNotices: [
    'jarraitu @ {WhatsAppen|Telegramen|Instagramen|Facebooken|YouTuben|TikToken}',
    'deskargatu @ {aplikazioa|app-a}',
    'harpidetu @',
  ],
};
