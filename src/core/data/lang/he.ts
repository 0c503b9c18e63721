import type { LanguagePack } from './languagePack.ts';

/** Hebrew. */
export const he: LanguagePack = {
  code: 'he',
  sourceLabels: ['מקור'],
  sourceLeads: ['פורסם לראשונה ב'],
  readMore: ['לכתבה המלאה ב'],
  readMoreLines: [
    '{לכתבה המלאה|לכתבה המקורית|להמשך הקריאה|המשך קריאה|לקריאה נוספת|לקריאת הכתבה המלאה|המשך הכתבה|לכתבה|לידיעה המלאה|הכתבה המלאה} {באתר|באתר של|ב-|ב}@',
    '{לכתבה המלאה|להמשך הקריאה|המשך קריאה|לקריאת הכתבה המלאה}',
  ],
  clickHere: ['לחצו כאן', 'לחץ כאן', 'הקליקו כאן'],
  articleNouns: ['כתבה', 'מאמר', 'ראיון', 'טור'],
  authorLinks: ['מאת', 'של'],
  publishedVerbs: ['פורסם', 'פורסמה', 'התפרסם', 'התפרסמה'],
  originPhrases: [],
  originNotes: [],
  clippingLeads: ['{הכתבה|המאמר|הטור} {פורסם|פורסמה} בעיתון', '{פורסם|פורסמה} בעיתון', 'מתוך העיתון'],
  clippingFroms: ['מתוך'],
  dateLinks: [],
  reportVerbs: [],
  reportingVerbs: [
    '{לפי|על פי|כך לפי|כך דווח ב|כפי שדווח ב|כפי שפורסם ב}@',
    '{דיווח|דיווחה|מדווח|מדווחת|דווח ב|פורסם ב}@',
    '{אמר|אמרה|סיפר|סיפרה|מסר|מסרה|הודה|הודתה} {ל|ל-|לחדשות }@',
    '{בראיון|בשיחה} {ל|ל-|עם }@',
  ],
  feedFooters: ['הופיע לראשונה'],
  publisherDescriptors: [],
  outletNameEndings: [],
  conjunctions: ['ו'],
  posterLabels: [],
  copiedNotices: ['כל הזכויות שמורות'],
};
