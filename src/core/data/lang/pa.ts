import type { LanguagePack } from './languagePack.ts';

/** Punjabi (Gurmukhi). Postpositions follow the outlet: "@ ਦੀ ਰਿਪੋਰਟ ਮੁਤਾਬਕ", "@ ਨੂੰ ਦੱਸਿਆ". */
export const pa: LanguagePack = {
  code: 'pa',
  sourceLabels: ['ਸਰੋਤ', 'ਸ੍ਰੋਤ', 'ਧੰਨਵਾਦ ਸਹਿਤ'],
  sourceLeads: ['ਧੰਨਵਾਦ ਸਹਿਤ'],
  readMore: ['ਹੋਰ ਪੜ੍ਹੋ', 'ਪੂਰੀ ਖ਼ਬਰ ਪੜ੍ਹੋ', 'ਪੂਰੀ ਖਬਰ ਪੜ੍ਹੋ'],
  readMoreLines: ['{ਪੂਰੀ ਖ਼ਬਰ|ਪੂਰੀ ਖਬਰ|ਪੂਰਾ ਲੇਖ|ਪੂਰੀ ਰਿਪੋਰਟ} @ {ਤੇ|’ਤੇ|ਉੱਤੇ|ਵਿੱਚ} ਪੜ੍ਹੋ', '{ਹੋਰ ਪੜ੍ਹੋ|ਪੂਰੀ ਖ਼ਬਰ ਪੜ੍ਹੋ|ਪੂਰੀ ਖਬਰ ਪੜ੍ਹੋ|ਅੱਗੇ ਪੜ੍ਹੋ}'],
  clickHere: ['ਇੱਥੇ ਕਲਿੱਕ ਕਰੋ', 'ਕਲਿੱਕ ਕਰੋ'],
  articleNouns: ['ਲੇਖ', 'ਰਿਪੋਰਟ', 'ਇੰਟਰਵਿਊ', 'ਮੁਲਾਕਾਤ'],
  authorLinks: ['ਵੱਲੋਂ'],
  publishedVerbs: ['ਪ੍ਰਕਾਸ਼ਿਤ', 'ਛਪਿਆ', 'ਛਪੀ'],
  originPhrases: ['{ਪਹਿਲੀ ਵਾਰ|ਮੂਲ ਰੂਪ ਵਿੱਚ} … ਪ੍ਰਕਾਸ਼ਿਤ'],
  originNotes: ['@ {ਵਿੱਚ|ਤੇ|’ਤੇ} {ਪ੍ਰਕਾਸ਼ਿਤ|ਛਪਿਆ|ਛਪੀ} {ਲੇਖ|ਰਿਪੋਰਟ|ਇੰਟਰਵਿਊ}', '@ ਤੋਂ ਧੰਨਵਾਦ ਸਹਿਤ'],
  clippingLeads: [],
  clippingFroms: [],
  clippingMarks: ['ਪੰਨਾ #'],
  dateLinks: [],
  reportVerbs: [],
  reportingVerbs: [
    '@ {ਦੀ ਰਿਪੋਰਟ ਮੁਤਾਬਕ|ਦੀ ਰਿਪੋਰਟ ਅਨੁਸਾਰ|ਦੀ ਖ਼ਬਰ ਮੁਤਾਬਕ|ਦੀ ਖਬਰ ਮੁਤਾਬਕ|ਮੁਤਾਬਕ|ਅਨੁਸਾਰ|ਦੇ ਹਵਾਲੇ ਨਾਲ}',
    '@ ਨੇ {ਦੱਸਿਆ|ਰਿਪੋਰਟ ਕੀਤਾ|ਲਿਖਿਆ|ਖ਼ਬਰ ਦਿੱਤੀ}',
  ],
  interviewCredits: ['@ {ਨੂੰ ਦੱਸਿਆ|ਨਾਲ ਗੱਲਬਾਤ ਕਰਦਿਆਂ|ਨਾਲ ਗੱਲ ਕਰਦਿਆਂ|ਨੂੰ ਦਿੱਤੀ ਇੰਟਰਵਿਊ ਵਿੱਚ|ਨਾਲ ਖ਼ਾਸ ਗੱਲਬਾਤ}'],
  feedFooters: [],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['ਅਤੇ'],
  posterLabels: ['ਵੱਲੋਂ'],
  copiedNotices: ['ਸਾਰੇ ਹੱਕ ਰਾਖਵੇਂ ਹਨ', 'ਸਾਰੇ ਅਧਿਕਾਰ ਰਾਖਵੇਂ ਹਨ'],
  promoNotices: ['@ ਨੂੰ {ਫੇਸਬੁੱਕ|ਯੂਟਿਊਬ|ਵਟਸਐਪ|WhatsApp|Facebook|YouTube} {ਤੇ|’ਤੇ} ਫਾਲੋ ਕਰੋ'],
};
