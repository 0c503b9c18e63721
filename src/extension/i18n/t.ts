/**
 * All text the extension shows (the pages and the background's badge titles) goes through this one `t()`, typed by
 * the English catalog's keys. In the extension it asks `browser.i18n` (the browser picks the user's language);
 * elsewhere (tests, screenshots, a page opened outside the extension) it reads the English catalog.
 */
import en from '../../../public/_locales/en/messages.json';
import { createT, formatMessage, type Catalog, type Substitution } from './createT.ts';

export type MessageKey = keyof typeof en;

interface I18nApi {
  getMessage(name: string, substitutions?: string | string[]): string;
  getUILanguage(): string;
}

let override: { catalog: Catalog; lang: string } | null = null;

function nativeI18n(): I18nApi | null {
  if (override) return null;
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  return api && typeof api.getMessage === 'function' ? api : null;
}

const fallbackT = createT<MessageKey>(en as Catalog);

export function t(key: MessageKey, ...subs: Substitution[]): string {
  if (override) return formatMessage(override.catalog[key], subs) || fallbackT(key, ...subs);
  const native = nativeI18n();
  if (native) {
    const text = native.getMessage(key, subs.map(String));
    if (text) return text;
  }
  return fallbackT(key, ...subs);
}

/** The UI language (for dates and numbers), e.g. "vi" or "en-US". */
export function uiLanguage(): string {
  if (override) return override.lang;
  return nativeI18n()?.getUILanguage() ?? 'en';
}

/** Text direction of the UI language, from the browser's predefined message. */
export function uiDirection(): 'ltr' | 'rtl' {
  return nativeI18n()?.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** Renders with another catalog (a screenshot of the Vietnamese UI, a test); null goes back to the browser's. */
export function setCatalog(catalog: Catalog | null, lang = 'en'): void {
  override = catalog ? { catalog, lang } : null;
}

export type Translate = typeof t;
