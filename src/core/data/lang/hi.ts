import type { LanguagePack } from './languagePack.ts';

/** Hindi. */
export const hi: LanguagePack = {
  code: 'hi',
  sourceLabels: ['स्रोत', 'साभार', 'सोर्स'],
  sourceLeads: ['साभार'],
  readMore: ['पूरी खबर पढ़ें', 'अधिक पढ़ें'],
  originPhrases: ['{मूल रूप से|पहली बार} ~ {पर|में} प्रकाशित'],
  clippingLeads: [],
  dateLinks: [],
  feedFooters: ['पहली बार … {पर|में} {दिखाई दिया|प्रकाशित}'],
  publisherDescriptors: [],
  conjunctions: [],
  posterLabels: ['द्वारा'],
};
