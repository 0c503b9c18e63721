import type { LanguagePack } from './languagePack.ts';

/** Serbian. */
export const sr: LanguagePack = {
  code: 'sr',
  sourceLabels: ['Izvor', 'Извор'],
  sourceLeads: [],
  readMore: ['Opširnije na', 'Више на', 'Više na'],
  readMoreLines: [
    '{opširnije|više|pročitajte više|pročitajte opširnije|ceo tekst|cijeli tekst|celu vest|cijelu vijest|čitaj više|čitajte više|nastavak|nastavak teksta} {na|u|na portalu|na sajtu} @',
    '{опширније|више|прочитајте више|прочитајте опширније|цео текст|целу вест|наставак|наставак текста} {на|у|на порталу|на сајту} @',
    '{opširnije|pročitajte više|опширније|прочитајте више}',
  ],
  clickHere: ['kliknite ovde', 'kliknite ovdje', 'кликните овде'],
  articleNouns: ['članak', 'чланак', 'intervju', 'интервју', 'reportaž*'],
  authorLinks: ['autora', 'аутора'],
  publishedVerbs: ['objavljen*', 'објављен*'],
  originPhrases: [],
  originNotes: [],
  clippingLeads: [
    'Tekst je objavljen u',
    'Текст је објављен у',
    '{Tekst|Članak|Intervju} … objavljen u',
    'Preneto iz',
    'Пренето из',
    '{Текст|Чланак|Интервју} … објављен у',
  ],
  clippingFroms: ['iz', 'из'],
  dateLinks: ['od', 'од'],
  reportVerbs: ['javlja', 'prenosi', 'јавља', 'преноси', 'javlja agencija', 'јавља агенција'],
  feedFooters: ['појавио се први пут на'],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: [],
  posterLabels: [],
  copiedNotices: ['сва права задржана', 'sva prava zadržana'],
};
