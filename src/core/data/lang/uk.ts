import type { LanguagePack } from './languagePack.ts';

/** Ukrainian. */
export const uk: LanguagePack = {
  code: 'uk',
  sourceLabels: ['Джерело', 'Першоджерело', 'Оригінал'],
  sourceLeads: ['За матеріалами'],
  readMore: ['Читати далі на', 'Детальніше на', 'Докладніше на'],
  originPhrases: ["{вперше|спочатку} {опублікова*|з'явил*}"],
  clippingLeads: ['{Стаття|Матеріал|Інтерв’ю} {опублікован*|вийшл*} в', 'Опубліковано в', 'Стаття з'],
  dateLinks: ['від', 'за'],
  feedFooters: ["спочатку {з'явився|з'явилась} на"],
  publisherDescriptors: [],
  conjunctions: [],
  posterLabels: [],
};
