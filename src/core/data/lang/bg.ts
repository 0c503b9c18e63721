import type { LanguagePack } from './languagePack.ts';

/** Bulgarian. */
export const bg: LanguagePack = {
  code: 'bg',
  sourceLabels: ['Източник'],
  sourceLeads: [],
  readMore: ['Прочетете повече на', 'Още по темата в'],
  readMoreLines: [
    '{прочетете|прочетете повече|прочетете още|прочети|прочети още|прочети повече|още|цялата статия|целия текст|повече|четете още|четете повече|прочетете цялата статия} {на|в|във|на сайта на|в сайта на|на сайта|в сайта} @',
    '{прочетете повече|прочети още|цялата статия|четете още}',
  ],
  clickHere: ['натиснете тук', 'кликнете тук', 'щракнете тук'],
  articleNouns: ['статия', 'статията', 'репортаж', 'интервю'],
  authorLinks: ['от'],
  publishedVerbs: ['публикуван*', 'излязл*'],
  originPhrases: [],
  originNotes: [],
  clippingLeads: [
    'Статията е публикувана в',
    'Публикувано в',
    '{Статия|Материал|Интервю} {публикуван*} в',
    'Препечатано от',
  ],
  clippingFroms: ['от', 'от вестник', 'от списание'],
  dateLinks: ['от'],
  reportVerbs: ['съобщава', 'предава', 'съобщи', 'съобщава агенция'],
  feedFooters: [],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['и'],
  posterLabels: [],
  copiedNotices: ['всички права запазени'],
};
