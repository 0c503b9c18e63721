/**
 * The languages the reader reads in, as BCP 47 tags: the browser's preferred languages and its UI language. The
 * check worker's warm-up compiles these languages' packs (core/data/lang/warmPackSet.ts), so the first page in one
 * of them is checked with its matchers ready. Plain strings for the core, which reads no browser API itself.
 */
import { uiLanguage } from '../i18n/t.ts';

/** A reader lists a few; more would only lengthen the warm-up. */
const MAX_LANGUAGES = 4;

export function readerLanguages(): string[] {
  const preferred = (globalThis as { navigator?: { languages?: readonly string[] } }).navigator?.languages ?? [];
  return [...new Set([...preferred, uiLanguage()])].slice(0, MAX_LANGUAGES);
}
