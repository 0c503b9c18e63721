import { describe, expect, test } from 'vitest';
import { EXCERPT_CHARS, SAMPLE_CHARS } from '../limits.ts';
import { textKey } from '../textKey.ts';
import { liveFactsOf, sampleOf } from './liveFacts.ts';

describe('sampleOf: an excerpt keyed by the background', () => {
  test.each<[string, string, string]>([
    ['a key shorter than a sample', 'Only a few words here.', ''],
    ['exactly SAMPLE_CHARS letters', 'ab'.repeat(SAMPLE_CHARS / 2), 'ab'.repeat(SAMPLE_CHARS / 2)],
    ['punctuation and case dropped, the middle kept', `“AB–cd” ${'x'.repeat(46)}`, `bcd${'x'.repeat(45)}`],
  ])('%s', (_name, excerpt, expected) => {
    expect(sampleOf(excerpt)).toBe(expected);
  });

  // However the page cut its excerpt (any UTF-16 unit: half a surrogate pair, a Greek word whose final sigma
  // then lower-cases as ς), the sample is the paragraph's own text, as the fetched copy's key has it.
  test.each<[string, string]>([
    ['Latin with punctuation', 'The river rose two metres — “overnight” — and the town was evacuated before dawn. '],
    ['Greek capitals (final sigma)', 'ΟΙ ΚΑΤΟΙΚΟΙ ΤΗΣ ΠΟΛΗΣ ΕΚΚΕΝΩΣΑΝ ΤΑ ΣΠΙΤΙΑ ΤΟΥΣ ΠΡΙΝ ΤΗΝ ΑΥΓΗ ΣΗΜΕΡΑ. '],
    ['characters outside the BMP', '𠀋𠀌𠀍 the 𠀎 river 😀 rose 𠀏. '],
    ['Vietnamese', 'Người dân đã được sơ tán trước khi trời sáng, chính quyền cho biết. '],
  ])('a sample of a cut excerpt is in the whole paragraph’s key: %s', (_name, unit) => {
    const paragraph = unit.repeat(12);
    const whole = textKey(paragraph);
    for (let start = 0; start < 80; start++) {
      const sample = sampleOf(paragraph.slice(start, start + EXCERPT_CHARS));
      expect(Array.from(sample)).toHaveLength(SAMPLE_CHARS);
      expect(whole).toContain(sample);
    }
  });
});

describe('liveFactsOf', () => {
  test('keys each excerpt and drops those too short for a sample', () => {
    const facts = liveFactsOf({
      url: 'https://copy.example/a',
      title: 'T',
      paragraphs: 4,
      excerpts: ['The river rose two metres overnight and the town was evacuated before dawn.', 'Too short.'],
    });
    expect(facts).toEqual({
      url: 'https://copy.example/a',
      title: 'T',
      paragraphs: 4,
      samples: [sampleOf('The river rose two metres overnight and the town was evacuated before dawn.')],
    });
    expect(facts.samples[0]).toMatch(/^[a-z]{48}$/);
  });
});
