import type { LanguagePack } from './languagePack.ts';

/** Malay. */
export const ms: LanguagePack = {
  code: 'ms',
  sourceLabels: ['Sumber'],
  sourceLeads: [],
  readMore: ['Baca lanjut di', 'Baca selanjutnya di'],
  originPhrases: ['pertama kali {diterbitkan|disiarkan} {di|oleh}'],
  feedFooters: [],
  publisherDescriptors: [],
  conjunctions: ['dan'],
  posterLabels: ['oleh'],
};
