import type { LanguagePack } from './languagePack.ts';

/** Serbian. */
export const sr: LanguagePack = {
  code: 'sr',
  sourceLabels: ['Izvor', 'Извор'],
  sourceLeads: [],
  readMore: ['Opširnije na', 'Више на', 'Više na'],
  originPhrases: [],
  clippingLeads: ['Tekst je objavljen u', 'Objavljeno u', 'Текст је објављен у', 'Објављено у'],
  dateLinks: ['od', 'од'],
  feedFooters: ['појавио се први пут на'],
  publisherDescriptors: [],
  conjunctions: [],
  posterLabels: [],
};
