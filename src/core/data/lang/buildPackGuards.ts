/**
 * Computes each language pack's guards (phraseGuard.ts): the telling words and scripts a page must have for the
 * pack's guarded phrases to match it, and the phrases no guard covers, which every page gets. A telling word is a
 * word of three letters or more that the packs every page gets (English) do not write and that is no frequent English
 * word (englishWords.ts): "según", "fuente" for Spanish, "theo", "nguồn" for Vietnamese. This runs at build time
 * (scripts/generate-pack-guards.ts writes packGuardData.ts), not in the engine: it costs a cold engine tens of
 * milliseconds, and its result is a pure function of the packs.
 */
import { ENGLISH_WORDS } from './englishWords.ts';
import { foldWord } from './foldWord.ts';
import type { LanguagePack } from './languagePack.ts';
import { LANGUAGE_PACKS } from './languagePacks.ts';
import { COMPILED_FIELDS, type CompiledField } from './compiledFields.ts';
import type { PackGuards } from './packGuards.ts';
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
): Map<string, PackGuards> {
  const common = new Set(ENGLISH_WORDS);
  for (const pack of packs.filter((p) => always.includes(p.code)))
    for (const f of COMPILED_FIELDS)
      for (const phrase of pack[f]) for (const m of phrase.normalize('NFC').matchAll(WORD)) common.add(foldWord(m[0]));
  const telling = (w: string) => [...w].length >= MIN_WORD && !common.has(w);
  const shared = sharedScripts(packs);
  return new Map(
    packs.filter((p) => !always.includes(p.code)).map((pack) => [pack.code, guardsOf(pack, telling, shared)]),
  );
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
  const unguarded = {} as Record<CompiledField, string[]>;
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
