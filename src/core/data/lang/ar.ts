import type { LanguagePack } from './languagePack.ts';

/** Arabic. */
export const ar: LanguagePack = {
  code: 'ar',
  sourceLabels: ['المصدر', 'مصدر', 'المصادر', 'المصدر الأصلي', 'رابط المصدر'],
  sourceLeads: ['نقلا عن', 'نقلاً عن'],
  readMore: ['اقرأ المزيد على', 'اقرأ المزيد في', 'اقرأ الخبر كاملا على', 'اقرأ المقال الأصلي على', 'للمزيد'],
  originPhrases: [
    '{نشر|نشرت} {هذه المقالة|هذا المقال|المقالة|المقال} {أولا|أولاً|لأول مرة|في الأصل}',
    '{نشر|نشرت} {أولا|أولاً|لأول مرة|في الأصل}',
  ],
  clippingLeads: ['{نشر|نُشر} {في صحيفة|في جريدة|في}', 'المقال منشور في'],
  dateLinks: ['بتاريخ', 'يوم'],
  feedFooters: ['ظهر أولاً على', 'ظهرت أولاً على', 'ظهرت أولا على'],
  publisherDescriptors: [],
  conjunctions: ['و'],
  posterLabels: ['بواسطة', 'الكاتب'],
};
