import type { LanguagePack } from './languagePack.ts';

/** Thai. */
export const th: LanguagePack = {
  code: 'th',
  sourceLabels: ['ที่มา', 'แหล่งที่มา', 'แหล่งข่าว', 'อ้างอิง'],
  sourceLeads: [],
  readMore: ['อ่านต่อที่', 'อ่านเพิ่มเติมที่', 'อ่านต่อได้ที่', 'อ่านข่าวเต็มที่'],
  originPhrases: [],
  clippingLeads: [],
  dateLinks: [],
  feedFooters: ['ปรากฏครั้งแรก'],
  publisherDescriptors: [],
  conjunctions: [],
  posterLabels: ['โดย'],
};
