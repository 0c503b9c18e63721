import type { LanguagePack } from './languagePack.ts';

/** Sinhala. The rakaransaya is written with or without its joiner ("මූලාශ්‍රය", "මූලාශ්රය"). */
export const si: LanguagePack = {
  code: 'si',
  sourceLabels: ['මූලාශ්‍රය', 'මූලාශ්රය', 'උපුටා ගැනීම'],
  sourceLeads: ['උපුටා ගැනීම'],
  readMore: ['වැඩි විස්තර', 'තවදුරටත් කියවන්න', 'සම්පූර්ණ ලිපිය කියවන්න'],
  readMoreLines: [
    '{වැඩි විස්තර|සම්පූර්ණ ලිපිය|සම්පූර්ණ පුවත} @ {වෙතින්|හි} {කියවන්න|බලන්න}',
    '{තවදුරටත් කියවන්න|වැඩි විස්තර සඳහා|සම්පූර්ණ ලිපිය කියවන්න}',
  ],
  clickHere: ['මෙතන ක්ලික් කරන්න', 'මෙහි ක්ලික් කරන්න'],
  articleNouns: ['ලිපිය', 'වාර්තාව', 'සම්මුඛ සාකච්ඡාව'],
  authorLinks: [],
  publishedVerbs: ['පළ වූ', 'පළ කළ'],
  originPhrases: ['{මුලින්ම|ප්‍රථම වරට} … පළ {වූ|කළ|විය}'],
  originNotes: ['@ {පුවත්පතේ|වෙබ් අඩවියේ} පළ {වූ|කළ} {ලිපිය|වාර්තාව}'],
  clippingLeads: [],
  clippingFroms: [],
  clippingMarks: ['පිටුව #'],
  dateLinks: [],
  reportVerbs: [],
  reportingVerbs: ['@ {වාර්තා කරයි|වාර්තා කළේය|පවසයි|සඳහන් කරයි}', '@ {වාර්තා කරන පරිදි|වාර්තාවලට අනුව|වාර්තාවකට අනුව}'],
  interviewCredits: ['@ {වෙත|සමඟ} {පැවසීය|පැවසුවේය|පැවසුවා|කළ සාකච්ඡාවකදී}'],
  feedFooters: [],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['සහ'],
  posterLabels: [],
  copiedNotices: ['සියලුම හිමිකම් ඇවිරිණි'],
  promoNotices: ['@ {Facebook|YouTube|WhatsApp|Telegram} පිටුවට සම්බන්ධ වන්න'],
};
