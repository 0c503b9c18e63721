import type { LanguagePack } from './languagePack.ts';

/** Croatian. */
export const hr: LanguagePack = {
  code: 'hr',
  sourceLabels: ['Izvor'],
  sourceLeads: [],
  readMore: ['Više na', 'Opširnije na'],
  readMoreLines: [
    '{opširnije|više|pročitajte više|pročitajte opširnije|cijeli članak|cijeli tekst|čitajte više|nastavak|nastavak članka} {na|u|na portalu|na stranici|na stranicama} @',
    '{opširnije|pročitajte više|cijeli članak}',
  ],
  clickHere: ['kliknite ovdje', 'klikni ovdje', 'kliknite ovde'],
  articleNouns: ['članak', 'člank*', 'reportaž*', 'intervju', 'kolumn*'],
  authorLinks: ['od', 'autora', 'autorice'],
  publishedVerbs: ['objavljen*', 'izašao', 'izašla'],
  originPhrases: [],
  originNotes: [],
  clippingLeads: ['Članak je objavljen u', '{Tekst|Članak|Intervju} … objavljen u', 'Preneseno iz'],
  clippingFroms: ['iz'],
  dateLinks: ['od'],
  reportVerbs: ['javlja', 'prenosi', 'javlja agencija'],
  feedFooters: [],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['i'],
  posterLabels: [],
  copiedNotices: ['sva prava pridržana'],
};
