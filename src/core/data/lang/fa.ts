import type { LanguagePack } from './languagePack.ts';

/** Persian. */
export const fa: LanguagePack = {
  code: 'fa',
  sourceLabels: ['منبع', 'منابع'],
  sourceLeads: ['به نقل از'],
  readMore: ['ادامه مطلب در'],
  readMoreLines: [
    '{ادامه مطلب|ادامه خبر|ادامه|متن کامل|متن کامل خبر|خبر کامل|مطالعه بیشتر|بیشتر بخوانید|مشروح خبر|مشروح گزارش} {در|از|در سایت|در وبسایت|در وب‌سایت} @',
    '{ادامه مطلب|ادامه خبر|ادامه|متن کامل|متن کامل خبر|مشروح خبر|مشروح گزارش} را در @ {بخوانید|ببینید|دنبال کنید}',
    '{ادامه مطلب|ادامه خبر|متن کامل خبر|بیشتر بخوانید}',
  ],
  clickHere: ['اینجا کلیک کنید', 'کلیک کنید'],
  articleNouns: ['مقاله', 'گزارش', 'یادداشت', 'مصاحبه'],
  authorLinks: ['نوشته', 'به قلم'],
  publishedVerbs: ['منتشر شده', 'منتشرشده', 'چاپ شده'],
  originPhrases: [],
  originNotes: [],
  clippingLeads: ['منتشر شده در روزنامه', 'منتشر شده در', 'برگرفته از', 'به نقل از روزنامه'],
  clippingFroms: ['از'],
  dateLinks: ['مورخ'],
  reportVerbs: [],
  feedFooters: [],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: [],
  posterLabels: [],
  copiedNotices: ['تمامی حقوق … محفوظ', 'کلیه حقوق … محفوظ'],
};
