import type { LanguagePack } from './languagePack.ts';

/** Bengali. */
export const bn: LanguagePack = {
  code: 'bn',
  sourceLabels: ['সূত্র', 'উৎস'],
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
