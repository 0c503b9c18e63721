import type { LanguagePack } from './languagePack.ts';

/** Icelandic. Outlets report "frá" ("greinir RÚV frá"), interviews are "í samtali við" an outlet. */
export const is: LanguagePack = {
  code: 'is',
  sourceLabels: ['Heimild', 'Heimildir', 'Upprunaleg frétt', 'Upprunaleg grein'],
  sourceLeads: ['Þýtt úr', 'Byggt á frétt'],
  readMore: ['Lesa meira', 'Lesa alla fréttina', 'Lesa greinina', 'Lesa meira á'],
  readMoreLines: [
    '{lesa meira|lesa fréttina|lesa alla fréttina|lesa greinina|lesa alla greinina|sjá nánar|nánar má lesa um málið|fréttina má lesa í heild} {á|hjá|í|á vef} @',
    '{fara á|lesa} {upprunalegu fréttina|upprunalegu greinina|heimildina}',
    '{lesa meira|lesa alla fréttina|lesa alla greinina|lesa greinina}',
  ],
  clickHere: ['smelltu hér', 'smellið hér', 'ýttu hér'],
  articleNouns: ['grein', 'greinin*', 'frétt', 'fréttin*', 'viðtal*', 'pistil*', 'pistill'],
  authorLinks: ['eftir'],
  publishedVerbs: ['birtist', 'birtust', 'birtist fyrst'],
  originPhrases: ['birtist {fyrst|upphaflega}'],
  originNotes: [
    '{greinin|fréttin|pistillinn|viðtalið} birtist {fyrst |upphaflega |}{á|í} @',
    '{birt|birtist|endurbirt} með {leyfi|góðfúslegu leyfi} @',
  ],
  clippingLeads: ['{Greinin|Pistillinn|Viðtalið} birtist {fyrst |}í', 'Birtist í {blaðinu|Morgunblaðinu|tímaritinu}'],
  clippingFroms: [],
  clippingMarks: ['bls#', 'blaðsíða #', 'tbl#', 'tölublað #'],
  dateLinks: [],
  reportVerbs: ['segir í frétt', 'kemur fram í frétt', 'kemur fram á vef', 'greinir frá'],
  reportingVerbs: [
    '{greinir|greindi|segir|sagði|fjallar|fjallaði|hefur} @ {frá|um málið|eftir}',
    '@ {greinir frá|greindi frá|hefur eftir|fjallar um|fjallaði um|segir frá|sagði frá}',
    '{samkvæmt frétt|samkvæmt fréttum|samkvæmt upplýsingum|að því er fram kemur á|að því er fram kemur í|eins og fram kemur á|eins og fram kemur í|að því er segir á|á vefsíðu|í frétt} @',
  ],
  interviewCredits: [
    '{sagði|segir|staðfesti|staðfestir|sagðist|segist|greindi frá} … {í samtali við|í viðtali við} @',
    '{í samtali við|í viðtali við} @',
  ],
  feedFooters: ['birtist fyrst á'],
  publisherDescriptors: ['vefurinn', 'fréttavefurinn', 'blaðið'],
  outletNameEndings: [],
  conjunctions: ['og'],
  posterLabels: ['höfundur', 'skrifað af'],
  copiedNotices: [
    'allur réttur áskilinn',
    'öll réttindi áskilin',
    'óheimilt er að {afrita|birta|dreifa} … án {leyfis|samþykkis}',
  ],
  promoNotices: [
    'fylgdu @ á {Facebook|Instagram|YouTube|TikTok|X|WhatsApp}',
    'sæktu {app|appið} @',
    '{gerast|gerðu} áskrifandi að @',
  ],
};
