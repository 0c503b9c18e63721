import type { LanguagePack } from './languagePack.ts';

/** Urdu. */
export const ur: LanguagePack = {
  code: 'ur',
  sourceLabels: ['ماخذ', 'بشکریہ', 'ذریعہ', 'بحوالہ'],
  sourceLeads: ['بشکریہ', 'بحوالہ'],
  readMore: [],
  readMoreLines: [
    '{مکمل خبر|پوری خبر|مکمل مضمون|مزید تفصیلات|تفصیلی خبر|مکمل رپورٹ} @ {پر|میں} {پڑھیں|ملاحظہ کریں|دیکھیں}',
    '{مزید پڑھیں|مکمل خبر پڑھیں|پوری خبر پڑھیں}',
  ],
  clickHere: ['یہاں کلک کریں', 'کلک کریں'],
  articleNouns: ['مضمون', 'رپورٹ', 'کالم', 'انٹرویو'],
  authorLinks: ['از', 'تحریر'],
  publishedVerbs: ['شائع'],
  originPhrases: [],
  originNotes: ['یہ {مضمون|تحریر|کالم} {پہلے|سب سے پہلے} @ {میں|پر} شائع ہوا'],
  clippingLeads: ['بشکریہ', 'مطبوعہ'],
  clippingFroms: [],
  clippingMarks: ['صفحہ #', 'صفحہ نمبر #', 'شمارہ #', 'ایڈیشن'],
  dateLinks: [],
  reportVerbs: [],
  reportingVerbs: ['@ {کی رپورٹ کے مطابق|کے مطابق|کی خبر کے مطابق|کے حوالے سے}', '@ نے {رپورٹ کیا|بتایا|لکھا|خبر دی}'],
  interviewCredits: ['@ {کو بتایا|سے گفتگو کرتے ہوئے|سے بات کرتے ہوئے|کو انٹرویو دیتے ہوئے|سے بات چیت میں}'],
  feedFooters: [],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: [],
  posterLabels: [],
  copiedNotices: ['جملہ حقوق محفوظ'],
  promoNotices: [
    '@ کو {فیس بک|ٹوئٹر|یوٹیوب|واٹس ایپ|انسٹاگرام} پر فالو کریں',
    '@ کی ایپ ڈاؤن لوڈ کریں',
    '@ کے واٹس ایپ چینل کو فالو کریں',
  ],
};
