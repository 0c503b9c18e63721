import type { LanguagePack } from './languagePack.ts';

/** Japanese. */
export const ja: LanguagePack = {
  code: 'ja',
  sourceLabels: [
    '出典',
    '引用元',
    '元記事',
    'ソース',
    '情報元',
    '参照元',
    '転載元',
    '出所',
    '配信元',
    '記事元',
    '元記事はこちら',
  ],
  sourceLeads: ['元記事', '引用元', '転載元'],
  readMore: ['続きを読む', '全文を読む', '記事全文を読む', '元記事を読む', '元記事を見る'],
  readMoreLines: [
    '{続きは|全文は|記事全文は|記事の続きは|詳しくは|詳細は|この記事の続きは}@{で|にて|から}{読む|読めます|お読みいただけます|ご覧ください|ご覧いただけます|お読みください|どうぞ|確認できます|}',
    '@{で|にて}{続きを|全文を|記事全文を|記事を}{読む|見る|読みます|ご覧ください}',
    '{続きを読む|全文を読む|記事全文を読む|元記事を読む|元記事を見る|続きを見る}',
  ],
  clickHere: ['こちらをクリック', 'ここをクリック'],
  originPhrases: ['{に|で}{初出|最初に掲載|掲載された記事|初掲載}', '初出{：|:}'],
  clippingLeads: ['初出', '掲載紙', '出典', '掲載誌', '初出誌', '原文掲載'],
  clippingFroms: [],
  dateLinks: [],
  reportVerbs: [],
  feedFooters: ['に最初に表示されました'],
  publisherDescriptors: [],
  outletNameEndings: ['新聞', '新聞社', '日報', '通信', 'タイムズ', 'ジャーナル'],
  conjunctions: [],
  posterLabels: ['投稿者', '作成者'],
  copiedNotices: ['無断転載{を禁じます|禁止|を禁止します}', '無断複製'],
};
