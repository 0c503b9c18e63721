import type { LanguagePack } from './languagePack.ts';

/** Hausa (Latin script, with or without the hooked letters ɓ ɗ ƙ). A descriptor stands before the outlet ("jaridar …"). */
export const ha: LanguagePack = {
  code: 'ha',
  sourceLabels: ['Majiya', 'Tushe', 'Asali'],
  sourceLeads: [],
  readMore: ['Karanta karin bayani', 'Ci gaba da karantawa', 'Karanta cikakken labarin'],
  readMoreLines: [
    '{karanta cikakken labarin|karanta karin bayani|ci gaba da karantawa|cikakken labarin} {a|a shafin} @',
    '{karanta cikakken labarin|ci gaba da karantawa|karanta karin bayani}',
  ],
  clickHere: ['latsa nan', 'danna nan', 'matsa nan'],
  articleNouns: ['labarin', 'makalar', 'hirar'],
  authorLinks: ['marubuci'],
  publishedVerbs: ['aka wallafa', 'wanda aka wallafa', 'aka buga'],
  originPhrases: ['{da farko|a karon farko} … {aka wallafa|aka buga}'],
  originNotes: ['{an fara wallafa|an wallafa} {wannan labarin|wannan makalar|labarin} {a|ne a} @'],
  clippingLeads: [],
  clippingFroms: [],
  clippingMarks: ['shafi #'],
  dateLinks: [],
  reportVerbs: [],
  reportingVerbs: [
    '{a cewar|bisa rahoton|kamar yadda jaridar|kamar yadda kamfanin dillancin labarai na} @',
    'kamar yadda @ {ta|ya} {ruwaito|rawaito|bayyana|wallafa}',
    '@ {ta ruwaito|ya ruwaito|ta rawaito|ya rawaito|ta bayar da rahoton|ta wallafa}',
  ],
  interviewCredits: [
    '{ya shaida wa|ta shaida wa|ya faɗa wa|ta faɗa wa|ya fada wa|ta fada wa|ya shaidawa|ta shaidawa} @',
    '{a hirarsa da|a hirarta da|a wata hira da} @',
  ],
  feedFooters: [],
  publisherDescriptors: ['jaridar', 'kamfanin dillancin labarai na', 'gidan rediyon'],
  outletNameEndings: [],
  conjunctions: [],
  posterLabels: ['marubuci'],
  copiedNotices: ['haƙƙin mallaka', 'hakkin mallaka'],
  promoNotices: ['ku biyo @ a {Facebook|YouTube|TikTok|X|Instagram|WhatsApp}'],
};
