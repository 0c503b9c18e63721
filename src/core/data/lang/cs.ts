import type { LanguagePack } from './languagePack.ts';

/** Czech. */
export const cs: LanguagePack = {
  code: 'cs',
  sourceLabels: ['Zdroj', 'Zdroje', 'Převzato z', 'Převzato', 'Zdroj článku', 'Originál', 'Původní článek'],
  sourceLeads: ['Převzato z'],
  readMore: ['Více na', 'Čtěte více na', 'Celý článek na', 'Celý článek čtěte na', 'Pokračování na'],
  originPhrases: ['{původně|poprvé} {publikován*|vyšel|vyšl*|zveřejněn*}'],
  clippingLeads: ['{Článek|Text|Rozhovor} vyšel v', 'Vyšlo v', 'Publikováno v'],
  dateLinks: ['ze', 'z', 'dne'],
  feedFooters: ['pochází z', 'se nejdříve objevil na'],
  publisherDescriptors: ['portál'],
  conjunctions: ['a', 'i'],
  posterLabels: ['napsal', 'autor'],
};
