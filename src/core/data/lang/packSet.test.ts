import { describe, expect, test } from 'vitest';
import { phrasesOf } from './phrasesOf.ts';
import { activePacks, EVERY_PACK, packSetOf, perPackSet, setPhrases, withPacks } from './packSet.ts';
import { packGuards } from './packGuards.ts';
import { es } from './es.ts';

describe('pack sets', () => {
  test('outside a scan every pack is active, and its phrases are every pack’s', () => {
    expect(activePacks()).toBe(EVERY_PACK);
    expect(setPhrases(EVERY_PACK, 'feedFooters', 'reportingVerbs')).toEqual(phrasesOf('feedFooters', 'reportingVerbs'));
  });

  test('withPacks sets the active set for one call and restores it, even when the call throws', () => {
    const vi = packSetOf(['vi']);
    expect(withPacks(vi, () => activePacks().key)).toBe('vi en');
    expect(() =>
      withPacks(vi, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(activePacks()).toBe(EVERY_PACK);
  });

  test('English is in every set', () => {
    expect([...packSetOf([]).codes]).toEqual(['en']);
  });

  test('a set has every phrase of its packs and only the unguarded ones of the others', () => {
    const vi = packSetOf(['vi']);
    const phrases = setPhrases(vi, 'reportingVerbs');
    const guards = packGuards().get('es')!;
    expect(phrases.length).toBeLessThan(phrasesOf('reportingVerbs').length);
    for (const p of guards.unguarded.reportingVerbs) expect(phrases).toContain(p);
    // Some Spanish phrase is guarded (by a word a Vietnamese page lacks) and left out.
    expect(es.reportingVerbs.some((p) => !phrases.includes(p))).toBe(true);
  });

  test('perPackSet builds once per set, and a set it built that covers another serves it', () => {
    let builds = 0;
    const get = perPackSet((phrases) => {
      builds++;
      return phrases('feedFooters').length;
    });
    const wide = packSetOf(['vi', 'es']);
    const narrow = packSetOf(['vi']);
    const a = withPacks(wide, get);
    expect(withPacks(wide, get)).toBe(a);
    expect(builds).toBe(1);
    // {vi, en} is covered by {vi, es, en}: no second build, the wider matchers serve it.
    expect(withPacks(narrow, get)).toBe(a);
    expect(builds).toBe(1);
    withPacks(packSetOf(['fr']), get);
    expect(builds).toBe(2);
    // Every pack, outside a scan.
    expect(get()).toBe(phrasesOf('feedFooters').length);
  });
});
