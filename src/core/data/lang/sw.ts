import type { LanguagePack } from './languagePack.ts';

/** Swahili. */
export const sw: LanguagePack = {
  code: 'sw',
  sourceLabels: ['Chanzo'],
  sourceLeads: [],
  readMore: [],
  originPhrases: [],
  feedFooters: [],
  publisherDescriptors: [],
  conjunctions: [],
  posterLabels: [],
};
