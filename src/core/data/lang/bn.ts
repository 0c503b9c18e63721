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
  feedFooters: [],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: [],
  posterLabels: [],
  copiedNotices: ['সর্বস্বত্ব সংরক্ষিত'],
};
