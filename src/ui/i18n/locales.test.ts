/**
 * Every message the UI, the manifest and the badge ask for exists in every locale of public/_locales, and every locale
 * carries en's keys with the same placeholders. Fails when someone adds `t('newKey')` and forgets a locale, or adds a
 * locale folder that misses a key.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CANDIDATE_OUTCOME_LABEL, CANDIDATE_VIA_LABEL, ERROR_LABEL, SIGNAL_LABEL } from './labels.ts';
import { STATUS_TITLE } from '../lib/statusWords.ts';
import { SIGNAL_KINDS } from '../../core/report.ts';
import { type Catalog, localeCodes, readCatalog } from '../../../test/helpers/locales.ts';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const LOCALES = localeCodes();
const catalogs: Record<string, Catalog> = Object.fromEntries(LOCALES.map((lang) => [lang, readCatalog(lang)]));
const en = catalogs.en!;
const TRANSLATIONS = LOCALES.filter((lang) => lang !== 'en');

function sourceFiles(dir: string, skipTests: boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path, skipTests);
    if (!/\.(ts|tsx)$/.test(name)) return [];
    if (skipTests && /\.test\.tsx?$/.test(name)) return [];
    return [path];
  });
}

/** Keys used in UI source: `t('key'` calls and message-key literals in the label tables. */
function uiKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of sourceFiles(join(repo, 'src/ui'), true)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?<![\w.$])t\(\s*'([^']+)'/g)) keys.set(m[1]!, relative(repo, file));
  }
  return keys;
}

/** Keys the manifest (`__MSG_key__`) and the extension's own strings (`t('key'`, the badge's table) use. */
function extensionKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  const files = [
    ...['manifest.json', 'manifest.config.ts', 'vite.config.ts'].map((f) => join(repo, f)).filter(existsSync),
    ...sourceFiles(join(repo, 'src/extension'), true),
  ];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/__MSG_(\w+)__/g)) if (!m[1]!.startsWith('@@')) keys.set(m[1]!, relative(repo, file));
    for (const m of text.matchAll(/(?<![\w.$])t\(\s*'([^']+)'/g)) keys.set(m[1]!, relative(repo, file));
    // The badge's table names its messages as `titleKey: '…'`.
    for (const m of text.matchAll(/titleKey:\s*'(\w+)'/g)) keys.set(m[1]!, relative(repo, file));
  }
  return keys;
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
}

describe('locales', () => {
  test('the source scan finds the UI’s keys (the scan itself works)', () => {
    const keys = uiKeys();
    expect(keys.size).toBeGreaterThan(50);
    expect(keys.has('overlapLine')).toBe(true);
  });

  test('the extension scan finds the manifest’s and the badge’s keys when they exist', () => {
    const keys = extensionKeys();
    if (existsSync(join(repo, 'manifest.json'))) expect(keys.has('extName')).toBe(true);
    if (existsSync(join(repo, 'src/extension/background/badge.ts'))) expect(keys.has('badgeCopy')).toBe(true);
  });

  const used = [
    ...uiKeys(),
    ...extensionKeys(),
    ...[SIGNAL_LABEL, CANDIDATE_VIA_LABEL, CANDIDATE_OUTCOME_LABEL, ERROR_LABEL, STATUS_TITLE].flatMap((table) =>
      Object.values(table).map((key) => [key, 'src/ui/i18n/labels.ts'] as [string, string]),
    ),
    ['extName', 'manifest'],
    ['extDescription', 'manifest'],
  ] as [string, string][];

  test('the locales are read from public/_locales: en and at least one translation', () => {
    expect(LOCALES[0]).toBe('en');
    expect(TRANSLATIONS.length).toBeGreaterThan(0);
  });

  test.each(LOCALES)('every used key is in %s', (lang) => {
    const missing = used.filter(([key]) => !(key in catalogs[lang]!)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  test.each(TRANSLATIONS)('%s has exactly en’s keys', (lang) => {
    expect(Object.keys(catalogs[lang]!).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(LOCALES)('%s: well-formed entries, placeholders declared, no case-insensitive duplicates', (lang) => {
    const seen = new Set<string>();
    for (const [key, entry] of Object.entries(catalogs[lang]!)) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(seen.has(key.toLowerCase()), `duplicate ${key}`).toBe(false);
      seen.add(key.toLowerCase());
      expect(typeof entry.message, key).toBe('string');
      expect(entry.message.trim(), key).not.toBe('');
      const declared = Object.keys(entry.placeholders ?? {})
        .map((n) => n.toLowerCase())
        .sort();
      expect(placeholders(entry.message), `${lang}.${key}`).toEqual(declared);
    }
  });

  test.each(TRANSLATIONS)('%s uses the same placeholders as en and is actually translated', (lang) => {
    let same = 0;
    for (const [key, english] of Object.entries(en)) {
      const entry = catalogs[lang]![key];
      expect(entry, key).toBeDefined();
      expect(placeholders(entry!.message), key).toEqual(placeholders(english.message));
      if (entry!.message === english.message) same++;
    }
    // Only names and format labels ("Provenance", "Markdown") may stay the same.
    expect(same).toBeLessThan(4);
  });

  test('every signal kind has words', () => {
    for (const kind of SIGNAL_KINDS) expect(en[SIGNAL_LABEL[kind]], kind).toBeDefined();
  });
});
