import type { LanguagePack } from './languagePack.ts';

/** Croatian. */
export const hr: LanguagePack = {
  code: 'hr',
  sourceLabels: ['Izvor'],
  sourceLeads: [],
  readMore: ['Više na', 'Opširnije na'],
  originPhrases: [],
  clippingLeads: ['Članak je objavljen u', 'Objavljeno u'],
  dateLinks: ['od'],
  feedFooters: [],
  publisherDescriptors: [],
  conjunctions: ['i'],
  posterLabels: [],
};
