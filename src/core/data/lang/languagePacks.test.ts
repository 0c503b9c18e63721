import { describe, expect, test } from 'vitest';
import { phraseAlternation } from '../../text/compilePhrases.ts';
import { PACK_FIELDS } from './languagePack.ts';
import { LANGUAGE_PACKS } from './languagePacks.ts';

const phraseFields = PACK_FIELDS.filter((f) => f !== 'code');

describe('language packs', () => {
  test('one pack per language, codes unique and shaped like BCP 47 primary subtags', () => {
    const codes = LANGUAGE_PACKS.map((p) => p.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[a-z]{2,3}$/);
    expect(codes.length).toBeGreaterThanOrEqual(25);
  });

  test.each(LANGUAGE_PACKS.map((p) => [p.code, p] as const))(
    '%s has every field, each a list of clean phrases that compile',
    (_code, pack) => {
      expect(Object.keys(pack).sort()).toEqual([...PACK_FIELDS].sort());
      for (const field of phraseFields) {
        const phrases = pack[field];
        expect(Array.isArray(phrases), field).toBe(true);
        for (const p of phrases) {
          expect(typeof p, `${field}: ${p}`).toBe('string');
          expect(p, `${field}: untrimmed or empty`).toBe(p.trim());
          expect(p.length, field).toBeGreaterThan(0);
          expect(p, `${field}: not NFC`).toBe(p.normalize('NFC'));
        }
        expect(new Set(phrases.map((p) => p.toLowerCase())).size, `${field}: duplicates`).toBe(phrases.length);
        expect(() => phraseAlternation(phrases), field).not.toThrow();
      }
      // Every language says where its text comes from.
      expect(pack.sourceLabels.length + pack.sourceLeads.length + pack.readMore.length).toBeGreaterThan(0);
    },
  );
});
