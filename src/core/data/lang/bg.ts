import type { LanguagePack } from './languagePack.ts';

/** Bulgarian. */
export const bg: LanguagePack = {
  code: 'bg',
  sourceLabels: ['Източник'],
  sourceLeads: [],
  readMore: ['Прочетете повече на', 'Още по темата в'],
  originPhrases: [],
  feedFooters: [],
  publisherDescriptors: [],
  conjunctions: ['и'],
  posterLabels: [],
};
