import type { LanguagePack } from './languagePack.ts';

/** Slovak. */
export const sk: LanguagePack = {
  code: 'sk',
  sourceLabels: ['Zdroj', 'Zdroje', 'Prevzaté z'],
  sourceLeads: [],
  readMore: ['Viac na', 'Celý článok na', 'Čítajte viac na'],
  originPhrases: ['{pôvodne|prvýkrát} {publikovan*|uverejnen*|vyšiel}'],
  feedFooters: [],
  publisherDescriptors: [],
  conjunctions: ['a'],
  posterLabels: [],
};
