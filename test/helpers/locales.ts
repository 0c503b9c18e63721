/**
 * The extension's locales, read from `public/_locales` (a folder with a messages.json is a locale), so adding a
 * language is adding its folder: the locale tests and the screenshots pick it up without a list to keep in step.
 */
import fs from 'node:fs';
import path from 'node:path';

const LOCALES_DIR = path.resolve(import.meta.dirname, '..', '..', 'public', '_locales');

export type Catalog = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** The locale codes, English first (it is the default locale and the catalog the message keys are typed from). */
export function localeCodes(): string[] {
  const codes = fs
    .readdirSync(LOCALES_DIR)
    .filter((code) => fs.existsSync(path.join(LOCALES_DIR, code, 'messages.json')))
    .sort();
  return ['en', ...codes.filter((code) => code !== 'en')];
}

export function readCatalog(code: string): Catalog {
  return JSON.parse(fs.readFileSync(path.join(LOCALES_DIR, code, 'messages.json'), 'utf8')) as Catalog;
}
