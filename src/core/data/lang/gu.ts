import type { LanguagePack } from './languagePack.ts';

/** Gujarati. "સૌજન્ય" ("courtesy") credits what a page takes; postpositions follow the outlet. */
export const gu: LanguagePack = {
  code: 'gu',
  sourceLabels: ['સ્રોત', 'સ્ત્રોત', 'સૌજન્ય'],
  sourceLeads: ['સૌજન્ય'],
  readMore: ['વધુ વાંચો', 'સંપૂર્ણ સમાચાર વાંચો'],
  readMoreLines: [
    '{સંપૂર્ણ સમાચાર|પૂરા સમાચાર|સંપૂર્ણ લેખ|વિગતવાર સમાચાર} @ {પર|માં} {વાંચો|વાંચી શકો છો}',
    '{વધુ વાંચો|સંપૂર્ણ સમાચાર વાંચો|આગળ વાંચો}',
  ],
  clickHere: ['અહીં ક્લિક કરો', 'ક્લિક કરો'],
  articleNouns: ['લેખ', 'અહેવાલ', 'ઇન્ટરવ્યૂ', 'મુલાકાત'],
  authorLinks: ['દ્વારા'],
  publishedVerbs: ['પ્રકાશિત', 'છપાયેલ'],
  originPhrases: ['{પહેલી વાર|મૂળ રૂપે} … પ્રકાશિત'],
  originNotes: ['@ {માં|પર} પ્રકાશિત {લેખ|અહેવાલ|ઇન્ટરવ્યૂ}', '@ ના સૌજન્યથી'],
  clippingLeads: [],
  clippingFroms: [],
  clippingMarks: ['પાનું #', 'પાના નં. #'],
  dateLinks: [],
  reportVerbs: [],
  reportingVerbs: [
    '@ {ના અહેવાલ મુજબ|ના રિપોર્ટ મુજબ|ના જણાવ્યા મુજબ|ના અહેવાલ અનુસાર|મુજબ|અનુસાર}',
    '@ {એ જણાવ્યું|એ અહેવાલ આપ્યો|એ લખ્યું}',
  ],
  interviewCredits: ['@ {ને જણાવ્યું|સાથે વાતચીતમાં|ને આપેલા ઇન્ટરવ્યૂમાં|સાથેની વાતચીતમાં}'],
  feedFooters: [],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['અને'],
  posterLabels: ['દ્વારા'],
  copiedNotices: ['સર્વાધિકાર સુરક્ષિત', 'બધા હકો સુરક્ષિત'],
  promoNotices: ['@ ને {ફેસબુક|યુટ્યુબ|વોટ્સએપ|WhatsApp|Facebook|YouTube} પર ફોલો કરો'],
};
