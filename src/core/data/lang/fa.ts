import type { LanguagePack } from './languagePack.ts';

/** Persian. */
export const fa: LanguagePack = {
  code: 'fa',
  sourceLabels: ['منبع', 'منابع'],
  sourceLeads: ['به نقل از'],
  readMore: ['ادامه مطلب در'],
  originPhrases: [],
  clippingLeads: ['منتشر شده در روزنامه'],
  dateLinks: ['مورخ'],
  feedFooters: [],
  publisherDescriptors: [],
  conjunctions: [],
  posterLabels: [],
};
