/**
 * Pack fields the per-set matchers (packSet.ts) are built from: what a page's words rule out (packGuards.ts) is read
 * from these fields, so a matcher must read pack phrases of no other field through `perPackSet`.
 */
import type { LanguagePack } from './languagePack.ts';

export const COMPILED_FIELDS = [
  'sourceLabels',
  'sourceLeads',
  'readMore',
  'originPhrases',
  'posterLabels',
  'readMoreLines',
  'clickHere',
  'articleNouns',
  'authorLinks',
  'publishedVerbs',
  'originNotes',
  'clippingLeads',
  'clippingFroms',
  'clippingMarks',
  'reportVerbs',
  'reportingVerbs',
  'interviewCredits',
  'feedFooters',
  'publisherDescriptors',
  'outletNameEndings',
  'copiedNotices',
  'promoNotices',
] as const satisfies readonly Exclude<keyof LanguagePack, 'code'>[];
export type CompiledField = (typeof COMPILED_FIELDS)[number];
