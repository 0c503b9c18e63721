import type { LanguagePack } from './languagePack.ts';

/** Norwegian. */
export const no: LanguagePack = {
  code: 'no',
  sourceLabels: ['Kilde', 'Kilder', 'Kildehenvisning', 'Originalartikkel'],
  sourceLeads: ['Hentet fra', '{Gjengitt|Publisert} med tillatelse fra'],
  readMore: ['Les mer på', 'Les hele saken på'],
  readMoreLines: [
    '{les mer|les hele saken|les hele artikkelen|les videre|les saken|hele saken|les resten|les artikkelen|les originalen} {på|hos|i|via} @',
    '{les mer|les videre|les hele saken}',
    '{hele saken|hele artikkelen|hele teksten}: @',
  ],
  clickHere: ['klikk her', 'trykk her'],
  articleNouns: ['artikkel*', 'reportasje', 'intervju', 'kronikk*'],
  authorLinks: ['av'],
  publishedVerbs: ['publisert', 'trykket', 'sto på trykk'],
  originPhrases: [
    '{først|opprinnelig} {publisert|publiseret} {på|i|hos}',
    // "Innholdet er hentet fra …": the piece itself taken from another outlet (figures "hentet fra" a bureau are data).
    '{innhold|innholdet|artikkelen|saken|teksten|nyheten|reportasjen|stoffet} {i denne artikkelen |i denne saken |}{er hentet|ble hentet|hentes|er lånt|er gjengitt} {fra|etter}',
  ],
  clippingLeads: [
    '{Artikkelen |}{ble publisert|publisert|sto} i',
    '{Artikkelen|Teksten|Kronikken|Intervjuet|Lederen} {sto|ble publisert|ble trykket|er publisert} i',
    'Publisert i',
    'Trykket i',
    '{Publisert|Trykket|Først publisert} i {avisen|avisa|}',
  ],
  originNotes: [
    'vi {publiserer|gjengir} {her |nedenfor |}{en|denne|følgende} {artikkel|tekst|kronikk} {fra|av} @',
    '{gjengitt|publisert} med tillatelse fra @',
    '{gjengitt|publisert|trykket} med tillatelse fra @',
    '@ publiserte … følgende {artikkel|tekst}',
  ],
  clippingFroms: ['fra'],
  clippingMarks: ['side #', 's.#', 'nr#', 'utgave', 'papiravisen'],
  dateLinks: ['den', 'fra'],
  reportVerbs: ['melder', 'skriver', 'opplyser', 'rapporterer'],
  reportingVerbs: [
    '{melder|meldte|skriver|skrev|rapporterer|rapporterte|opplyser|erfarer|avslører} @',
    '{ifølge|det melder|det skriver|det opplyser|det erfarer} @',
    '@ {melder|meldte|skriver|skrev|rapporterer|rapporterte|opplyser} med henvisning til',
  ],
  interviewCredits: [
    '{sier|sa|sier til|forteller|fortalte|opplyser|opplyste|bekrefter|bekreftet|skriver|skrev} … {til|overfor} @',
    '{i et intervju med|i en samtale med} @',
    '@ {kan|kunne} ikke {uavhengig |selvstendig |}{bekrefte|verifisere}',
    '@ har ikke {kunnet|uavhengig kunnet} {bekrefte|verifisere}',
  ],
  feedFooters: ['dukket først opp på'],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['og'],
  posterLabels: [],
  copiedNotices: ['alle rettigheter reservert'],
  promoNotices: [
    'følg @ på {WhatsApp|Telegram|Google News|Facebook|Instagram|YouTube|TikTok|Threads|LinkedIn|X|Twitter}',
    'last ned appen {til|fra} @',
    'abonner på @',
    'meld deg på nyhetsbrevet {til|fra} @',
    '{artikkelen|innholdet} er {kun|bare|forbeholdt} {for |}abonnenter {av|hos|på} @',
    'last ned @{-appen|s app}',
  ],
};
