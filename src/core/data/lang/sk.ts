import type { LanguagePack } from './languagePack.ts';

/** Slovak. */
export const sk: LanguagePack = {
  code: 'sk',
  sourceLabels: ['Zdroj', 'Zdroje', 'Prevzaté z'],
  sourceLeads: [],
  readMore: ['Viac na', 'Celý článok na', 'Čítajte viac na'],
  originPhrases: ['{pôvodne|prvýkrát} {publikovan*|uverejnen*|vyšiel}'],
  clippingLeads: ['{Článok|Text|Rozhovor} vyšiel v', 'Vyšlo v', 'Publikované v'],
  dateLinks: ['zo', 'z', 'dňa'],
  feedFooters: [],
  publisherDescriptors: [],
  conjunctions: ['a'],
  posterLabels: [],
};
