import type { LanguagePack } from './languagePack.ts';

/** Bengali. */
export const bn: LanguagePack = {
  code: 'bn',
  sourceLabels: ['সূত্র', 'উৎস'],
  sourceLeads: [],
  readMore: [],
  readMoreLines: [
    '{বিস্তারিত|পুরো খবর|পুরো প্রতিবেদন|মূল প্রতিবেদন|বিস্তারিত খবর} @{-এ|এ|তে|-তে|-র ওয়েবসাইটে|এর ওয়েবসাইটে} {পড়ুন|দেখুন}',
    '{বিস্তারিত|বিস্তারিত পড়ুন|আরও পড়ুন|পুরো খবর পড়ুন|বিস্তারিত দেখুন}',
  ],
  clickHere: ['এখানে ক্লিক করুন', 'ক্লিক করুন'],
  articleNouns: ['প্রতিবেদন', 'নিবন্ধ', 'সাক্ষাৎকার', 'কলাম'],
  authorLinks: ['লিখেছেন'],
  publishedVerbs: ['প্রকাশিত'],
  originPhrases: [],
  originNotes: [],
  clippingLeads: [],
  clippingFroms: [],
  dateLinks: [],
  reportVerbs: [],
  reportingVerbs: [
    '{জানিয়েছে|জানায়|জানিয়েছেন|খবর দিয়েছে|জানাচ্ছে|প্রকাশ করেছে} {বার্তাসংস্থা|বার্তা সংস্থা|সংবাদমাধ্যম|সংবাদ সংস্থা|} @',
    '@ {জানিয়েছে|জানায়|খবর দিয়েছে|প্রতিবেদনে জানিয়েছে|এক প্রতিবেদনে জানিয়েছে}',
    '@{ের|এর|র|-এর} {বরাতে|খবরে|প্রতিবেদনে|প্রতিবেদন অনুযায়ী|খবর অনুযায়ী}',
    '@{কে|-কে} {বলেন|জানান|বলেছেন|জানিয়েছেন}',
  ],
  feedFooters: [],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: [],
  posterLabels: [],
  copiedNotices: ['সর্বস্বত্ব সংরক্ষিত'],
};
