/**
 * Each language pack's guards (phraseGuard.ts): the telling words and scripts a page must have for the pack's
 * guarded phrases to match it, and the phrases no guard covers, which every page gets. They are computed from the
 * packs at build time (buildPackGuards.ts, written to packGuardData.ts by scripts/generate-pack-guards.ts; a test
 * fails when the data is stale), so that a cold engine only reads them.
 */
import type { CompiledField } from './compiledFields.ts';
import type { DateField } from './dateWords.ts';
import { PACK_GUARD_DATA } from './packGuardData.ts';
import { guardsOfRecord } from './packGuardRecord.ts';
import type { GuardWord } from './phraseGuard.ts';

/** What a pack's guards cover: its compiled fields' phrases, its month and weekday names (dateWordGuard.ts). */
export type GuardedField = CompiledField | DateField;

export interface PackGuards {
  /** Any of these (folded) standing so on the page lets a guarded phrase match. */
  words: readonly GuardWord[];
  /** Any letter of these scripts on the page lets a guarded phrase match. */
  scripts: ReadonlySet<string>;
  /** Per field, the phrases (names) without a guard: compiled for every page. */
  unguarded: Readonly<Record<GuardedField, readonly string[]>>;
}

let read: Map<string, PackGuards> | null = null;

/**
 * The guards of every pack but those every page gets (alwaysPacks.ts, whose phrases are all compiled for
 * every page), by code, in the packs' order; read from the generated data on first use.
 */
export function packGuards(): ReadonlyMap<string, PackGuards> {
  read ??= new Map(Object.entries(PACK_GUARD_DATA).map(([code, record]) => [code, guardsOfRecord(record)]));
  return read;
}
