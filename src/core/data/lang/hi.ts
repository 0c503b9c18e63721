import type { LanguagePack } from './languagePack.ts';

/** Hindi. */
export const hi: LanguagePack = {
  code: 'hi',
  sourceLabels: ['स्रोत', 'साभार', 'सोर्स'],
  sourceLeads: ['साभार'],
  readMore: ['पूरी खबर पढ़ें', 'अधिक पढ़ें'],
  readMoreLines: [
    '{पूरी खबर|पूरी ख़बर|पूरा लेख|पूरी स्टोरी|विस्तृत खबर|पूरा समाचार|मूल लेख|पूरी रिपोर्ट|विस्तार से खबर} @ {पर|में} {पढ़ें|पढ़िए|पढ़ सकते हैं|देखें}',
    '{पूरी खबर|पूरा लेख|पूरी स्टोरी|पूरी रिपोर्ट} {पढ़ने के लिए|पढ़ें|पढ़िए}{:|} @ {पर जाएं|पर क्लिक करें|पर}',
    '{पूरी खबर पढ़ें|आगे पढ़ें|और पढ़ें|पूरा लेख पढ़ें|पूरी स्टोरी पढ़ें}',
  ],
  clickHere: ['यहां क्लिक करें', 'यहाँ क्लिक करें', 'क्लिक करें'],
  articleNouns: ['लेख', 'रिपोर्ट', 'साक्षात्कार', 'इंटरव्यू'],
  authorLinks: ['द्वारा'],
  publishedVerbs: ['प्रकाशित', 'छपा', 'छपी'],
  originPhrases: ['{मूल रूप से|पहली बार} ~ {पर|में} प्रकाशित'],
  originNotes: [],
  clippingLeads: ['साभार', 'प्रकाशित लेख'],
  clippingFroms: ['से'],
  dateLinks: [],
  reportVerbs: [],
  feedFooters: ['पहली बार … {पर|में} {दिखाई दिया|प्रकाशित}'],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: [],
  posterLabels: ['द्वारा'],
  copiedNotices: ['सर्वाधिकार सुरक्षित'],
};
