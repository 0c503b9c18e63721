import { describe, expect, test } from 'vitest';
import { csvCell, toCsv } from './toCsv.ts';

describe('csvCell', () => {
  test.each([
    ['plain', 'plain'],
    ['https://a.example/p?x=1&y=2', 'https://a.example/p?x=1&y=2'],
    ['Mỹ Linh; Quốc Vũ', 'Mỹ Linh; Quốc Vũ'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+1', "'+1"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('toCsv', () => {
  test('CRLF lines, a header, a final CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['1', 'x,y'],
          ['=2', ''],
        ],
      ),
    ).toBe('a,b\r\n1,"x,y"\r\n\'=2,\r\n');
  });
  test('header only when empty', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });
});
