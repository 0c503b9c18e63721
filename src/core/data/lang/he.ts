import type { LanguagePack } from './languagePack.ts';

/** Hebrew. */
export const he: LanguagePack = {
  code: 'he',
  sourceLabels: ['מקור'],
  sourceLeads: ['פורסם לראשונה ב'],
  readMore: ['לכתבה המלאה ב'],
  originPhrases: [],
  clippingLeads: [],
  dateLinks: [],
  feedFooters: ['הופיע לראשונה'],
  publisherDescriptors: [],
  conjunctions: ['ו'],
  posterLabels: [],
};
