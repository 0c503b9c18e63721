import { describe, expect, test } from 'vitest';
import { metaFieldOf, sourceNameOf } from './sourceNameOf.ts';

// Outlets and people invented for these tests; each row is a way a meta line goes on after the source's name.
describe('metaFieldOf: the first field of a meta line', () => {
  test.each([
    ['zh, the author field after a space', '江南晨报 作者：李明', '江南晨报'],
    ['zh, the author field glued on', '江南晨报作者：李明', '江南晨报'],
    ['zh, the author field repeated', '江南晨报作者:作者:李明', '江南晨报'],
    ['zh, the author named after a space', '江南晨报 李明', '江南晨报'],
    ['zh, an editor field', '江南晨报 作者： 编辑：王芳', '江南晨报'],
    ['ja, a poster field', '湖畔新聞 投稿者：山田', '湖畔新聞'],
    ['en, a wide gap between columns', 'Valley Ledger   12 comments', 'Valley Ledger'],
    ['en, a poster field', 'Valley Ledger Posted by: Mara', 'Valley Ledger'],
    ['ko, spaces inside a Hangul name stay', '밸리 뉴스', '밸리 뉴스'],
    ['en, one space inside a name stays', 'Valley Ledger', 'Valley Ledger'],
    ['en, a colon that opens no field stays', 'Valley Ledger: Weekend Edition', 'Valley Ledger: Weekend Edition'],
  ])('%s', (_, text, want) => {
    expect(metaFieldOf(text)).toBe(want);
  });
});

describe('sourceNameOf: the publisher in a label value', () => {
  test.each([
    ['ja, a descriptor then a quoted title', '無料の事典『ヤマペディア(Yamapedia)』', 'ヤマペディア(Yamapedia)'],
    ['ja, the closing mark already cut', '無料の事典『ヤマペディア(Yamapedia', 'ヤマペディア(Yamapedia)'],
    ['zh, a descriptor then a book title', '湖畔网《江南晨报》', '江南晨报'],
    ['sr, an outlet and its desk', 'Dolinske vesti/Sever', 'Dolinske vesti'],
    ['hr, an agency and its regional service', 'Hina/Split', 'Hina'],
    ['a host with a path stays whole', 'valleyledger.example/news/1', 'valleyledger.example/news/1'],
    ['a spaced slash stays (author / outlet)', 'Mara Quell / Valley Ledger', 'Mara Quell / Valley Ledger'],
    [
      'a data provider after the slash keeps it whole',
      'Mara Quell/Ministry of Transport',
      'Mara Quell/Ministry of Transport',
    ],
    ['a plain name', 'Valley Ledger', 'Valley Ledger'],
  ])('%s', (_, name, want) => {
    expect(sourceNameOf(name)).toBe(want);
  });

  test('pathological input stays fast: long runs of CJK, quotes, slashes, spaces and colons', () => {
    const inputs = [
      `${'江'.repeat(5000)} ${'南'.repeat(5000)}`,
      `${'『'.repeat(3000)}${'江'.repeat(3000)}`,
      `${'a/'.repeat(5000)}`,
      `${'作者'.repeat(3000)}:`,
      `${' :'.repeat(5000)}x`,
      `${'江 '.repeat(5000)}`,
    ];
    const start = Date.now();
    for (const s of inputs) {
      metaFieldOf(s);
      sourceNameOf(s);
    }
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
