import type { LanguagePack } from './languagePack.ts';

/** Catalan. Words it shares with Spanish or Italian ("informa", "entrevista") are left to those packs' guards. */
export const ca: LanguagePack = {
  code: 'ca',
  sourceLabels: ['Font', 'Font original', 'Fonts', 'Article original', 'Notícia original'],
  sourceLeads: [
    'Amb informació de',
    'Publicat originalment a',
    'Publicat originalment per',
    '{Extret|Extreta|Adaptat|Adaptada|Reproduït|Reproduïda} {de|del}',
    'Amb informacions {de|del}',
    'Per cortesia {de|del}',
  ],
  readMore: ['Llegiu més a', 'Llegeix més a', "Llegeix l'article complet a", 'Més informació a'],
  readMoreLines: [
    '{llegiu|llegeix|llegiu més|llegeix més|llegiu la notícia completa|llegeix la notícia completa|continua llegint|segueix llegint} {a|en|al|a la web de|al diari} @',
    "{llegiu|llegeix} {l'article original|l’article original|la font original|la notícia original}",
    '{llegeix més|llegiu més|continua llegint|segueix llegint}',
  ],
  clickHere: ['clica aquí', 'feu clic aquí', 'fes clic aquí', 'cliqueu aquí'],
  articleNouns: ['reportatge*', 'crònica*'],
  authorLinks: ['escrit per'],
  publishedVerbs: ['publicat a', 'publicada a', 'aparegut a', 'apareguda a'],
  originPhrases: ['{publicat|publicada} {originalment|per primera vegada} {a|en|per}'],
  originNotes: [
    "{reproduïm|publiquem} {l'article|l’article|el text|l'entrevista|l’entrevista|la crònica} … @",
    "{publicat|reproduït|publicada|reproduïda} amb {el permís|permís|autorització} {de|d’|d'}@",
  ],
  clippingLeads: [
    '{Article|Text|Entrevista} publicat {a|al diari|a la revista}',
    "{Publicat|Publicada|Aparegut|Apareguda} {al diari|a la revista|al setmanari|a l’|a l'|al|a la|a|en}",
    "{Un |L’|L'|Aquest |}{article|text|entrevista|reportatge|editorial} … {publicat|publicada|aparegut|apareguda} {al diari|a la revista|al|a la|a|en}",
    '{Article|Text|Entrevista} {extret|extreta} {del|de la|de l’|de}',
  ],
  clippingFroms: ['del', 'de la', 'extret de', 'copyright'],
  clippingMarks: ['pàgina #', 'núm#', 'número #', 'pàg#', 'p.#', 'edició {impresa|de paper}'],
  dateLinks: [],
  reportVerbs: ['avança', 'segons'],
  reportingVerbs: [
    'segons @',
    'segons {informa|explica|publica|avança|ha avançat} @',
    'tal com ha avançat @',
    '{avança|ha avançat} @',
    '@ {avança|ha avançat}',
  ],
  interviewCredits: [
    '{ha explicat|ha afirmat|ha assegurat|ha declarat|ha confirmat} … a @',
    '{en declaracions a|en una conversa amb} @',
  ],
  feedFooters: ['apareix primer a', 'va aparèixer primer a'],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['i'],
  posterLabels: ['publicat per', 'escrit per'],
  copiedNotices: ['tots els drets reservats', 'queda prohibida la {reproducció|distribució}'],
  promoNotices: [
    'segueix @ a {WhatsApp|Telegram|Google News|Facebook|Instagram|YouTube|TikTok|X}',
    "descarrega't l'app de @",
    'subscriu-te a @',
  ],
};
