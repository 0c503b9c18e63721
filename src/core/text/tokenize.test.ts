import { describe, expect, test } from 'vitest';
import { tokenize, tokenizeWithOffsets } from './tokenize.ts';

describe('tokenize', () => {
  test.each([
    ['Hello, World! Don’t panic.', ['hello', 'world', "don't", 'panic']],
    ['Tiếp tục thực hiện', ['tiếp', 'tục', 'thực', 'hiện']],
    ['L’homme a dit « non ».', ["l'homme", 'a', 'dit', 'non']],
    ['West Ham hrozí gigantům', ['west', 'ham', 'hrozí', 'gigantům']],
    ['Компания «Яндекс» сообщила', ['компания', 'яндекс', 'сообщила']],
    ['المصدر: وكالة الأنباء', ['المصدر', 'وكالة', 'الأنباء']],
    ['중국 청년망 보도', ['중국', '청년망', '보도']],
    ['中国青年网今天报道了', ['中国', '青年', '网', '今天', '报道', '了']],
    ['ภาษาไทยง่ายนิดเดียว', ['ภาษา', 'ไทย', 'ง่าย', 'นิด', 'เดียว']],
    ['東京都に住んでいます', ['東京', '都', 'に', '住', 'んで', 'い', 'ます']],
    ['--- *** ---', []],
    ['', []],
  ])('%s', (input, expected) => {
    expect(tokenize(input)).toEqual(expected);
  });

  test('folds diacritics only when asked', () => {
    expect(tokenize('Mỹ Linh – Trọng Tín', { fold: true })).toEqual(['my', 'linh', 'trong', 'tin']);
    expect(tokenize('Mỹ Linh – Trọng Tín')).toEqual(['mỹ', 'linh', 'trọng', 'tín']);
  });

  test('NFD input gives the same words as NFC input', () => {
    const nfc = 'Thường trực Tỉnh ủy';
    expect(tokenize(nfc.normalize('NFD'))).toEqual(tokenize(nfc));
  });

  test('offsets point at the words in the input, also inside segmented runs', () => {
    const text = 'Xin chào 中国青年网 ok';
    for (const t of tokenizeWithOffsets(text)) expect(text.slice(t.start, t.end).toLowerCase()).toBe(t.word);
  });

  test('caps the number of words', () => {
    expect(tokenize('a b c d e f', { maxWords: 3 })).toEqual(['a', 'b', 'c']);
  });

  test('is fast enough on a long page', () => {
    const latin = 'The quick brown fox jumps over the lazy dog. '.repeat(5000);
    const han = '中国青年网今天报道了这个消息。'.repeat(2000);
    const t0 = performance.now();
    expect(tokenize(latin).length).toBe(45_000);
    expect(tokenize(han).length).toBeGreaterThan(10_000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
