import { describe, expect, test } from 'vitest';
import { nameWithoutDate } from './nameWithoutDate.ts';

describe('nameWithoutDate: a date is never part of a publisher', () => {
  test.each([
    // [text, name, dated]
    ['The Guardian of 4/11/19', 'The Guardian', true],
    ['Corriere della Sera, 12 aprile 2019', 'Corriere della Sera', true],
    ['Libération du 3 février 2014', 'Libération', true],
    ['Frankfurter Allgemeine vom 7.5.2018', 'Frankfurter Allgemeine', true],
    ['El País, 14 de julio de 2017', 'El País', true],
    ['Folha de S.Paulo, 2 de maio de 2016', 'Folha de S.Paulo', true],
    ['Коммерсантъ от 12 января 2015', 'Коммерсантъ', true],
    ['Gazeta Wyborcza z dnia 3.04.2012', 'Gazeta Wyborcza', true],
    ['The Hindu September 14, 2011 – Wednesday', 'The Hindu', true],
    ['le figaro ce mardi 4 mai', 'le figaro', true],
    ['12 KASIM 2013 / HÜRRİYET', 'HÜRRİYET', true],
    ['2019年5月3日 朝日新聞', '朝日新聞', true],
    ['Nikkei 2019-05-03', 'Nikkei', true],
    // A CJK meta line glues the date to the name, even after the name's own digits.
    ['南方日报2021-07-09 08:15', '南方日报', true],
    ['星光网77 2021-07-09', '星光网77', true],
    ['晨报99号2021-07-09 08:15', '晨报99号', true],
    ['快讯882021-07-09', '快讯88', true],
    // No date: the name stays whole, digits and all.
    ['France 24', 'France 24', false],
    ['20 Minutes', '20 Minutes', false],
    ['Channel 4 News', 'Channel 4 News', false],
    ['Sunday Times', 'Sunday Times', false],
    ['Mayo Clinic', 'Mayo Clinic', false],
  ])('%s → %s', (text, name, dated) => {
    expect(nameWithoutDate(text)).toEqual({ name, dated });
  });

  test('pathological input stays fast: digits, month names and separators repeated', () => {
    const inputs = [
      '1/'.repeat(5000),
      'March '.repeat(2000),
      '12 mars '.repeat(1000),
      `${'a'.repeat(10_000)} 2020`,
      ` du ${'-'.repeat(5000)}`,
      `${'2020-'.repeat(2000)}1`,
      '2'.repeat(10_000),
    ];
    const started = performance.now();
    for (const t of inputs) nameWithoutDate(t);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
