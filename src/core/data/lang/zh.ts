import type { LanguagePack } from './languagePack.ts';

/** Chinese. */
export const zh: LanguagePack = {
  code: 'zh',
  sourceLabels: ["来源", "來源", "原文", "原文链接", "原文連結", "原文地址", "原文網址", "文章来源", "文章來源", "本文来源", "本文來源", "新闻来源", "新聞來源", "出处", "出處", "转载自", "轉載自", "消息来源", "消息來源", "稿源", "原文出处", "原文出處", "文章出处", "文章出處"],
  sourceLeads: ["转载自", "轉載自", "转自", "轉自", "本文转载自", "本文轉載自", "原文链接", "原文連結", "摘自", "本文首发于", "首发于", "首發於"],
  readMore: ["阅读原文", "閱讀原文", "阅读全文", "閱讀全文", "查看原文", "查看全文"],
  originPhrases: ["{首发|首發|最初发表|最初發表|原载|原載|原刊}{于|於|在}"],
  feedFooters: ["最先出现在", "最先出現在"],
  publisherDescriptors: [],
  conjunctions: ["和", "与", "及"],
  posterLabels: ["作者", "发布者", "發佈者"],
};
