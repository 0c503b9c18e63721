import { describe, expect, test } from 'vitest';
import { AGO_WORDS, TIME_UNITS } from '../data/bylineTimes.ts';
import { EVERY_PACK, setPhrases } from '../data/lang/packSet.ts';
import { LONG_TIME_UNITS } from '../data/relativeTimes.ts';
import { readMoreMatchers, readMoreMatchersAt, startsOf } from '../signals/readMorePatterns.ts';
import { timeAgoMatcher } from '../signals/timeAgoPattern.ts';
import { phraseAlternation } from './compilePhrases.ts';
import { groupsIn, indexFirstWords, perSubset, phrasesAt, phrasesIn } from './firstWordIndex.ts';

/** A text a phrase matches: each choice's options in turn, a word going on, a word, a stretch, an outlet. */
function writings(phrase: string): string[] {
  const choice = /\{([^{}]*)\}/u.exec(phrase);
  if (choice) {
    return choice[1]!
      .split('|')
      .flatMap((o) => writings(phrase.slice(0, choice.index) + o + phrase.slice(choice.index + choice[0].length)));
  }
  return [
    phrase
      .replace(/(?<=\p{L})\*/gu, 'ych')
      .replace(/~/gu, 'Harbour')
      .replace(/…/gu, ' a few words ')
      .replace(/@/gu, 'Lakeside Courier'),
  ];
}

const cased = (t: string): string[] => [t, t.toUpperCase(), t.replace(/^\p{L}/u, (c) => c.toUpperCase())];
/** A few writings of every phrase, in contexts: alone, after a sentence, glued to a word, after a number. */
function textsOf(phrases: readonly string[], perPhrase = 2): string[] {
  return phrases.flatMap((p) =>
    writings(p)
      .slice(0, perPhrase)
      .flatMap(cased)
      .flatMap((w) => [w, `It ended there. ${w} — more.`, `x${w}y`, `5 ${w}`]),
  );
}

const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

describe('firstWordIndex: the phrases it lets through match exactly what every phrase matches', () => {
  test.each([
    ['copied notices of every pack', setPhrases(EVERY_PACK, 'copiedNotices')],
    [
      'read-more lines without an outlet, of every pack',
      setPhrases(EVERY_PACK, 'readMoreLines').filter((p) => !p.includes('@')),
    ],
    ['"ago" words', AGO_WORDS],
  ])(
    'anywhere in a text, bounded: %s',
    (_name, phrases) => {
      const index = indexFirstWords(phrases, true);
      const whole = new RegExp(phraseAlternation(phrases, { bounded: true }), 'giu');
      const first = new RegExp(whole.source, 'iu');
      for (const text of textsOf(phrases)) {
        const some = phrasesIn(index, text);
        const sub = new RegExp(phraseAlternation(some, { bounded: true }), 'giu');
        expect([text, matches(sub, text)]).toEqual([text, matches(whole, text)]);
        // In groups, one per key: the first match of any group starts where the whole alternation's first does.
        const firsts = groupsIn(index, text).flatMap((g) => {
          const m = new RegExp(phraseAlternation(g, { bounded: true }), 'iu').exec(text);
          return m ? [m.index] : [];
        });
        expect([text, firsts.length ? Math.min(...firsts) : null]).toEqual([text, first.exec(text)?.index ?? null]);
      }
    },
    60_000,
  );

  test('a time ago: the units a text holds, as the pattern of every unit reads it', () => {
    const units = [...TIME_UNITS, ...LONG_TIME_UNITS];
    const ago = phraseAlternation(AGO_WORDS, { bounded: true });
    const every = new RegExp(
      `(?:${ago}\\s+)?(?<!\\p{N})\\d{1,3}\\s?${phraseAlternation(units)}\\.?(?![\\p{L}\\p{N}])(?:\\s+${ago})?`,
      'giu',
    );
    const matcher = timeAgoMatcher(units);
    const texts = units.flatMap((u, i) => {
      const a = AGO_WORDS[i % AGO_WORDS.length]!;
      return cased(`${a} ${i % 60} ${u}`).concat([`NTB 5${u}. ${a}`, `Reuters · ${i} ${u} ${a}`, `12 ${u}x 3 ${u}`]);
    });
    for (const text of [...texts, 'no time here', 'vor 5 Min.', 'il y a 3 heures', '2 t siden', '1234 min']) {
      const re = matcher(text);
      const got = re ? matches(re, text) : [];
      expect([text, got]).toEqual([text, matches(every, text)]);
    }
  }, 60_000);

  test('read-more lines: at each start of a line, the matchers of its first word read what every phrase reads', () => {
    const all = readMoreMatchers();
    const exec = (re: RegExp | null, line: string, at: number) => {
      if (!re) return null;
      re.lastIndex = at;
      return re.exec(line)?.slice(0, 3) ?? null;
    };
    // Outlet patterns left out (no phrase of theirs may start there) would match nothing: compare the matches.
    const found = (m: ReturnType<typeof readMoreMatchers> | null, line: string, at: number) => ({
      outlet: (m?.outlet ?? []).flatMap(({ re, group }) => {
        const x = exec(re, line, at);
        return x ? [[group, ...x]] : [];
      }),
      outletFirst: exec(m?.outletFirst ?? null, line, at),
      bare: exec(m?.bare ?? null, line, at),
    });
    const lines = setPhrases(EVERY_PACK, 'readMoreLines')
      .flatMap((p) => writings(p).slice(0, 1))
      .flatMap((w) => [w, w.toUpperCase(), `It ended there. » ${w} (paywall)`]);
    for (const line of lines) {
      for (const at of startsOf(line)) {
        expect([line, at, found(readMoreMatchersAt(line, at), line, at)]).toEqual([line, at, found(all, line, at)]);
      }
    }
  }, 120_000);
});

describe('firstWordIndex: keys', () => {
  const index = indexFirstWords(
    ['read more at', 'opublikowan* w', 'ב', '続きを読む', '{the |}full story', '© all'],
    false,
  );
  test('a word the phrase must end, a word that may go on, a script without spaces, a leading choice, a symbol', () => {
    expect(phrasesAt(index, 'READ MORE AT X', 0)).toEqual(['read more at', '© all']);
    expect(phrasesAt(index, 'reader', 0)).toEqual(['© all']);
    expect(phrasesAt(index, 'Opublikowany w', 0)).toEqual(['opublikowan* w', '© all']);
    expect(phrasesAt(index, 'בהארץ', 0)).toEqual(['ב', '© all']);
    expect(phrasesAt(index, '続きを読む', 0)).toEqual(['続きを読む', '© all']);
    expect(phrasesIn(index, 'ここで続きを読む')).toEqual(['続きを読む', '© all']);
    expect(phrasesIn(index, 'The full story')).toEqual(['{the |}full story', '© all']);
    expect(phrasesIn(index, 'Full story')).toEqual(['{the |}full story', '© all']);
  });

  test('a matcher per subset, none for no phrase', () => {
    let builds = 0;
    const of = perSubset((p) => ++builds + p.length);
    expect(of([])).toBeNull();
    expect(of(['a', 'b'])).toBe(of(['a', 'b']));
    expect(builds).toBe(1);
  });
});

describe('firstWordIndex: hostile text stays linear', () => {
  const budget = 2000;
  const index = indexFirstWords(setPhrases(EVERY_PACK, 'copiedNotices'), true);
  test.each([
    ['many distinct words', Array.from({ length: 40000 }, (_, i) => `w${i.toString(36)}x`).join(' ')],
    ['one long word', 'a'.repeat(200000)],
    ['a long run without spaces', '続き'.repeat(100000)],
    ['marks between letters', 'a\u0301'.repeat(100000)],
  ])('%s', (_name, text) => {
    const start = Date.now();
    phrasesIn(index, text);
    for (let at = 0; at < text.length; at += 97) phrasesAt(index, text, at);
    expect(Date.now() - start).toBeLessThan(budget);
  });
});
