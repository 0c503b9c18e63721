import type { LanguagePack } from './languagePack.ts';

/** Hungarian. */
export const hu: LanguagePack = {
  code: 'hu',
  sourceLabels: ['Forrás', 'Források'],
  sourceLeads: [],
  readMore: ['Bővebben', 'Tovább a', 'A teljes cikk'],
  originPhrases: ['eredetileg ~ jelent meg'],
  clippingLeads: [],
  dateLinks: [],
  feedFooters: ['először … jelent meg', 'jelent meg először'],
  publisherDescriptors: [],
  conjunctions: ['és'],
  posterLabels: [],
};
