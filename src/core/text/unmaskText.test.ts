import { describe, expect, it } from 'vitest';
import { unmaskText } from './unmaskText.ts';

const pad = (s: string, c: string) => [...s].join(c);

describe('unmaskText undoes obfuscation', () => {
  const cases: [string, string, string, Partial<Record<string, number>>][] = [
    ['U+034F after every letter', pad('Nguồn: Báo An Giang', '\u034f'), 'Nguồn: Báo An Giang', { invisible: 18 }],
    ['zero-width spaces', pad('Source: Reuters', '\u200b'), 'Source: Reuters', { invisible: 14 }],
    ['zero-width joiners between Latin letters', pad('Reuters', '\u200d'), 'Reuters', { invisible: 6 }],
    [
      'soft hyphens between letters',
      pad('Originally published', '\u00ad'),
      'Originally published',
      { softHyphens: 19 },
    ],
    [
      'Khmer inherent vowels and Hangul fillers as padding',
      'g\u034f\u17b4i\u034f\u17b4a\u3164d',
      'giad',
      { invisible: 5 },
    ],
    ['word joiner and BOM', 'Ber\u2060lin\ufeff', 'Berlin', { invisible: 2 }],
    ['full-width Latin', 'Ｓｏｕｒｃｅ： ＡＰ', 'Source： AP', { fullwidth: 8 }],
    ['mathematical bold', '𝐁𝐞𝐫𝐥𝐢𝐧', 'Berlin', { styled: 6 }],
    ['Cyrillic look-alikes in a Latin word', 'Mоscоw and Pаris', 'Moscow and Paris', { mixedWords: 2 }],
    [
      'Greek look-alikes in a Latin word',
      'Reuters reported from Αthens',
      'Reuters reported from Athens',
      { mixedWords: 1 },
    ],
    ['Latin look-alikes in a Cyrillic word', 'Москвa и Пeтербург', 'Москва и Петербург', { mixedWords: 2 }],
  ];
  it.each(cases)('%s', (_label, raw, expected, counts) => {
    const r = unmaskText(raw);
    expect(r.text).toBe(expected);
    expect(r.counts).toMatchObject(counts);
    expect(r.sample).not.toBeNull();
  });
});

describe('unmaskText leaves honest text alone', () => {
  const honest = [
    'Москва объявила о новых мерах',
    'Η Αθήνα είναι η πρωτεύουσα',
    'Tiếp tục thực hiện Quy chế dân chủ',
    'می\u200cخواهم', // Persian needs its zero-width non-joiner
    'क्\u200dष', // Devanagari joiner
    '👨\u200d👩\u200d👧', // emoji sequence
    '❤\ufe0f and ☺\ufe0e', // emoji variation selectors
    'שלום\u200f עולם', // a direction mark in Hebrew
    '東京で開かれた会議（２０２４年）', // full-width digits are changed, but nothing else
    'GPT-4 and the iPhone 15',
  ];
  it.each(honest)('%s', (text) => {
    const r = unmaskText(text);
    expect(r.counts.invisible + r.counts.softHyphens + r.counts.mixedWords + r.counts.styled).toBe(0);
    if (!/[\uff10-\uff5a]/.test(text)) expect(r.text).toBe(text);
  });

  it('a mixed word whose other-script letters have no look-alike stays as written', () => {
    expect(unmaskText('Яndex').text).toBe('Яndex');
  });
});

describe('unmaskText stays linear', () => {
  const hostile: [string, string][] = [
    ['invisible only', '\u034f'.repeat(1_000_000)],
    ['every letter padded', pad('a'.repeat(500_000), '\u200b')],
    ['one mixed word of 1 M letters', 'аa'.repeat(500_000)],
    ['full-width only', 'Ｓ'.repeat(1_000_000)],
    ['140 000 mixed words', 'Mоscоw '.repeat(140_000)],
  ];
  it.each(hostile)('1 MB: %s finishes under 2 s', (_label, text) => {
    const start = Date.now();
    unmaskText(text);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
