import type { LanguagePack } from './languagePack.ts';

/** Korean. */
export const ko: LanguagePack = {
  code: 'ko',
  sourceLabels: ['출처', '원문', '기사원문', '원문 출처', '기사 출처', '원문보기', '원문 보기', '원문기사'],
  sourceLeads: [],
  readMore: ['원문 보기', '기사 원문', '원문보기'],
  originPhrases: ['{에|에서} {처음|최초로} {게재|발행|공개}'],
  clippingLeads: [],
  dateLinks: [],
  feedFooters: ['에 처음 등장했습니다'],
  publisherDescriptors: [],
  conjunctions: [],
  posterLabels: ['글쓴이', '작성자'],
};
