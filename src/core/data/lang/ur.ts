import type { LanguagePack } from './languagePack.ts';

/** Urdu. */
export const ur: LanguagePack = {
  code: 'ur',
  sourceLabels: ['ماخذ', 'بشکریہ'],
  sourceLeads: [],
  readMore: [],
  originPhrases: [],
  feedFooters: [],
  publisherDescriptors: [],
  conjunctions: [],
  posterLabels: [],
};
