import type { LanguagePack } from './languagePack.ts';

/** Thai. */
export const th: LanguagePack = {
  code: 'th',
  sourceLabels: ['ที่มา', 'แหล่งที่มา', 'แหล่งข่าว', 'อ้างอิง'],
  sourceLeads: [],
  readMore: ['อ่านต่อที่', 'อ่านเพิ่มเติมที่', 'อ่านต่อได้ที่', 'อ่านข่าวเต็มที่'],
  readMoreLines: [
    '{อ่านต่อ|อ่านเพิ่มเติม|อ่านต่อได้|อ่านข่าวเต็ม|อ่านข่าวฉบับเต็ม|อ่านบทความเต็ม|อ่านรายละเอียดเพิ่มเติม|ติดตามอ่านต่อ|ดูรายละเอียดเพิ่มเติม|อ่านบทความฉบับเต็ม}{ที่|ได้ที่|จาก|ทาง|บน|ต่อที่}@',
    '{อ่านต่อ|อ่านเพิ่มเติม|อ่านข่าวเต็ม|อ่านบทความเต็ม}',
  ],
  clickHere: ['คลิกที่นี่', 'คลิกเลย'],
  articleNouns: ['บทความ', 'รายงาน', 'บทสัมภาษณ์'],
  authorLinks: ['โดย'],
  publishedVerbs: ['ตีพิมพ์', 'เผยแพร่'],
  originPhrases: [],
  originNotes: ['{ตีพิมพ์ใน|ตีพิมพ์ครั้งแรกใน|เผยแพร่ครั้งแรกใน|เผยแพร่ครั้งแรกที่} @'],
  clippingLeads: ['ตีพิมพ์ใน', 'ตีพิมพ์ครั้งแรกใน', 'บทความนี้ตีพิมพ์ใน', 'ลงพิมพ์ใน'],
  clippingFroms: ['จาก'],
  dateLinks: [],
  reportVerbs: [],
  feedFooters: ['ปรากฏครั้งแรก'],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: [],
  posterLabels: ['โดย'],
  copiedNotices: ['สงวนลิขสิทธิ์'],
};
