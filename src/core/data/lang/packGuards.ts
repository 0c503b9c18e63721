/**
 * Each language pack's guards (phraseGuard.ts): the telling words and scripts a page must have for the pack's
 * guarded phrases to match it, and the phrases no guard covers, which every page gets. A telling word is a word of
 * three letters or more that the packs every page gets (English) do not write and that is no frequent English word
 * (englishWords.ts): "según", "fuente" for Spanish, "theo", "nguồn" for Vietnamese.
 */
import { ENGLISH_WORDS } from './englishWords.ts';
import { foldWord } from './foldWord.ts';
import type { LanguagePack } from './languagePack.ts';
import { LANGUAGE_PACKS } from './languagePacks.ts';
import { COMPILED_FIELDS, type CompiledField } from './compiledFields.ts';
import { phraseGuard, type GuardWord } from './phraseGuard.ts';
import { scriptOf } from './scriptOf.ts';

/** Words shorter than this ("de", "la", "od") are in too many languages to tell one. */
const MIN_WORD = 3;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

export interface PackGuards {
  /** Any of these (folded) standing so on the page lets a guarded phrase match. */
  words: readonly GuardWord[];
  /** Any letter of these scripts on the page lets a guarded phrase match. */
  scripts: ReadonlySet<string>;
  /** Per field, the phrases without a guard: compiled for every page. */
  unguarded: Readonly<Record<CompiledField, readonly string[]>>;
}

let built: Map<string, PackGuards> | null = null;

/** Every pack's guards, by code, built on first use (a few milliseconds, once); `always`: packs every page gets. */
export function packGuards(always: readonly string[]): ReadonlyMap<string, PackGuards> {
  if (built) return built;
  const common = new Set(ENGLISH_WORDS);
  for (const pack of LANGUAGE_PACKS.filter((p) => always.includes(p.code)))
    for (const f of COMPILED_FIELDS)
      for (const phrase of pack[f]) for (const m of phrase.normalize('NFC').matchAll(WORD)) common.add(foldWord(m[0]));
  const telling = (w: string) => [...w].length >= MIN_WORD && !common.has(w);
  const shared = sharedScripts();
  // A pack every page gets has all its phrases compiled for every page: nothing of it is guarded.
  built = new Map(
    LANGUAGE_PACKS.map((pack) => [
      pack.code,
      always.includes(pack.code) ? unguardedPack(pack) : guardsOf(pack, telling, shared),
    ]),
  );
  return built;
}

/**
 * Scripts that more than one pack writes in (Cyrillic, Arabic, Han): a letter of one tells the script, not the
 * language, so such a pack's phrases are guarded by their telling words first (phraseGuard.ts).
 */
function sharedScripts(): Set<string> {
  const packsBy = new Map<string, number>();
  for (const pack of LANGUAGE_PACKS) {
    const scripts = new Set<string>();
    for (const f of COMPILED_FIELDS)
      for (const phrase of pack[f]) for (const c of phrase) scripts.add(scriptOf(c) ?? '');
    scripts.delete('');
    for (const s of scripts) packsBy.set(s, (packsBy.get(s) ?? 0) + 1);
  }
  return new Set([...packsBy].filter(([, n]) => n > 1).map(([s]) => s));
}

function unguardedPack(pack: LanguagePack): PackGuards {
  const unguarded = {} as Record<CompiledField, readonly string[]>;
  for (const f of COMPILED_FIELDS) unguarded[f] = pack[f];
  return { words: [], scripts: new Set(), unguarded };
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
