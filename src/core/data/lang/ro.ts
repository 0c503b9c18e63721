import type { LanguagePack } from './languagePack.ts';

/** Romanian. */
export const ro: LanguagePack = {
  code: 'ro',
  sourceLabels: ['Sursa', 'Sursă', 'Surse'],
  sourceLeads: [],
  readMore: ['Citește mai mult pe', 'Citește continuarea pe', 'Citește tot articolul pe'],
  originPhrases: ['publicat {inițial|initial|pentru prima dată} {pe|în|de}'],
  clippingLeads: ['Articol {apărut|publicat} în', '{Apărut|Publicat} în'],
  dateLinks: ['din'],
  feedFooters: ['apare prima dată {în|pe}', 'a apărut prima dată pe'],
  publisherDescriptors: [],
  conjunctions: ['și'],
  posterLabels: [],
};
