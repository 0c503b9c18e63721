import type { LanguagePack } from './languagePack.ts';

/** Korean. */
export const ko: LanguagePack = {
  code: 'ko',
  sourceLabels: ['출처', '원문', '기사원문', '원문 출처', '기사 출처', '원문보기', '원문 보기', '원문기사'],
  sourceLeads: [],
  readMore: ['원문 보기', '기사 원문', '원문보기'],
  readMoreLines: [
    '{원문은|전문은|기사 전문은|기사 원문은|자세한 내용은|자세한 기사는|기사 전체는|나머지 내용은|기사 전체 내용은} @{에서|에} {보기|확인|확인하세요|확인하실 수 있습니다|볼 수 있습니다|읽기|읽을 수 있습니다|보실 수 있습니다|}',
    '@{에서|에} {원문|전문|기사 원문|기사 전문|전체 기사|기사 전체} {보기|읽기|확인하기}',
    '{원문 보기|원문보기|기사 원문 보기|전문 보기|기사 더보기|기사 전문 보기}',
  ],
  clickHere: ['여기를 클릭하세요', '여기를 클릭', '클릭하세요'],
  articleNouns: ['기사', '칼럼', '인터뷰'],
  authorLinks: ['글쓴이'],
  publishedVerbs: ['게재', '실린', '실렸'],
  originPhrases: ['{에|에서} {처음|최초로} {게재|발행|공개}'],
  originNotes: [],
  clippingLeads: ['게재지', '원문 게재', '게재 신문'],
  clippingFroms: [],
  clippingMarks: ['#면', '제#호', '#판', '지면'],
  dateLinks: [],
  reportVerbs: [],
  reportingVerbs: ['@{에|의 보도에} 따르면', '@{가|이|는|은|도} {보도했다|전했다|보도했습니다|전했습니다|밝혔다}'],
  interviewCredits: ['@{와의|과의} {인터뷰|인터뷰에서|통화에서|통화}', '@{에|에게} {말했다|밝혔다|전했다|설명했다}'],
  feedFooters: ['에 처음 등장했습니다'],
  publisherDescriptors: [],
  outletNameEndings: ['신문', '일보', '저널', '타임즈', '타임스', '방송', '통신'],
  conjunctions: [],
  posterLabels: ['글쓴이', '작성자'],
  copiedNotices: ['무단 전재', '무단전재', '재배포 금지', '재배포금지'],
  promoNotices: ['@ {앱|어플} 다운로드', '@ {카카오톡|텔레그램|유튜브|페이스북} 채널', '@{을|를} 구독'],
};
