/**
 * The language packs one check compiles its phrase matchers for, and the matchers built for each such set, once.
 * The scan (signals/scanPage.ts) picks the set a page needs (signals/packsForPage.ts) and runs its detectors inside
 * `withPacks`; a reader that builds a matcher from pack phrases asks `perPackSet` for it instead of building it at
 * module load. A set holds every phrase of its packs and, of the other packs, the phrases no guard covers
 * (packGuards.ts): those may match any page. Outside `withPacks` (tests, the CLI's tools, the stages after the scan)
 * the set is every pack, so a caller that knows nothing of sets gets what it always got.
 *
 * The set is ambient, not passed down, because the scan is synchronous: `withPacks` sets it for the length of one
 * call and restores it, so no two checks can see each other's set.
 */
import { ALWAYS_PACKS } from './alwaysPacks.ts';
import type { LanguagePack } from './languagePack.ts';
import { LANGUAGE_PACKS } from './languagePacks.ts';
import { DATE_FIELDS, type DateField, dateWordsOfPack } from './dateWords.ts';
import { packGuards, type GuardedField } from './packGuards.ts';

export interface PackSet {
  /** The packs' codes in LANGUAGE_PACKS order, joined: equal sets have equal keys. */
  readonly key: string;
  readonly codes: ReadonlySet<string>;
}

function setOf(packs: readonly LanguagePack[]): PackSet {
  return { key: packs.map((p) => p.code).join(' '), codes: new Set(packs.map((p) => p.code)) };
}

export const EVERY_PACK: PackSet = setOf(LANGUAGE_PACKS);

/** The set of the packs with these codes and ALWAYS_PACKS (unknown codes ignored), in LANGUAGE_PACKS order. */
export function packSetOf(codes: Iterable<string>): PackSet {
  const wanted = new Set([...ALWAYS_PACKS, ...codes]);
  const packs = LANGUAGE_PACKS.filter((p) => wanted.has(p.code));
  return packs.length === LANGUAGE_PACKS.length ? EVERY_PACK : setOf(packs);
}

/** The set of the packs of these languages (BCP 47 tags: "vi-VN" is Vietnamese's pack) and ALWAYS_PACKS. */
export function packSetOfLanguages(tags: Iterable<string>): PackSet {
  return packSetOf([...tags].map((tag) => tag.toLowerCase().split(/[-_]/u)[0] ?? ''));
}

let active: PackSet = EVERY_PACK;

/** Runs `run` with `set` as the active pack set (synchronous code only), then restores the previous one. */
export function withPacks<T>(set: PackSet, run: () => T): T {
  const previous = active;
  active = set;
  try {
    return run();
  } finally {
    active = previous;
  }
}

export function activePacks(): PackSet {
  return active;
}

const isDateField = (f: GuardedField): f is DateField => (DATE_FIELDS as readonly string[]).includes(f);

/** A field of a pack: its phrases, or its month or weekday names (dateWords.ts). */
const fieldOf = (pack: LanguagePack, f: GuardedField): readonly string[] =>
  isDateField(f) ? dateWordsOfPack(pack.code)[f] : pack[f];

/** The phrases of some fields in a set: every phrase of its packs, the unguarded ones of the others. */
export function setPhrases(set: PackSet, ...fields: GuardedField[]): string[] {
  if (set === EVERY_PACK) return LANGUAGE_PACKS.flatMap((pack) => fields.flatMap((f) => fieldOf(pack, f)));
  const guards = packGuards();
  return LANGUAGE_PACKS.flatMap((pack) =>
    set.codes.has(pack.code)
      ? fields.flatMap((f) => fieldOf(pack, f))
      : fields.flatMap((f) => guards.get(pack.code)?.unguarded[f] ?? fieldOf(pack, f)),
  );
}

/** The per-set counterpart of phrasesOf, handed to a `perPackSet` builder. */
export type SetPhrases = (...fields: GuardedField[]) => string[];

/** Sets whose matchers are kept per builder: a reader's pages come in a few languages, a session in a few more. */
const MAX_SETS = 4;

const covers = (big: PackSet, small: PackSet): boolean =>
  big.codes.size >= small.codes.size && [...small.codes].every((c) => big.codes.has(c));

/**
 * A value built from the active set's phrases, built once per set and kept for the last MAX_SETS sets used. A set
 * that one already built covers (all its packs, and more) uses that one: the phrases of the packs more match nothing
 * on the page. The builder must read pack phrases only through its argument, so that what a page's words rule out
 * (packGuards.ts) is all it leaves out.
 */
export function perPackSet<T>(build: (phrases: SetPhrases) => T): () => T {
  const built = new Map<string, { set: PackSet; value: T }>();
  const get = (): T => {
    const set = active;
    let entry = built.get(set.key);
    if (!entry) {
      // The most recently used set that covers this one, if any.
      entry = [...built.values()].reverse().find((e) => covers(e.set, set));
      if (!entry) {
        entry = { set, value: build((...fields) => setPhrases(set, ...fields)) };
        if (built.size >= MAX_SETS) built.delete(built.keys().next().value!);
      }
    }
    built.delete(entry.set.key);
    built.set(entry.set.key, entry);
    return entry.value;
  };
  getters.push(get);
  return get;
}

/** Every perPackSet getter of the modules loaded, in load order: what warming a set builds (warmPackSet.ts). */
const getters: Array<() => unknown> = [];

export function perPackSetGetters(): ReadonlyArray<() => unknown> {
  return getters;
}
