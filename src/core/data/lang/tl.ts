import type { LanguagePack } from './languagePack.ts';

/** Tagalog (Filipino). English is mixed in freely; these are the Tagalog forms. */
export const tl: LanguagePack = {
  code: 'tl',
  sourceLabels: ['Pinagmulan', 'Pinagkunan', 'Sanggunian', 'Pinagmulan ng balita'],
  sourceLeads: ['Hango sa', 'Halaw mula sa', 'Isinalin mula sa'],
  readMore: ['Basahin ang buong balita', 'Basahin ang buong artikulo', 'Magbasa pa'],
  readMoreLines: [
    '{basahin ang buong balita|basahin ang buong artikulo|basahin ang buong ulat|basahin ang kabuuan|basahin pa} {sa|mula sa} @',
    '{basahin ang buong balita|basahin ang buong artikulo|basahin ang buong ulat|magbasa pa}',
  ],
  clickHere: ['pindutin dito', 'i-click dito', 'mag-click dito'],
  articleNouns: ['artikulo', 'panayam', 'balita'],
  authorLinks: ['isinulat ni'],
  publishedVerbs: ['inilathala', 'nailathala'],
  originPhrases: ['{unang|orihinal na} {inilathala|nailathala|lumabas}'],
  originNotes: [
    '{unang|orihinal na} {inilathala|nailathala|lumabas} {sa|ng} @',
    'muling inilathala nang may pahintulot ng @',
  ],
  clippingLeads: [
    '{Nalathala|Inilathala|Unang nalathala} sa {pahayagang|pahayagan|}',
    '{Ang artikulong ito|Ang balitang ito} ay {nalathala|inilathala|unang nalathala} sa {pahayagang|pahayagan|}',
    'Hinango mula sa',
  ],
  clippingFroms: ['mula sa'],
  clippingMarks: ['pahina #'],
  dateLinks: [],
  reportVerbs: ['ayon sa ulat ng', 'ulat ng'],
  reportingVerbs: ['{ayon sa|ayon sa ulat ng|ayon sa balita ng|batay sa ulat ng|iniulat ng|ulat ng|sinabi ng} @'],
  interviewCredits: [
    '{sinabi|ayon} … sa {panayam ng|panayam sa|eksklusibong panayam ng} @',
    '{sa panayam ng|sa panayam sa|sa isang panayam sa|sa eksklusibong panayam ng} @',
    '{sinabi niya sa|ani niya sa|sabi niya sa} @',
  ],
  feedFooters: ['ay unang lumabas sa'],
  publisherDescriptors: ['pahayagang'],
  outletNameEndings: [],
  conjunctions: [],
  posterLabels: ['isinulat ni', 'inilathala ni'],
  copiedNotices: ['lahat ng karapatan ay nakalaan'],
  promoNotices: ['sundan ang @ sa {Facebook|Instagram|YouTube|TikTok|X|Viber|Telegram}'],
};
