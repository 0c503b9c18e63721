import type { LanguagePack } from './languagePack.ts';

/** Finnish. */
export const fi: LanguagePack = {
  code: 'fi',
  sourceLabels: ['Lähde', 'Lähteet'],
  sourceLeads: [],
  readMore: ['Lue lisää', 'Lue koko juttu'],
  originPhrases: ['julkaistu alun perin'],
  clippingLeads: [],
  dateLinks: [],
  feedFooters: ['julkaistiin {ensin|ensimmäisen kerran}', 'ilmestyi ensimmäisenä'],
  publisherDescriptors: [],
  conjunctions: ['ja'],
  posterLabels: [],
};
