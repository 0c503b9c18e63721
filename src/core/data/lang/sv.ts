import type { LanguagePack } from './languagePack.ts';

/** Swedish. */
export const sv: LanguagePack = {
  code: 'sv',
  sourceLabels: ['Källa', 'Källor'],
  sourceLeads: ['Publicerades först på'],
  readMore: ['Läs mer på', 'Läs hela artikeln på'],
  originPhrases: ['{publicerades|publicerad} {först|ursprungligen} {på|i|hos}'],
  clippingLeads: ['{Artikeln |}{publicerades|publicerad} i', 'Tidigare publicerad i'],
  dateLinks: ['den', 'från'],
  feedFooters: ['dök först upp på', 'dök fel först på'],
  publisherDescriptors: [],
  conjunctions: ['och'],
  posterLabels: [],
};
