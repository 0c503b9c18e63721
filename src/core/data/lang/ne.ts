import type { LanguagePack } from './languagePack.ts';

/**
 * Nepali. Devanagari is Hindi's too, and Hindi's pack (its phrases guarded by the script) serves Nepali pages with
 * the words both write ("स्रोत", "प्रकाशित", "के अनुसार"); these phrases are the Nepali ones, each guarded by a word
 * Hindi does not write ("पढ्नुहोस्", "जनाएको", "लाई"), so a Hindi page never compiles them (data/lang/packGuards.ts).
 */
export const ne: LanguagePack = {
  code: 'ne',
  sourceLabels: ['श्रोत'],
  sourceLeads: [],
  readMore: ['थप पढ्नुहोस्'],
  readMoreLines: ['{पूरा समाचार |विस्तृत समाचार |थप समाचार |}@{मा| मा} पढ्नुहोस्', '{थप पढ्नुहोस्|पूरै पढ्नुहोस्}'],
  clickHere: ['क्लिक गर्नुहोस्'],
  articleNouns: ['अन्तर्वार्ता'],
  authorLinks: [],
  publishedVerbs: [],
  originPhrases: [],
  originNotes: [],
  clippingLeads: [],
  clippingFroms: [],
  clippingMarks: ['पृष्ठ #'],
  dateLinks: [],
  reportVerbs: [],
  reportingVerbs: ['@ {ले जनाएको छ|ले लेखेको छ|ले खबर दिएको छ|ले जनाएको}'],
  interviewCredits: ['@{सँग| सँग} {कुरा गर्दै|भएको कुराकानीमा|अन्तर्वार्तामा}', '@ लाई {बताए|बताइन्|बताउनुभयो}'],
  feedFooters: [],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['तथा'],
  posterLabels: [],
  copiedNotices: ['सर्वाधिकार सुरक्षित', '{सर्वाधिकार|सबै अधिकार} … {सुरक्षित|सुरक्षित छ}'],
  promoNotices: ['@ लाई {फेसबुक|युट्युब|टिकटक|Facebook|YouTube|TikTok} मा फलो गर्नुहोस्'],
};
