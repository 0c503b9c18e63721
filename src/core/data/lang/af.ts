import type { LanguagePack } from './languagePack.ts';

/** Afrikaans. Words it shares with Dutch ("artikel", "volgens") are left to the Dutch pack's guards. */
export const af: LanguagePack = {
  code: 'af',
  sourceLabels: ['Bron', 'Bronne', 'Oorspronklike artikel'],
  sourceLeads: ['Met inligting van'],
  readMore: ['Lees meer by', 'Lees die volledige artikel by', 'Lees verder'],
  readMoreLines: [
    '{lees meer|lees verder|lees die volledige berig|lees die hele berig} {by|op} @',
    '{lees die volledige berig|lees die hele berig}',
  ],
  clickHere: [],
  articleNouns: ['berigte', 'nuusberig'],
  authorLinks: ['geskryf deur'],
  publishedVerbs: ['gepubliseer', 'verskyn'],
  originPhrases: ['{oorspronklik|eerste} {gepubliseer|verskyn} {op|in|deur}'],
  originNotes: ['oorspronklik {in|op|by} @ {verskyn|gepubliseer}', 'met toestemming van @ {herpubliseer|gepubliseer}'],
  clippingLeads: [
    '{Gepubliseer|Verskyn|Eerste gepubliseer} in',
    '{Hierdie |Die |}{artikel|berig|rubriek|onderhoud} {het |}{verskyn|is gepubliseer} in',
    'Oorgeneem uit',
  ],
  clippingFroms: ['uit'],
  clippingMarks: ['bladsy #', 'nr#', 'uitgawe #'],
  dateLinks: [],
  reportVerbs: [],
  reportingVerbs: [
    'soos @ berig het',
    '@ berig {dat|het}',
    "{volgens|luidens} {'n berig in|berigte in|'n berig van|'n berig op} @",
  ],
  interviewCredits: ["in 'n onderhoud met @"],
  feedFooters: ['het eerste verskyn op'],
  publisherDescriptors: ['die koerant', 'die webwerf', 'die nuusagentskap'],
  outletNameEndings: [],
  conjunctions: ['en'],
  posterLabels: ['geskryf deur', 'geplaas deur'],
  copiedNotices: ['kopiereg voorbehou', 'alle regte voorbehou'],
  promoNotices: ['laai die @-toep af'],
};
