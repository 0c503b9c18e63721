import type { LanguagePack } from './languagePack.ts';

/** Urdu. */
export const ur: LanguagePack = {
  code: 'ur',
  sourceLabels: ['ماخذ', 'بشکریہ'],
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
