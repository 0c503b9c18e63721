import { describe, expect, test } from 'vitest';
import { ALWAYS_PACKS } from './alwaysPacks.ts';
import { everydayWords } from '../../../../scripts/everydayWords.ts';
import { buildPackGuards } from './buildPackGuards.ts';
import { LANGUAGE_PACKS } from './languagePacks.ts';
import { PACK_GUARD_DATA } from './packGuardData.ts';
import { guardsOfRecord, recordOfGuards } from './packGuardRecord.ts';

const STALE = 'packGuardData.ts is stale: run npm run generate:guards';

const everyday = everydayWords();
const built = buildPackGuards(ALWAYS_PACKS, everyday);
const recordsOf = (packs = LANGUAGE_PACKS) =>
  Object.fromEntries([...buildPackGuards(ALWAYS_PACKS, everyday, packs)].map(([code, g]) => [code, recordOfGuards(g)]));

describe('generated pack guards', () => {
  test('are what the packs produce (a golden check: regenerate after changing a pack)', () => {
    expect(PACK_GUARD_DATA, STALE).toEqual(
      Object.fromEntries([...built].map(([code, g]) => [code, recordOfGuards(g)])),
    );
    // Same packs in the same order: the check worker's pack sets list codes in LANGUAGE_PACKS order.
    expect(Object.keys(PACK_GUARD_DATA)).toEqual(
      LANGUAGE_PACKS.map((p) => p.code).filter((c) => !ALWAYS_PACKS.includes(c)),
    );
  });

  test('go stale when a pack gains a phrase', () => {
    const spanish = LANGUAGE_PACKS.find((p) => p.code === 'es')!;
    const changed = LANGUAGE_PACKS.map((p) =>
      p === spanish ? { ...p, sourceLeads: [...p.sourceLeads, 'Según informó la gacetilla de'] } : p,
    );
    expect(recordsOf(changed)['es']).not.toEqual(PACK_GUARD_DATA['es']);
  });

  test('read back as the guards they were written from', () => {
    for (const [code, guards] of built) {
      const read = guardsOfRecord(PACK_GUARD_DATA[code]!);
      const key = (ws: typeof guards.words) => ws.map((w) => `${w.mode} ${w.word}`).sort();
      expect(key(read.words), code).toEqual(key(guards.words));
      expect(read.scripts, code).toEqual(guards.scripts);
      expect(read.unguarded, code).toEqual(guards.unguarded);
    }
  });
});
