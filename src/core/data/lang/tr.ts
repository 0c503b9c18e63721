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
  readMoreLines: [
    "{haberin tamamını|yazının tamamını|haberin devamını|yazının devamını|devamını|haberin detaylarını} @{'da|'de|'ta|'te|’da|’de|’ta|’te} {okuyun|okuyabilirsiniz|oku|okumak için tıklayın}",
    '{devamını okumak için|haberin tamamını okumak için|habere devam etmek için|tüm haber için|haberin tamamı için|yazının tamamı için|haberin detayları için|detaylı bilgi için|okumaya devam etmek için} @',
    "{haberin devamı|haberin tamamı|devamı|yazının devamı|yazının tamamı|haberin detayları|detaylar|ayrıntılar|makalenin tamamı} @{'da|'de|'ta|'te|’da|’de|’ta|’te|'dan|'den|’dan|’den}",
    '{haberin devamı|haberin tamamı|devamı|yazının devamı|yazının tamamı} için @',
    '{devamını oku|devamını okuyun|devamı|yazının devamı|yazının tamamı|haberin tamamı|haberin devamı|devamı için tıklayın|haberin devamı için tıklayın|devamını okumak için tıklayın|haberin tamamını okumak için tıklayın}',
  ],
  clickHere: ['buraya tıklayın', 'tıklayın', 'tıklayınız', 'tıkla'],
  originPhrases: ['{ilk olarak|ilk kez|orijinal olarak} ~ {yayımlan*|yayınlan*}'],
  clippingLeads: [
    '{Bu yazı |Bu makale |}{gazetesinde|gazetesi} {yayımlandı|yayınlandı}',
    '{Yayımlandığı|Yayınlandığı} {gazete|dergi|yer}',
    '{Bu yazı|Bu makale} … {gazetesinde|dergisinde}',
  ],
  clippingFroms: [],
  dateLinks: ['tarihli'],
  reportVerbs: ['bildirdi', 'aktardı'],
  feedFooters: ['ilk önce …üzerinde ortaya çıktı'],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['ve'],
  posterLabels: ['yazar', 'yazan', 'gönderen'],
  copiedNotices: [
    'tüm hakları saklıdır',
    'her hakkı saklıdır',
    'izinsiz {kullanılamaz|yayımlanamaz|alıntı yapılamaz}',
    'abonelere {sunulan|sunulmaktadır}',
  ],
};
