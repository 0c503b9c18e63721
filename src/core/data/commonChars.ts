/**
 * The most frequent characters of running text in Chinese, Korean and Japanese (from published character-frequency
 * lists of news text): used only to tell which legacy encoding turns mis-decoded bytes back into a language, since
 * EUC-KR, GBK and Shift-JIS all accept many of the same byte pairs. Not names, not phrases: letters.
 */
export const COMMON_HAN =
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基';

export const COMMON_HANGUL =
  '이다는의에가을를하고로서한지기도사으리자수대인니있정시어해나국일게부전적아했만보과제라들상요것원그년주장동문회위화경할며면성비와내중후우소공여받된등조며신';

/** Japanese: hiragana carry most of the grammar, so any of them counts; plus the commonest kanji of news text. */
export const COMMON_JAPANESE_KANJI = '日本人年大一中月出事会社者時分行自国生上前東京見定業市政円長新同部間場手発';
