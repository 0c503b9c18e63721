/**
 * The guard rule against everyday words of other languages (everydayElsewhere.ts), on the real packs and the real
 * frequency lists: each case pulled a pack onto pages of another language before the rule.
 */
import { describe, expect, test } from 'vitest';
import { everydayWords } from '../../../../scripts/everydayWords.ts';
import { ALWAYS_PACKS } from './alwaysPacks.ts';
import { buildPackGuards } from './buildPackGuards.ts';
import { LANGUAGE_PACKS } from './languagePacks.ts';
import type { PackGuards } from './packGuards.ts';

const everyday = everydayWords();
const NO_EVERYDAY = new Map<string, readonly string[]>();
const wordsOf = (g: PackGuards | undefined) => g?.words.map((w) => w.word) ?? [];

// French with the source label that once pulled it onto a Vietnamese page ("Liên hệ" is "/lien-he" in addresses).
const withLienSource = LANGUAGE_PACKS.map((p) =>
  p.code === 'fr' ? { ...p, sourceLabels: [...p.sourceLabels, 'Lien source'] } : p,
);

describe('buildPackGuards: no guard is an everyday word of another pack’s language', () => {
  const guards = buildPackGuards(ALWAYS_PACKS, everyday, withLienSource);
  const without = buildPackGuards(ALWAYS_PACKS, NO_EVERYDAY, withLienSource);

  test('Portuguese is not guarded by "base" (English), its phrase "com base em" is compiled for every page', () => {
    expect(wordsOf(without.get('pt'))).toContain('base');
    expect(wordsOf(guards.get('pt'))).not.toContain('base');
  });

  test('French is not guarded by "lien" (the Vietnamese "liên" without its accents)', () => {
    expect(wordsOf(without.get('fr'))).toContain('lien');
    expect(wordsOf(guards.get('fr'))).not.toContain('lien');
    expect(guards.get('fr')?.unguarded.sourceLabels).toContain('Lien source');
  });

  test('Croatian’s April abbreviation "tra" (Vietnamese "kiểm tra") is no guard: the name is compiled for every page', () => {
    expect(wordsOf(without.get('hr'))).toContain('tra');
    expect(wordsOf(guards.get('hr'))).not.toContain('tra');
    expect(guards.get('hr')?.unguarded.months).toContain('tra');
  });

  test('kin languages keep the words they share (more phrases rest on them than a refusal may leave open)', () => {
    // "artikel" is everyday in Dutch, German, Swedish and Danish alike: refusing it would leave many phrases open.
    expect(wordsOf(guards.get('nl')).some((w) => w.startsWith('artikel'))).toBe(true);
  });
});
