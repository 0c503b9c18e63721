import type { LanguagePack } from './languagePack.ts';

/** Danish. */
export const da: LanguagePack = {
  code: 'da',
  sourceLabels: ['Kilde', 'Kilder', 'Kildehenvisning', 'Originalartikel'],
  sourceLeads: ['Hentet fra', '{Bragt|Gengivet} med tilladelse fra'],
  readMore: ['Læs mere på', 'Læs hele artiklen på'],
  readMoreLines: [
    '{læs mere|læs hele artiklen|læs videre|læs artiklen|hele artiklen|læs resten|fortsæt læsningen|læs originalen|læs hele historien} {på|hos|i|via} @',
    '{læs mere|læs videre|læs hele artiklen}',
    '{hele artiklen|hele historien|hele teksten}: @',
  ],
  clickHere: ['klik her', 'tryk her'],
  articleNouns: ['artikel', 'artiklen', 'reportage', 'interview', 'kronik*'],
  authorLinks: ['af'],
  publishedVerbs: ['bragt', 'udgivet', 'offentliggjort'],
  originPhrases: [
    '{blev|er} {først|oprindeligt} {bragt|publiceret|udgivet}',
    '{indhold|indholdet|artiklen|historien|teksten|nyheden|reportagen} {i denne artikel |}{er hentet|blev hentet|hentes|er lånt|er gengivet} {fra|efter}',
  ],
  clippingLeads: [
    '{Artiklen |}{blev bragt|bragt|blev offentliggjort|offentliggjort} i',
    '{Teksten|Kronikken|Interviewet|Lederen} {blev bragt|blev trykt|blev offentliggjort|er bragt} i',
    'Bragt i',
    'Trykt i',
    '{Bragt|Offentliggjort|Trykt} i {avisen|dagbladet|}',
  ],
  originNotes: [
    'vi {bringer|genudgiver|gengiver} {her |nedenfor |}{en|denne|følgende} {artikel|tekst|klumme} {fra|af} @',
    '{gengivet|bragt|genudgivet} med tilladelse fra @',
    '{genudgivet|gengivet|bragt} med tilladelse fra @',
    '@ bragte … følgende {artikel|tekst|indlæg}',
  ],
  clippingFroms: ['fra'],
  clippingMarks: ['side #', 's.#', 'sektion #', 'nr#', 'udgave'],
  dateLinks: ['den', 'fra'],
  reportVerbs: ['skriver', 'oplyser', 'melder', 'rapporterer'],
  reportingVerbs: [
    '{skriver|skrev|oplyser|melder|meldte|rapporterer|rapporterede|erfarer|afslører} @',
    '{ifølge|det skriver|det oplyser|det melder|det erfarer} @',
    '@ {skriver|skrev|melder|meldte|oplyser|oplyste|rapporterer} med henvisning til',
  ],
  interviewCredits: [
    '{siger|sagde|fortæller|fortalte|oplyser|oplyste|bekræfter|bekræftede|skriver|skrev} … {til|over for} @',
    '{i et interview med|i en samtale med} @',
    '@ {kan|kunne} ikke {uafhængigt |selvstændigt |}{bekræfte|verificere|efterprøve}',
    '@ har ikke {kunnet|uafhængigt kunnet} {bekræfte|verificere|efterprøve}',
  ],
  feedFooters: ['blev først udgivet på', 'blev først vist på'],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['og'],
  posterLabels: [],
  copiedNotices: ['alle rettigheder forbeholdes'],
  promoNotices: [
    'følg @ på {WhatsApp|Telegram|Google News|Facebook|Instagram|YouTube|TikTok|Threads|LinkedIn|X|Twitter}',
    'hent appen fra @',
    'abonnér på @',
    'tilmeld dig nyhedsbrevet fra @',
    '{artiklen|indholdet} er {kun|forbeholdt} {for |}abonnenter {på|hos} @',
    'hent @{-appen|s app}',
  ],
};
