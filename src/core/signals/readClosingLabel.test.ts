import { describe, expect, test } from 'vitest';
import { closingLabelAt } from './readClosingLabel.ts';

const SENTENCE = 'The council voted on Tuesday to keep the old bridge closed until the spring repairs are done.';

// Lines written for these tests: a label closing running text, in several languages and separators, and the lines
// that only look like one.
describe('closingLabelAt: a source label closing a line of text', () => {
  test.each([
    ['en, after a sentence', `${SENTENCE} Source: Valley Ledger`, 'Source: Valley Ledger'],
    [
      'en, French spacing before the colon',
      `${SENTENCE} Source : https://valley.example/a/1`,
      'Source : https://valley.example/a/1',
    ],
    [
      'en, glued to the last word',
      `${SENTENCE.slice(0, -1)}Source: https://valley.example/a/1`,
      'Source: https://valley.example/a/1',
    ],
    [
      'vi, after a sentence',
      'Hội đồng thành phố quyết định đóng cửa cây cầu cũ cho đến khi sửa xong vào mùa xuân. Nguồn: Báo Thung Lũng',
      'Nguồn: Báo Thung Lũng',
    ],
    [
      'de, full-width colon',
      `Der Stadtrat hat am Dienstag beschlossen, die alte Brücke bis zum Frühjahr zu sperren. Quelle：Talbote`,
      'Quelle：Talbote',
    ],
    [
      'zh, after a sentence',
      `市议会周二投票决定在春季维修完成之前继续关闭这座旧桥，居民需要绕行其他道路出入市区。来源：江南晨报`,
      '来源：江南晨报',
    ],
  ])('%s', (_, line, want) => {
    const at = closingLabelAt(line);
    expect(at).toBeGreaterThan(0);
    expect(line.slice(at)).toBe(want);
  });

  test.each([
    ['a label starting the line (the line reader reads it)', 'Source: Valley Ledger'],
    ['a caption before it', 'The old bridge. Source: Valley Ledger'],
    ['a photo source', `${SENTENCE} Photo source: Valley Ledger`],
    ['a data source', `${SENTENCE} Data source: Valley Ledger`],
    ['source code', `${SENTENCE} Source code: valley.example/repo`],
    ['a lower-case source inside a sentence', `${SENTENCE} One source: the mayor`],
    ['a word ending in a label', `${SENTENCE} Opensource: yes`],
    ['a sentence after the label', `${SENTENCE} Source: the council. It met on Tuesday and will meet again.`],
    ['a long clause after the label', `${SENTENCE} Source: interviews with residents of the old town in May and June`],
    ['a label mid-line', `${SENTENCE} Source: Valley Ledger, and then the mayor spoke at length about it`],
  ])('not one: %s', (_, line) => {
    expect(closingLabelAt(line)).toBe(-1);
  });

  test('pathological input stays fast: runs of labels, colons, spaces and letters', () => {
    const inputs = [
      'Source: '.repeat(5000),
      `${'x'.repeat(20000)}Source: ${'y '.repeat(3000)}`,
      `${'Source'.repeat(4000)}:`,
      `${SENTENCE} ${'Nguồn: '.repeat(2000)}A`,
      `${'来源：'.repeat(5000)}江南`,
      ` ${':'.repeat(20000)}`,
    ];
    const start = Date.now();
    for (const s of inputs) closingLabelAt(s);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
