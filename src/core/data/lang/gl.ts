import type { LanguagePack } from './languagePack.ts';

/** Galician. Source-label and origin fields first; other fields as far as they are known. */
export const gl: LanguagePack = {
  code: 'gl',
  sourceLabels: ['Fonte', 'Fontes', 'Fonte orixinal', 'Artigo orixinal', 'Noticia orixinal'],
  sourceLeads: [
    'Con información {de|do|da|dos|das}',
    '{Publicado|Publicada} orixinalmente {en|no|na|por}',
    '{Tomado|Tomada|Extraído|Extraída|Adaptado|Adaptada|Traducido} {de|do|da}',
  ],
  readMore: [],
  readMoreLines: [],
  clickHere: ['preme aquí', 'fai clic aquí'],
  articleNouns: ['artigo', 'reportaxe', 'entrevista'],
  authorLinks: ['por'],
  publishedVerbs: [],
  originPhrases: ['{publicado|publicada|apareceu} orixinalmente {en|no|na|por|polo|pola}'],
  originNotes: ['{este artigo|esta noticia|este texto} {foi |}publicad* orixinalmente {en|no|na} @'],
  clippingLeads: [],
  clippingFroms: [],
  clippingMarks: ['páxina #', 'páx. #', 'número #'],
  dateLinks: [],
  reportVerbs: [],
  reportingVerbs: ['{segundo|de acordo con|conforme} @', '{informa|informou|publica|publicou} @'],
  interviewCredits: [],
  feedFooters: [],
  publisherDescriptors: ['o xornal', 'o diario', 'a axencia'],
  outletNameEndings: [],
  conjunctions: ['e'],
  posterLabels: [],
  copiedNotices: [],
  promoNotices: [
    '{sigue|segue} {a |o |}@ en {Facebook|Instagram|YouTube|TikTok|X|WhatsApp|Telegram}',
    'descarga a app de @',
    'subscríbete {a|ao} @',
  ],
};
