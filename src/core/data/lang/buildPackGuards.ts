/**
 * Computes each language pack's guards (phraseGuard.ts): the telling words and scripts a page must have for the
 * pack's guarded phrases to match it, and the phrases no guard covers, which every page gets. A telling word is a
 * word of three letters or more that the packs every page gets (English) do not write, that is no frequent English
 * word (englishWords.ts) and no everyday word of another pack's language (everydayElsewhere.ts): "según", "fuente"
 * for Spanish, "theo", "nguồn" for Vietnamese, not "base" for Portuguese (English) nor "lien" for French (the
 * Vietnamese "liên" once its accents are taken off). A phrase whose words are all refused is guarded by another of
 * its words, or left unguarded: it then costs every page one phrase, where a weak guard costs a whole pack's
 * phrases on every page of the other language. This runs at build time
 * (scripts/generate-pack-guards.ts writes packGuardData.ts), not in the engine: it costs a cold engine tens of
 * milliseconds, and its result is a pure function of the packs.
 */
import { DATE_WORD_DATA } from './dateWordData.ts';
import { dateWordGuard, letterRuns } from './dateWordGuard.ts';
import { DATE_FIELDS, type DateWords } from './dateWords.ts';
import { ENGLISH_WORDS } from './englishWords.ts';
import { everydayElsewhere } from './everydayElsewhere.ts';
import { foldWord } from './foldWord.ts';
import type { LanguagePack } from './languagePack.ts';
import { LANGUAGE_PACKS } from './languagePacks.ts';
import { COMPILED_FIELDS } from './compiledFields.ts';
import type { GuardedField, PackGuards } from './packGuards.ts';
import { phraseGuard, type GuardWord, type Telling, type WordMode } from './phraseGuard.ts';
import { scriptOf } from './scriptOf.ts';

/** Words shorter than this ("de", "la", "od") are in too many languages to tell one. */
const MIN_WORD = 3;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Whether a folded word, standing so, tells the language of the pack with this code (phraseGuard.ts's Telling). */
type TellingOf = (code: string) => Telling;

/**
 * At most this many of a pack's phrases are left without a guard to keep the pack off the pages of one other
 * language: each costs every page one phrase, while the pack pulled in costs that language's pages all of its
 * phrases. A pack with more phrases resting on that language's everyday words is its kin ("artikel" in Dutch,
 * German, Swedish and Malay alike) and keeps them.
 */
const REFUSAL_BUDGET = 3;

/**
 * The guards of every pack not in `always` (the packs every page gets, whose phrases are all compiled for every
 * page), by code, in the order of `packs`. `everyday`: each language's everyday words by pack code
 * (scripts/everydayWords.ts reads them from word frequency lists at build time).
 */
export function buildPackGuards(
  always: readonly string[],
  everyday: ReadonlyMap<string, readonly string[]>,
  packs: readonly LanguagePack[] = LANGUAGE_PACKS,
  dates: Readonly<Record<string, DateWords>> = DATE_WORD_DATA,
): Map<string, PackGuards> {
  const common = new Set(ENGLISH_WORDS);
  for (const pack of packs.filter((p) => always.includes(p.code)))
    for (const f of COMPILED_FIELDS)
      for (const phrase of pack[f]) for (const m of phrase.normalize('NFC').matchAll(WORD)) common.add(foldWord(m[0]));
  const elsewhere = everydayElsewhere(everyday);
  const plausible = (w: string) => [...w].length >= MIN_WORD && !common.has(w);
  const shared = sharedScripts(packs);
  const refused = new Map(
    packs.map((p) => [p.code, refusedLanguages(p, shared, plausible, (w, mode) => elsewhere(w, mode, p.code))]),
  );
  const telling: TellingOf = (code) => (w, mode) =>
    plausible(w) && (elsewhere(w, mode, code).some((l) => refused.get(code)?.has(l)) ? 'weak' : true);
  const guards = new Map(
    packs
      .filter((p) => !always.includes(p.code))
      .map((pack) => [pack.code, guardsOf(pack, telling(pack.code), shared)]),
  );
  addDateGuards(guards, always, packs, dates, telling);
  return guards;
}

/**
 * The languages whose everyday words (everydayElsewhere.ts) a pack's guards give up: each whose giving up leaves at
 * most REFUSAL_BUDGET of its phrases without a guard (another word of a phrase guards it when it can).
 */
function refusedLanguages(
  pack: LanguagePack,
  shared: ReadonlySet<string>,
  plausible: (w: string) => boolean,
  languagesOf: (w: string, mode: WordMode) => readonly string[],
): Set<string> {
  const phrases = COMPILED_FIELDS.flatMap((f) => pack[f]);
  const open = new Map<string, number>();
  for (const phrase of phrases) {
    const candidates = new Set<string>();
    const kept = phraseGuard(phrase, (w, mode) => {
      if (!plausible(w)) return false;
      for (const l of languagesOf(w, mode)) candidates.add(l);
      return true;
    });
    if (!kept) continue;
    for (const l of candidates) {
      const without = phraseGuard(
        phrase,
        (w, mode) => plausible(w) && (languagesOf(w, mode).includes(l) ? 'weak' : true),
        shared,
      );
      open.set(l, (open.get(l) ?? 0) + (without ? 0 : 1));
    }
  }
  return new Set([...open].filter(([, n]) => n <= REFUSAL_BUDGET).map(([l]) => l));
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
  telling: TellingOf,
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
  for (const [code, g] of guards) {
    const tells = telling(code);
    const tellsDate: Telling = (w, mode) => !alwaysRuns.has(w) && tells(w, mode);
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

function guardsOf(pack: LanguagePack, telling: Telling, shared: ReadonlySet<string>): PackGuards {
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
