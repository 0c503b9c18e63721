import type { LanguagePack } from './languagePack.ts';

/** Turkish. */
export const tr: LanguagePack = {
  code: 'tr',
  sourceLabels: [
    'Kaynak',
    'Kaynaklar',
    'Haber kaynağı',
    'Kaynak link',
    'Haberin kaynağı',
    'Kaynak site',
    'Orijinal haber',
  ],
  sourceLeads: [],
  readMore: [
    'Devamı için',
    'Haberin devamı için',
    'Haberin devamı',
    'Devamını oku',
    'Devamını okumak için',
    'Daha fazlası için',
    'Kaynağa git',
  ],
  originPhrases: ['{ilk olarak|ilk kez|orijinal olarak} ~ {yayımlan*|yayınlan*}'],
  clippingLeads: ['{Bu yazı |Bu makale |}{gazetesinde|gazetesi} {yayımlandı|yayınlandı}'],
  dateLinks: ['tarihli'],
  feedFooters: ['ilk önce …üzerinde ortaya çıktı'],
  publisherDescriptors: [],
  conjunctions: ['ve'],
  posterLabels: ['yazar', 'yazan', 'gönderen'],
};
