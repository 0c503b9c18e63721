import type { LanguagePack } from './languagePack.ts';

/** Croatian. */
export const hr: LanguagePack = {
  code: 'hr',
  sourceLabels: ['Izvor', 'Izv', 'Izv.', 'Izvori', 'Izvor vijesti', 'Izvorni članak', 'Izvorni tekst'],
  sourceLeads: ['{Preuzeto|Tekst preuzet|Vijest preuzeta|Članak preuzet} {sa|s|iz|od}'],
  readMore: ['Više na', 'Opširnije na'],
  readMoreLines: [
    '{opširnije|više|pročitajte više|pročitajte opširnije|cijeli članak|cijeli tekst|čitajte više|nastavak|nastavak članka} {na|u|na portalu|na stranici|na stranicama} @',
    '{opširnije|pročitajte više|cijeli članak}',
    '{cijeli članak|cijeli tekst}: @',
  ],
  clickHere: ['kliknite ovdje', 'klikni ovdje', 'kliknite ovde'],
  articleNouns: ['članak', 'člank*', 'reportaž*', 'intervju', 'kolumn*'],
  authorLinks: ['od', 'autora', 'autorice'],
  publishedVerbs: ['objavljen*', 'izašao', 'izašla'],
  originPhrases: ['{izvorno|prvotno|prvi put} objavljen*'],
  originNotes: [
    '{prenosimo|objavljujemo} {članak|tekst|intervju|kolumnu} {iz|s|sa|portala|lista} @',
    '{preneseno|objavljeno} uz dopuštenje @',
  ],
  clippingLeads: [
    'Članak je objavljen u',
    '{Tekst|Članak|Intervju} … objavljen u',
    'Preneseno iz',
    '{Objavljeno|Tiskano} u {dnevniku|tjedniku|listu|časopisu|novinama|}',
    '{Članak|Tekst|Intervju} {je |}{objavljen|tiskan} u {dnevniku|tjedniku|listu|časopisu|novinama|}',
  ],
  clippingFroms: ['iz'],
  clippingMarks: ['stranica #', 'str#', 'br#', 'broj #', 'izdanje'],
  dateLinks: ['od'],
  reportVerbs: ['javlja', 'prenosi', 'javlja agencija'],
  reportingVerbs: [
    '{piše|pišu|javlja|javio|javila|prenosi|prenose|doznaje|doznaju|izvještava|saznaje|objavio|objavila|objavljuje} @',
    '{prema pisanju|prema navodima|prema izvješću|prema informacijama|kako piše|kako javlja|kako prenosi|kako doznaje|kako navodi|kako izvještava|kako saznaje} @',
    '@ pozivajući se na … {javlja|javio|javila|piše|prenosi|izvještava|doznaje|objavio|objavila}',
  ],
  interviewCredits: [
    '{rekao je|rekla je|izjavio je|izjavila je|kazao je|kazala je|kaže|potvrdio je|potvrdila je|rekao|rekla|izjavio|izjavila|kazao|kazala} … za @',
    // Plural and impersonal forms: "rekli su za @", "potvrđeno je za portal @".
    '{rekli su|rekle su|izjavili su|kazali su|potvrdili su|pojasnili su|potvrđeno je|rečeno je|saopšteno je|saopćeno je|priopćeno je} … za @',
    // The outlet told in the dative, no preposition: "potvrđeno je Portal.ba", "rečeno je Dnevniku".
    '{potvrđeno je|rečeno je|saopšteno je|saopćeno je|priopćeno je} @',
    '{u intervjuu za|u razgovoru za|u izjavi za} @',
  ],
  feedFooters: [],
  publisherDescriptors: ['portal', 'agencija', 'list', 'dnevni list', 'dnevnik', 'tjednik'],
  outletNameEndings: [],
  conjunctions: ['i'],
  posterLabels: [],
  copiedNotices: ['sva prava pridržana'],
  promoNotices: [
    'pratite @ na {WhatsApp|Telegram|Google News|Facebook|Instagram|YouTube|TikTok|Threads|LinkedIn|X|Twitter}',
    'preuzmite aplikaciju @',
    'pretplatite se na @',
    'prijavite se na newsletter @',
  ],
};
