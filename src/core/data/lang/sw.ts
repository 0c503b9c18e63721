import type { LanguagePack } from './languagePack.ts';

/** Swahili. */
export const sw: LanguagePack = {
  code: 'sw',
  sourceLabels: ['Chanzo', 'Vyanzo', 'Chanzo cha habari'],
  sourceLeads: ['Kwa hisani ya', '{Imetafsiriwa|Imechukuliwa|Imenukuliwa} kutoka', 'Kama ilivyoripotiwa na'],
  readMore: [],
  readMoreLines: [
    '{soma zaidi|endelea kusoma|soma habari kamili|habari kamili|soma makala kamili|makala kamili|soma habari hii} {kwenye|katika|kupitia|kwenye tovuti ya|katika tovuti ya} @',
    '{soma zaidi|endelea kusoma|soma habari kamili}',
  ],
  clickHere: ['bofya hapa', 'bonyeza hapa', 'gusa hapa'],
  articleNouns: ['makala', 'ripoti', 'mahojiano'],
  authorLinks: ['ya'],
  publishedVerbs: ['iliyochapishwa', 'ilichapishwa'],
  originPhrases: ['{ilichapishwa|imechapishwa} {kwa mara ya kwanza|kwanza|awali}'],
  originNotes: [
    'tunachapisha {tena |}{makala|habari|mahojiano} {kutoka|ya|iliyochapishwa na|iliyochapishwa katika} @',
    'imechapishwa {tena |}kwa idhini ya @',
  ],
  clippingLeads: [
    '{Makala|Habari} {hii |}{ilichapishwa|imechapishwa} {katika|kwenye} {gazeti la|}',
    'Imechapishwa {katika|kwenye} {gazeti la|}',
  ],
  clippingFroms: ['kutoka'],
  clippingMarks: ['ukurasa #', 'uk#', 'toleo {la |}#'],
  dateLinks: [],
  reportVerbs: [],
  reportingVerbs: [
    '{kwa mujibu wa|kama ilivyoripotiwa na|kama ilivyoripoti|imeripotiwa na} @',
    '@ {imeripoti|iliripoti|inaripoti|imeandika|iliandika|imearifu|imeeleza}',
  ],
  interviewCredits: [
    '{ameiambia|aliiambia|wameiambia|waliiambia|akizungumza na|alipozungumza na|akihojiwa na|alipohojiwa na} @',
  ],
  feedFooters: [],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: [],
  posterLabels: [],
  copiedNotices: ['haki zote zimehifadhiwa'],
  promoNotices: [
    '{fuatilia|jiunge na} @ {kupitia|kwenye} {WhatsApp|Telegram|Google News|Facebook|Instagram|YouTube|TikTok|Threads|LinkedIn|X|Twitter}',
    'jiunge na chaneli ya @ {kupitia|kwenye} {WhatsApp|Telegram|Google News|Facebook|Instagram|YouTube|TikTok|Threads|LinkedIn|X|Twitter}',
    'pakua programu ya @',
  ],
};
