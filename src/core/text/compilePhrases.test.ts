import { describe, expect, test } from 'vitest';
import { phrasesOf } from '../data/lang/phrasesOf.ts';
import { phraseAlternation, phraseMatcher, sortPhrases } from './compilePhrases.ts';

describe('phraseMatcher', () => {
  test.each([
    // phrases, text, what it should find (null: no match)
    [['Read more at'], 'Read   more at the Herald', 'Read   more at'],
    [['read more at'], 'READ MORE AT', 'READ MORE AT'],
    [['{originally|first} published {on|by}'], 'This story was first published by Example', 'first published by'],
    [['{originally|first} published {on|by}'], 'It was published by Example', null],
    [
      ['{is|was} reprinted {here |}with permission'],
      'It is reprinted here with permission',
      'is reprinted here with permission',
    ],
    [
      ['{is|was} reprinted {here |}with permission'],
      'It was reprinted with permission',
      'was reprinted with permission',
    ],
    [['{pierwotnie|po raz pierwszy} opublikowan*'], 'Tekst pierwotnie opublikowany w', 'pierwotnie opublikowany'],
    [['eredetileg ~ jelent meg'], 'A cikk eredetileg a Példában jelent meg', null],
    [['eredetileg ~ jelent meg'], 'eredetileg Példában jelent meg.', 'eredetileg Példában jelent meg'],
    [['először … jelent meg'], 'A bejegyzés először a Példa oldalon jelent meg.', 'először a Példa oldalon jelent meg'],
    [['{に|で}初出'], '東京新聞に初出', 'に初出'],
    [['{에|에서} {처음|최초로} 게재'], '예시일보에서처음 게재', '에서처음 게재'],
    [['最先出现在'], '文章最先出现在示例网', '最先出现在'],
    // Bounded: a phrase of a spaced script is a whole word sequence, not a piece of a longer word.
    [['via'], 'trivial matters', null],
    [['Source'], 'Sources say', null],
    [['appeared first on'], 'reappeared first on', null],
    [['Read.more'], 'Read more', null], // a dot is a dot, not "any character"
    [['(AP)'], 'text (AP) text', '(AP)'],
  ] as [string[], string, string | null][])('%j in %j', (phrases, text, found) => {
    expect(phraseMatcher(phrases).exec(text)?.[0] ?? null).toBe(found);
  });

  test('unbounded alternation, for anchored patterns that add their own context', () => {
    const re = new RegExp(`^${phraseAlternation(['Source', 'Source link'])}:`, 'iu');
    expect(re.exec('Source link: x')?.[0]).toBe('Source link:');
    expect(re.test('Sources: x')).toBe(false);
  });

  test('longest first, deduplicated case-insensitively, empty and blank phrases dropped', () => {
    expect(sortPhrases(['Via', 'Original source', 'via', ' ', 'Source'])).toEqual(['Original source', 'Source', 'Via']);
    expect(new RegExp(phraseAlternation([])).test('anything')).toBe(false);
  });

  test.each(['{unclosed', 'stray}', '{nested {choice}}'])('a malformed phrase (%s) fails loudly at build time', (p) => {
    expect(() => phraseAlternation([p])).toThrow();
  });

  test('linear time on 1 MB of hostile text: near-misses, long runs of spaces and letters', () => {
    const phrases = [
      '{originally|first|initially} {published|appeared|posted} {at|on|in|by}',
      'először … jelent meg',
      'ilk önce …üzerinde ortaya çıktı',
      'eredetileg ~ jelent meg',
      'opublikowan* {w|na}',
    ];
    const re = phraseMatcher(phrases);
    const hostile = [
      'originally published '.repeat(50_000),
      `először ${'a'.repeat(1_000_000)}`,
      `${'ilk önce '.repeat(100_000)}`,
      `eredetileg ${'x '.repeat(500_000)}`,
      `opublikowan${'a'.repeat(1_000_000)}`,
      ' '.repeat(1_000_000),
    ];
    const start = performance.now();
    for (const text of hostile) re.test(text.slice(0, 1_000_000));
    // Generous: each of these takes milliseconds; a super-linear pattern would take minutes.
    expect(performance.now() - start).toBeLessThan(5_000);
  });
});

describe('matchers that compile cheaply match what the plain writing matches', () => {
  test.each(['copiedNotices', 'reportVerbs', 'originPhrases', 'feedFooters', 'sourceLabels'] as const)(
    'bounded %s: one boundary check per run of phrases finds the same match as one per phrase',
    (field) => {
      const phrases = sortPhrases(phrasesOf(field));
      // The plain writing: each phrase with its own boundary checks, in the same order.
      const perPhrase = new RegExp(
        `(?:${phrases.map((p) => phraseAlternation([p], { bounded: true })).join('|')})`,
        'iu',
      );
      const grouped = phraseMatcher(phrases);
      const plain = (p: string) => p.replace(/\{([^|}]*)[^}]*\}/gu, '$1').replace(/[*~…]/gu, ' x ');
      const texts = phrases.flatMap((p) => [
        `Text before ${plain(p)} and after.`,
        `x${plain(p)}x`,
        `${plain(p)}s ${plain(p)}`,
        `${plain(p).toUpperCase()}: name`,
      ]);
      for (const text of texts) {
        const a = perPhrase.exec(text);
        const b = grouped.exec(text);
        expect([b?.index, b?.[0]], text).toEqual([a?.index, a?.[0]]);
      }
    },
  );

  test("the negated classes written for '.' and '\\S' hold the same code points, with and without case folding", () => {
    const pairs: [string, string][] = [
      ['.', '[^\\n\\r\\u2028\\u2029]'],
      ['\\S', '[^\\s]'],
    ];
    for (const flags of ['iu', 'u']) {
      for (const [plain, cheap] of pairs) {
        const a = new RegExp(`^${plain}$`, flags);
        const b = new RegExp(`^${cheap}$`, flags);
        const differ: number[] = [];
        for (let cp = 0; cp <= 0x10ffff; cp++) {
          const c = String.fromCodePoint(cp);
          if (a.test(c) !== b.test(c)) differ.push(cp);
        }
        expect(differ, `${plain} / ${flags}`).toEqual([]);
      }
    }
  });
});
