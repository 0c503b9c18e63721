import type { LanguagePack } from './languagePack.ts';

/** Bulgarian. */
export const bg: LanguagePack = {
  code: 'bg',
  sourceLabels: ['Източник'],
  sourceLeads: [],
  readMore: ['Прочетете повече на', 'Още по темата в'],
  originPhrases: [],
  clippingLeads: ['Статията е публикувана в', 'Публикувано в'],
  dateLinks: ['от'],
  feedFooters: [],
  publisherDescriptors: [],
  conjunctions: ['и'],
  posterLabels: [],
};
