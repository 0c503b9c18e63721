import type { LanguagePack } from './languagePack.ts';

/** Persian. */
export const fa: LanguagePack = {
  code: 'fa',
  sourceLabels: ['منبع', 'منابع'],
  sourceLeads: ['به نقل از'],
  readMore: ['ادامه مطلب در'],
  originPhrases: [],
  feedFooters: [],
  publisherDescriptors: [],
  conjunctions: [],
  posterLabels: [],
};
