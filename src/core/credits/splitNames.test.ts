import { describe, expect, test } from 'vitest';
import { splitNames } from './splitNames.ts';

describe('splitNames', () => {
  test.each<[string, string[], string[]?]>([
    ['MỸ LINH – TRỌNG TÍN', ['Mỹ Linh', 'Trọng Tín']],
    ['Mỹ Linh, Trọng Tín', ['Mỹ Linh', 'Trọng Tín']],
    ['MỸ LINH VÀ TRỌNG TÍN', ['Mỹ Linh', 'Trọng Tín']],
    ['Bài và ảnh: Mỹ Linh', ['Mỹ Linh']],
    ['By Nathan Willis\nMarch 25, 2015', ['Nathan Willis']],
    ['By GILLIAN MOHNEY March 11, 2015 3:46 PM', ['Gillian Mohney']],
    ['By Kelli  Miller\nWebMD Health News', ['Kelli Miller']],
    ['By Brenda  Goodman, MA\nWebMD Health News', ['Brenda Goodman']],
    ['Jane Roe, PhD, and John Doe, MD', ['Jane Roe', 'John Doe']],
    ['Bradley M. Kuhn (http://ebb.org/bkuhn/)', ['Bradley M. Kuhn']],
    [
      'Martin Untersinger (avec Damien Leloup et Morgane Tual)',
      ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual'],
    ],
    ['Par Sébastien Farcis', ['Sébastien Farcis']],
    ['Por María García y José Pérez', ['María García', 'José Pérez']],
    ['Von Anna Berg und Jonas Keller', ['Anna Berg', 'Jonas Keller']],
    ['Di Marco Rossi e Giulia Bianchi', ['Marco Rossi', 'Giulia Bianchi']],
    ['Stella Kim & Jennifer Jett', ['Stella Kim', 'Jennifer Jett']],
    ['史蒂文的家_藍天 (stevenhgm)', ['史蒂文的家_藍天']],
    ['홍길동 기자', ['홍길동']],
    ['Text by \nNEWS WIRES', []],
    ['April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm', []],
    ['Mac & i', []],
    ['BBC News', []],
    ['admin', []],
    ['Our Foreign Staff', []],
    ['By Reuters', [], ['Reuters']],
    ['Par Sébastien Farcis avec AFP', ['Sébastien Farcis'], ['AFP']],
    ['Evan Vucci/AP', ['Evan Vucci'], ['AP']],
    ['THE ASSOCIATED PRESS', [], ['AP']],
  ])('%s', (raw, names, agencies = []) => {
    const r = splitNames(raw);
    expect(r.names).toEqual(names);
    expect(r.agencies).toEqual(agencies);
  });

  test('a long hostile byline is capped and split in linear time', () => {
    const hostile = `${'Ab '.repeat(50_000)}(${'('.repeat(10_000)}`;
    const t0 = performance.now();
    splitNames(hostile);
    expect(performance.now() - t0).toBeLessThan(500);
  });
});
