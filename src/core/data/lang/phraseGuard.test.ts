import { describe, expect, test } from 'vitest';
import { phraseGuard } from './phraseGuard.ts';

// Every word of three letters or more tells, except these (as English would not).
const COMMON = new Set(['the', 'and', 'from']);
const telling = (w: string) => [...w].length >= 3 && !COMMON.has(w);

describe('phraseGuard: what a page must have for a phrase to match it', () => {
  test.each([
    ['a script besides Latin', '来源：', { script: 'Han' }],
    [
      'a word between spaces stands whole',
      'artículo publicado en @',
      { words: [{ word: 'publicado', mode: 'whole' }] },
    ],
    ['a word at the phrase start may end a longer one', 'Quelle:', { words: [{ word: 'quelle', mode: 'suffix' }] }],
    ['a word before `*` may go on', 'artykuł opublikowan* w @', { words: [{ word: 'opublikowan', mode: 'prefix' }] }],
    ['alone between edges, anywhere inside a word', 'Fuentes', { words: [{ word: 'fuentes', mode: 'infix' }] }],
    [
      'a choice guards when each choice holds a telling word',
      '{según|conforme} informó @',
      { words: [{ word: 'informó', mode: 'prefix' }] },
    ],
    ['an optional choice guards nothing', '{here |}from @', null],
    ['short or common words guard nothing', 'de la @', null],
    ['a short word anywhere inside a word guards nothing', 'aus', null],
  ])('%s: %s', (_name, phrase, guard) => {
    expect(phraseGuard(phrase, telling)).toEqual(guard);
  });

  // The space after `@` is cut with it: the choice starts the phrase a reader compiles, so its words may end others.
  test('a choice of telling words is any of them', () => {
    expect(phraseGuard('@ {informa|reporta} hoy', telling)).toEqual({
      words: [
        { word: 'informa', mode: 'suffix' },
        { word: 'reporta', mode: 'suffix' },
      ],
    });
  });

  test('a script other packs write in too guards only when no word does', () => {
    const shared = new Set(['Cyrillic']);
    expect(phraseGuard('како што јавува @', telling, shared)).toEqual({ words: [{ word: 'што', mode: 'whole' }] });
    // Without `shared` the script comes first, as for a script of the pack's own.
    expect(phraseGuard('како што јавува @', telling)).toEqual({ script: 'Cyrillic' });
    // No telling word: the script is all there is.
    expect(phraseGuard('за @', telling, shared)).toEqual({ script: 'Cyrillic' });
  });
});

describe('phraseGuard: a weak word (everyday in another language)', () => {
  const weak = (w: string) => (w === 'base' || w === 'права' ? ('weak' as const) : telling(w));

  test('guards nothing on its own: the phrase is compiled for every page', () => {
    expect(phraseGuard('com base em @', weak)).toBeNull();
  });

  test('gives way to a telling word of the same phrase', () => {
    expect(phraseGuard('com base em informações', weak)).toEqual({ words: [{ word: 'informações', mode: 'prefix' }] });
  });

  test('is taken over a script other packs write in too, whose pages hold that language’s', () => {
    expect(phraseGuard('все права @', weak, new Set(['Cyrillic']))).toEqual({
      words: [{ word: 'права', mode: 'prefix' }],
    });
  });
});
