import type { LanguagePack } from './languagePack.ts';

/** Greek. */
export const el: LanguagePack = {
  code: 'el',
  sourceLabels: ['Πηγή', 'Πηγές'],
  sourceLeads: [],
  readMore: ['Διαβάστε περισσότερα στο', 'Διαβάστε περισσότερα στην', 'Διαβάστε όλο το άρθρο στο'],
  originPhrases: [],
  clippingLeads: ['{Το άρθρο |}δημοσιεύθηκε {στην|στο|στη|στον}'],
  dateLinks: ['της', 'του'],
  feedFooters: ['εμφανίστηκε πρώτα στο'],
  publisherDescriptors: [],
  conjunctions: [],
  posterLabels: [],
};
