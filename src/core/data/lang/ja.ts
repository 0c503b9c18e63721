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
  originPhrases: ['{に|で}{初出|最初に掲載|掲載された記事|初掲載}', '初出{：|:}'],
  clippingLeads: ['初出', '掲載紙'],
  dateLinks: [],
  feedFooters: ['に最初に表示されました'],
  publisherDescriptors: [],
  conjunctions: [],
  posterLabels: ['投稿者', '作成者'],
};
