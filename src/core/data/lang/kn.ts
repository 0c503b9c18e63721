import type { LanguagePack } from './languagePack.ts';

/** Kannada. "ಕೃಪೆ" ("courtesy") credits what a page takes; case endings are written against the outlet. */
export const kn: LanguagePack = {
  code: 'kn',
  sourceLabels: ['ಮೂಲ', 'ಕೃಪೆ', 'ಸುದ್ದಿ ಮೂಲ'],
  sourceLeads: ['ಕೃಪೆ'],
  readMore: ['ಹೆಚ್ಚಿನ ಓದಿಗೆ', 'ಮುಂದೆ ಓದಿ', 'ಸಂಪೂರ್ಣ ಸುದ್ದಿ ಓದಿ'],
  readMoreLines: [
    '{ಸಂಪೂರ್ಣ ಸುದ್ದಿ|ಪೂರ್ಣ ಸುದ್ದಿ|ಪೂರ್ಣ ಲೇಖನ} @{ನಲ್ಲಿ| ನಲ್ಲಿ|ಯಲ್ಲಿ| ಯಲ್ಲಿ} ಓದಿ',
    '{ಮುಂದೆ ಓದಿ|ಹೆಚ್ಚಿನ ಓದಿಗೆ|ಸಂಪೂರ್ಣ ಸುದ್ದಿ ಓದಿ|ಇನ್ನಷ್ಟು ಓದಿ}',
  ],
  clickHere: ['ಇಲ್ಲಿ ಕ್ಲಿಕ್ ಮಾಡಿ', 'ಕ್ಲಿಕ್ ಮಾಡಿ'],
  articleNouns: ['ಲೇಖನ', 'ವರದಿ', 'ಸಂದರ್ಶನ'],
  authorLinks: [],
  publishedVerbs: ['ಪ್ರಕಟವಾದ', 'ಪ್ರಕಟಿಸಿದ', 'ಪ್ರಕಟಿತ'],
  originPhrases: ['{ಮೊದಲು|ಮೊದಲ ಬಾರಿಗೆ} … {ಪ್ರಕಟವಾಗಿದೆ|ಪ್ರಕಟವಾಗಿತ್ತು|ಪ್ರಕಟವಾದ}'],
  originNotes: ['@{ನಲ್ಲಿ| ನಲ್ಲಿ|ಯಲ್ಲಿ| ಯಲ್ಲಿ} {ಪ್ರಕಟವಾದ|ಪ್ರಕಟಿತ} {ಲೇಖನ|ವರದಿ|ಸಂದರ್ಶನ}'],
  clippingLeads: [],
  clippingFroms: [],
  clippingMarks: ['ಪುಟ #'],
  dateLinks: [],
  reportVerbs: [],
  reportingVerbs: ['@ {ವರದಿ ಮಾಡಿದೆ|ವರದಿಮಾಡಿದೆ|ತಿಳಿಸಿದೆ}', '@{ನ| ನ|ದ| ದ|} {ವರದಿ ಪ್ರಕಾರ|ವರದಿಯ ಪ್ರಕಾರ|ವರದಿಯಂತೆ}'],
  interviewCredits: ['@{ಗೆ| ಗೆ|ಕ್ಕೆ| ಕ್ಕೆ} {ನೀಡಿದ ಸಂದರ್ಶನದಲ್ಲಿ|ತಿಳಿಸಿದ್ದಾರೆ|ಹೇಳಿದ್ದಾರೆ|ಪ್ರತಿಕ್ರಿಯೆ ನೀಡಿದ}', '@ {ಜತೆ|ಜೊತೆ} ಮಾತನಾಡಿದ'],
  feedFooters: [],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['ಮತ್ತು'],
  posterLabels: ['ಬರೆದವರು'],
  copiedNotices: ['ಎಲ್ಲ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ', 'ಎಲ್ಲಾ ಹಕ್ಕುಗಳನ್ನು ಕಾಯ್ದಿರಿಸಲಾಗಿದೆ'],
  promoNotices: ['@ ಅನ್ನು {Facebook|YouTube|WhatsApp|Telegram}ನಲ್ಲಿ ಫಾಲೋ ಮಾಡಿ'],
};
