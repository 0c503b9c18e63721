import type { LanguagePack } from './languagePack.ts';

/** Swedish. */
export const sv: LanguagePack = {
  code: 'sv',
  sourceLabels: ['Källa', 'Källor'],
  sourceLeads: ['Publicerades först på'],
  readMore: ['Läs mer på', 'Läs hela artikeln på'],
  readMoreLines: [
    '{hela artikeln|hela texten|hela reportaget|artikeln i sin helhet} {finns|kan läsas|går att läsa|publicerades} {på|hos|i} @',
    '{hela artikeln|läs mer|läs hela artikeln|läs vidare|läs artikeln}: @',
    '{läs mer|läs hela artikeln|läs hela texten|läs vidare|läs artikeln|läs resten|fortsätt läsa|läs originalet|läs hela reportaget|hela artikeln} {på|hos|i|via} @',
    '{läs mer|läs vidare|läs hela artikeln|fortsätt läsa}',
  ],
  clickHere: ['klicka här', 'tryck här'],
  articleNouns: ['artikel*', 'reportage', 'intervju', 'krönika'],
  authorLinks: ['av'],
  publishedVerbs: ['publicerad*', 'publicerades', 'stod i'],
  originPhrases: [
    '{publicerades|publicerad} {först|ursprungligen} {på|i|hos}',
    '{innehåll|innehållet|artikeln|texten|nyheten|reportaget} {i denna artikel |i den här artikeln |}{är hämtad|är hämtat|har hämtats|hämtas|är lånad|är återgiven} {från|ur}',
  ],
  clippingLeads: [
    '{Artikeln |}{publicerades|publicerad} i',
    'Tidigare publicerad i',
    '{Artikeln|Texten|Krönikan|Intervjun|Ledaren} {publicerades|var publicerad|har publicerats|är publicerad} i',
    'Publicerad i',
    'Texten är hämtad från',
  ],
  originNotes: [
    'vi {publicerar|återpublicerar} {här |nedan |}{en|den här|följande} {artikel|text|krönika} {från|av|ur} @',
    '{återpubliceras|publiceras|publicerad} med tillstånd {från|av} @',
    '{återpubliceras|återpublicerad|återpublicerades|publiceras} med {tillstånd|tillåtelse} {av|från} @',
    '@ publicerade … följande {artikel|text|krönika|debattartikel}',
    '{publicerades|publicerad} {först|ursprungligen} {på|i|hos} @',
    'original{artikel|text|}: @',
  ],
  clippingFroms: ['ur', 'från'],
  clippingMarks: ['sida #', 's.#', 'nr#', 'papperstidningen'],
  dateLinks: ['den', 'från'],
  reportVerbs: ['rapporterar', 'uppger', 'skriver', 'meddelar'],
  reportingVerbs: [
    '{rapporterar|rapporterade|skriver|skrev|uppger|uppgav|meddelar|erfar|avslöjar|berättar} @',
    '{enligt|så rapporterar|det rapporterar|det skriver|det uppger|det erfar} @',
    '@ {rapporterar|rapporterade|skriver|skrev|uppger|uppgav} med hänvisning till',
  ],
  interviewCredits: [
    '{säger|sa|sade|berättar|berättade|uppger|uppgav|bekräftar|bekräftade|skriver|skrev} … {till|för} @',
    '{i en intervju med|i en intervju i|i ett samtal med} @',
  ],
  feedFooters: ['dök först upp på', 'dök fel först på'],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['och'],
  posterLabels: [],
  copiedNotices: ['alla rättigheter förbehållna'],
  promoNotices: [
    'följ @ på {WhatsApp|Telegram|Google News|Facebook|Instagram|YouTube|TikTok|Threads|LinkedIn|X|Twitter}',
    'ladda ner appen från @',
    'prenumerera på @',
    'anmäl dig till nyhetsbrevet från @',
  ],
};
