/**
 * Computes each language pack's guards (phraseGuard.ts): the telling words and scripts a page must have for the
 * pack's guarded phrases to match it, and the phrases no guard covers, which every page gets. A telling word is a
 * word of three letters or more that the packs every page gets (English) do not write and that is no frequent English
 * word (englishWords.ts): "según", "fuente" for Spanish, "theo", "nguồn" for Vietnamese. This runs at build time
 * (scripts/generate-pack-guards.ts writes packGuardData.ts), not in the engine: it costs a cold engine tens of
 * milliseconds, and its result is a pure function of the packs.
 */
import { DATE_WORD_DATA } from './dateWordData.ts';
import { dateWordGuard, letterRuns } from './dateWordGuard.ts';
import { DATE_FIELDS, type DateWords } from './dateWords.ts';
import { ENGLISH_WORDS } from './englishWords.ts';
import { foldWord } from './foldWord.ts';
import type { LanguagePack } from './languagePack.ts';
import { LANGUAGE_PACKS } from './languagePacks.ts';
import { COMPILED_FIELDS } from './compiledFields.ts';
import type { GuardedField, PackGuards } from './packGuards.ts';
import { phraseGuard, type GuardWord } from './phraseGuard.ts';
import { scriptOf } from './scriptOf.ts';

/** Words shorter than this ("de", "la", "od") are in too many languages to tell one. */
const MIN_WORD = 3;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The guards of every pack not in `always` (the packs every page gets, whose phrases are all compiled for every
 * page), by code, in the order of `packs`.
 */
export function buildPackGuards(
  always: readonly string[],
  packs: readonly LanguagePack[] = LANGUAGE_PACKS,
  dates: Readonly<Record<string, DateWords>> = DATE_WORD_DATA,
): Map<string, PackGuards> {
  const common = new Set(ENGLISH_WORDS);
  for (const pack of packs.filter((p) => always.includes(p.code)))
    for (const f of COMPILED_FIELDS)
      for (const phrase of pack[f]) for (const m of phrase.normalize('NFC').matchAll(WORD)) common.add(foldWord(m[0]));
  const telling = (w: string) => [...w].length >= MIN_WORD && !common.has(w);
  const shared = sharedScripts(packs);
  const guards = new Map(
    packs.filter((p) => !always.includes(p.code)).map((pack) => [pack.code, guardsOf(pack, telling, shared)]),
  );
  addDateGuards(guards, always, packs, dates, telling);
  return guards;
}

/**
 * Guards each pack's month and weekday names (dateWordGuard.ts). A name several packs write ("juni", "mars") or the
 * packs every page gets write ("April") guards no pack: a page writing it would compile every pack it is in (a
 * Dutch page the German pack), so it is compiled for every page; so is a name with no telling run.
 */
function addDateGuards(
  guards: Map<string, PackGuards>,
  always: readonly string[],
  packs: readonly LanguagePack[],
  dates: Readonly<Record<string, DateWords>>,
  telling: (w: string) => boolean,
): void {
  const key = (name: string) => name.normalize('NFC').trim().toLowerCase();
  const writers = new Map<string, number>();
  for (const pack of packs)
    for (const name of new Set(DATE_FIELDS.flatMap((f) => dates[pack.code]?.[f] ?? []).map(key)))
      writers.set(name, (writers.get(name) ?? 0) + (always.includes(pack.code) ? packs.length : 1));
  const alwaysRuns = new Set(
    packs
      .filter((p) => always.includes(p.code))
      .flatMap((p) => DATE_FIELDS.flatMap((f) => dates[p.code]?.[f] ?? []))
      .flatMap(letterRuns),
  );
  const tellsDate = (w: string) => telling(w) && !alwaysRuns.has(w);
  for (const [code, g] of guards) {
    const words = new Map(g.words.map((w) => [`${w.mode} ${w.word}`, w]));
    const scripts = new Set(g.scripts);
    const unguarded: Record<GuardedField, readonly string[]> = { ...g.unguarded };
    for (const f of DATE_FIELDS) {
      const open: string[] = [];
      unguarded[f] = open;
      for (const name of dates[code]?.[f] ?? []) {
        const guard = writers.get(key(name)) === 1 ? dateWordGuard(name, tellsDate) : null;
        if (!guard) open.push(name);
        else if ('script' in guard) scripts.add(guard.script);
        else for (const w of guard.words) words.set(`${w.mode} ${w.word}`, w);
      }
    }
    guards.set(code, { words: [...words.values()], scripts, unguarded });
  }
}

/**
 * Scripts that more than one pack writes in (Cyrillic, Arabic, Han): a letter of one tells the script, not the
 * language, so such a pack's phrases are guarded by their telling words first (phraseGuard.ts).
 */
function sharedScripts(packs: readonly LanguagePack[]): Set<string> {
  const packsBy = new Map<string, number>();
  for (const pack of packs) {
    const scripts = new Set<string>();
    for (const f of COMPILED_FIELDS)
      for (const phrase of pack[f]) for (const c of phrase) scripts.add(scriptOf(c) ?? '');
    scripts.delete('');
    for (const s of scripts) packsBy.set(s, (packsBy.get(s) ?? 0) + 1);
  }
  return new Set([...packsBy].filter(([, n]) => n > 1).map(([s]) => s));
}

function guardsOf(pack: LanguagePack, telling: (w: string) => boolean, shared: ReadonlySet<string>): PackGuards {
  const words = new Map<string, GuardWord>();
  const scripts = new Set<string>();
  const unguarded = {} as Record<GuardedField, string[]>;
  for (const f of COMPILED_FIELDS) {
    unguarded[f] = [];
    for (const phrase of pack[f]) {
      const guard = phraseGuard(phrase, telling, shared);
      if (!guard) unguarded[f].push(phrase);
      else if ('script' in guard) scripts.add(guard.script);
      else for (const w of guard.words) words.set(`${w.mode} ${w.word}`, w);
    }
  }
  return { words: [...words.values()], scripts, unguarded };
}
