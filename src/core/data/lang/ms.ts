import type { LanguagePack } from './languagePack.ts';

/** Malay. */
export const ms: LanguagePack = {
  code: 'ms',
  sourceLabels: ['Sumber'],
  sourceLeads: [],
  readMore: ['Baca lanjut di', 'Baca selanjutnya di'],
  originPhrases: ['pertama kali {diterbitkan|disiarkan} {di|oleh}'],
  clippingLeads: ['{Artikel ini |}{disiarkan|diterbitkan} {di|dalam} {akhbar|}'],
  dateLinks: ['edisi', 'tarikh', 'pada'],
  feedFooters: [],
  publisherDescriptors: [],
  conjunctions: ['dan'],
  posterLabels: ['oleh'],
};
