import { browser } from './browser.ts';

/**
 * A localised string from _locales, or the English fallback when the key is missing (a new key not yet translated,
 * or a test run outside the browser). `$1`… in the fallback are replaced like the browser does for substitutions.
 */
export function getMessage(key: string, fallback: string, substitutions: string[] = []): string {
  let text = '';
  try {
    text = browser.i18n.getMessage(key, substitutions);
  } catch {
    // no i18n API here (unit tests): use the fallback
  }
  return text || fallback.replace(/\$(\d)/g, (m, n: string) => substitutions[Number(n) - 1] ?? m);
}
