import type { LanguagePack } from './languagePack.ts';

/** Swahili. */
export const sw: LanguagePack = {
  code: 'sw',
  sourceLabels: ['Chanzo'],
  sourceLeads: [],
  readMore: [],
  originPhrases: [],
  clippingLeads: [],
  dateLinks: [],
  feedFooters: [],
  publisherDescriptors: [],
  conjunctions: [],
  posterLabels: [],
};
