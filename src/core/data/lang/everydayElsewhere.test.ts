import { describe, expect, test } from 'vitest';
import { everydayElsewhere } from './everydayElsewhere.ts';

// Invented lists: the rule is what is tested, not the frequency lists' contents.
const everyday = new Map<string, readonly string[]>([
  ['en', ['the', 'base', 'information']],
  ['vi', ['của', 'liên', 'tra', 'kiểm']],
  ['pt', ['mais', 'base']],
  ['ru', ['это', 'ok', 'что', 'да']],
]);
const elsewhere = everydayElsewhere(everyday);

describe('everydayElsewhere: guard words that other languages write daily', () => {
  test('a whole word is met by the same everyday word of another language, never of its own', () => {
    expect(elsewhere('base', 'whole', 'es')).toEqual(['en', 'pt']);
    expect(elsewhere('base', 'whole', 'pt')).toEqual(['en']);
    expect(elsewhere('mais', 'whole', 'pt')).toEqual([]);
    expect(elsewhere('tra', 'run', 'hr')).toEqual(['vi']);
  });

  test('a guard without accents meets words whose accents were taken off, as addresses write them', () => {
    expect(elsewhere('lien', 'whole', 'fr')).toEqual(['vi']);
    expect(elsewhere('kiem', 'prefix', 'xx')).toEqual(['vi']);
    // A guard with accents meets only what is written so.
    expect(elsewhere('líen', 'whole', 'xx')).toEqual([]);
    expect(elsewhere('liên', 'whole', 'xx')).toEqual(['vi']);
  });

  test('a part of a word is met as it must stand: the start, the end, anywhere inside', () => {
    expect(elsewhere('informa', 'prefix', 'es')).toEqual(['en']);
    expect(elsewhere('informa', 'infix', 'es')).toEqual(['en']);
    expect(elsewhere('formation', 'suffix', 'fr')).toEqual(['en']);
    expect(elsewhere('formation', 'prefix', 'fr')).toEqual([]);
    expect(elsewhere('informa', 'whole', 'es')).toEqual([]);
  });

  test('Latin words of a list mostly in another script are loans, not that language’s words', () => {
    expect(elsewhere('что', 'whole', 'uk')).toEqual(['ru']);
    expect(elsewhere('ok', 'whole', 'xx')).toEqual([]);
  });
});
