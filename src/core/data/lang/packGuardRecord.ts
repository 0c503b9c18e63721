/**
 * A pack's guards (packGuards.ts) as plain data, the form packGuardData.ts is written in: its guard words listed by
 * how each must stand, its scripts, and per field the phrases no guard covers (fields without any are left out).
 */
import { COMPILED_FIELDS } from './compiledFields.ts';
import { DATE_FIELDS } from './dateWords.ts';
import type { GuardedField, PackGuards } from './packGuards.ts';
import type { GuardWord, WordMode } from './phraseGuard.ts';

const MODES: readonly WordMode[] = ['whole', 'run', 'prefix', 'suffix', 'infix'];
const FIELDS: readonly GuardedField[] = [...COMPILED_FIELDS, ...DATE_FIELDS];

export type PackGuardRecord = Partial<Record<WordMode, readonly string[]>> & {
  scripts?: readonly string[];
  unguarded?: Partial<Record<GuardedField, readonly string[]>>;
};

/** The record of a pack's guards: words sorted within their mode, so that the data reads (and diffs) in order. */
export function recordOfGuards(guards: PackGuards): PackGuardRecord {
  const record: Record<string, unknown> = {};
  for (const mode of MODES) {
    const words = guards.words.filter((w) => w.mode === mode).map((w) => w.word);
    if (words.length) record[mode] = [...new Set(words)].sort();
  }
  if (guards.scripts.size) record['scripts'] = [...guards.scripts].sort();
  const unguarded: Record<string, readonly string[]> = {};
  for (const f of FIELDS) if (guards.unguarded[f].length) unguarded[f] = guards.unguarded[f];
  if (Object.keys(unguarded).length) record['unguarded'] = unguarded;
  return record as PackGuardRecord;
}

/**
 * The guards a record holds. Whole words come first: a page's words answer them by a set lookup, while the other
 * modes cut or sort the page's words first (signals/packsForPage.ts), and any one word found is enough.
 */
export function guardsOfRecord(record: PackGuardRecord): PackGuards {
  const words: GuardWord[] = [];
  for (const mode of MODES) for (const word of record[mode] ?? []) words.push({ word, mode });
  const unguarded = {} as Record<GuardedField, readonly string[]>;
  for (const f of FIELDS) unguarded[f] = record.unguarded?.[f] ?? [];
  return { words, scripts: new Set(record.scripts), unguarded };
}
