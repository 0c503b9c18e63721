import { describe, expect, test } from 'vitest';
import { packsForTexts } from '../../signals/packsForPage.ts';
import { nameWithoutDate } from '../../signals/nameWithoutDate.ts';
import { dateWordGuard } from './dateWordGuard.ts';
import { DATE_FIELDS, dateWordsOfPack } from './dateWords.ts';
import { LANGUAGE_PACKS } from './languagePacks.ts';
import { EVERY_PACK, setPhrases, withPacks } from './packSet.ts';

const telling = (w: string) => w.length >= 3 && !['april', 'mars'].includes(w);

describe('dateWordGuard: what a month or weekday name needs on a page', () => {
  test('a name in a script written without spaces is guarded by its script', () => {
    expect(dateWordGuard('十一月', telling)).toEqual({ script: 'Han' });
    expect(dateWordGuard('มกราคม', telling)).toEqual({ script: 'Thai' });
  });

  test('another name by its longest telling run of letters, which must stand whole', () => {
    expect(dateWordGuard('września', telling)).toEqual({ words: [{ word: 'września', mode: 'run' }] });
    expect(dateWordGuard('de desembre', telling)).toEqual({ words: [{ word: 'desembre', mode: 'run' }] });
    expect(dateWordGuard('segunda-feira', telling)).toEqual({ words: [{ word: 'segunda', mode: 'run' }] });
  });

  test('a name with no telling run has no guard', () => {
    expect(dateWordGuard('Mars', telling)).toBeNull();
    expect(dateWordGuard('ma', telling)).toBeNull();
  });
});

/** The names of a field the page's set compiles, lower-cased (a few sets recur: each is listed once). */
const listed = new Map<string, Set<string>>();
const compiled = (texts: string[], field: (typeof DATE_FIELDS)[number]) => {
  const set = packsForTexts(texts);
  const key = `${field} ${set.key}`;
  let names = listed.get(key);
  if (!names) {
    names = new Set(setPhrases(set, field).map((n) => n.toLowerCase()));
    listed.set(key, names);
  }
  return names;
};

describe('every name a date matcher may read on a page is compiled for it', () => {
  const cases = LANGUAGE_PACKS.flatMap((p) =>
    DATE_FIELDS.flatMap((field) => dateWordsOfPack(p.code)[field].map((name) => ({ code: p.code, field, name }))),
  );

  test('there are names', () => expect(cases.length).toBeGreaterThan(1000));

  // As the date matchers read names (nameWithoutDate.ts): after a day ("12 mars"), glued to it ("1ermars") or to a
  // year ("mars2021"), in capitals, after a CJK day ("9日Monday"); on a page that tells no other language.
  const writings = (name: string) => [
    `The paper, 12 ${name} 2020, wrote it.`,
    `Printed 1er${name.toUpperCase()}`,
    `Seen ${name}2021 in print`,
    `2018年7月9日${name}, 12`,
  ];

  test('in every writing, by its own pack or as a name no page word rules out', { timeout: 600_000 }, () => {
    const missing: string[] = [];
    for (const { code, field, name } of cases) {
      // A name no guard rules out is compiled for every page.
      if (compiled(['-'], field).has(name.toLowerCase())) continue;
      for (const text of writings(name))
        if (!compiled([text], field).has(name.toLowerCase())) missing.push(`${code} ${name}: ${text}`);
    }
    expect(missing).toEqual([]);
  });

  test('a page written otherwise in English compiles the pack of a date it names', () => {
    expect([...packsForTexts(['Gazeta Wyborcza, 3 września 2012, wrote it first.']).codes]).toContain('pl');
    expect([...packsForTexts(['KUZEY POSTASI, 17 HAZİRAN 2016']).codes]).toContain('tr');
  });

  test.each([
    'Gazeta Wyborcza, 3 września 2012',
    '12 KASIM 2013 / HÜRRİYET',
    '17 HAZİRAN 2016 / KUZEY POSTASI',
    'Corriere della Sera, 12 aprile 2019',
    'Le Monde du 1ermars 2021',
    'Helsingin Sanomat 12. maaliskuuta 2020',
    'Коммерсантъ от 12 января 2015',
    'Kathimerini, 3 Φεβρουαρίου 2019',
    'Dainik Jagran, 14 फ़रवरी 2019',
    '2018年7月9日星期一 人民日报',
    'Expresso, segunda-feira, 3 de junho',
    'The Daily Star, Thursday 3 June',
  ])('%s: cut as with every pack compiled', (text) => {
    const withItsPacks = withPacks(packsForTexts([text]), () => nameWithoutDate(text));
    expect(withItsPacks).toEqual(withPacks(EVERY_PACK, () => nameWithoutDate(text)));
    expect(withItsPacks.dated).toBe(true);
  });
});
