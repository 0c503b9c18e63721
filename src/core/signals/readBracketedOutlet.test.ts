import { describe, expect, it } from 'vitest';
import { bracketAtStart, bracketedOutlet, bracketNearStart } from './readBracketedOutlet.ts';

describe('bracketedOutlet: a bracketed name that is an outlet', () => {
  it.each([
    ['a paper by its newspaper noun (Japanese)', '北海民報新聞', '北海民報新聞', 'publisher'],
    ['a paper by its newspaper noun (Korean)', '한빛일보', '한빛일보', 'publisher'],
    ['a paper by its newspaper noun (Chinese)', '滨江晚报', '滨江晚报', 'publisher'],
    ['an agency the tables know', 'Reuters', 'Reuters', 'agency'],
    ['a CJK agency', '新华社', 'Xinhua', 'agency'],
  ])('%s', (_label, text, name, kind) => {
    expect(bracketedOutlet(text)).toMatchObject({ name, kind });
  });

  it.each([
    ['a section', '社会'],
    ['a photo section', '포토'],
    ['the noun alone', '新聞'],
    ['a phrase with spaces', '오늘의 주요 일보'],
    ['a number', '2024일보'],
    ['an English word', 'Update'],
    ['a long run ending in a noun', '这是一个非常长的句子而不是报纸的名字商报'],
  ])('not an outlet: %s', (_label, text) => {
    expect(bracketedOutlet(text)).toBeNull();
  });
});

describe('bracketAtStart and bracketNearStart', () => {
  it('a bracket opening the headline names the paper', () => {
    expect(bracketAtStart('[北海民報新聞] 知事選の結果を受けて (2021年5月3日)')?.name).toBe('北海民報新聞');
    expect(bracketAtStart('【滨江晚报】市区地铁新线今日开通')?.name).toBe('滨江晚报');
  });

  it('without the tables, only a paper named by its newspaper noun', () => {
    expect(bracketAtStart('[Reuters] Thoughts on this one?', false)).toBeNull();
    expect(bracketAtStart('[北海民報新聞] 知事選の結果', false)?.name).toBe('北海民報新聞');
  });

  it('a bracket with nothing after it, or in a sentence, heads nothing', () => {
    expect(bracketAtStart('[北海民報新聞]')).toBeNull();
    expect(bracketAtStart('知事は[北海民報新聞]の取材に答えた')).toBeNull();
    expect(bracketAtStart('(한빛일보) 시청 앞 광장에서')).toBeNull();
  });

  it("an item's bracket after its place names the paper; far into the line it is a citation", () => {
    expect(bracketNearStart('경기도 남양주시 [한빛일보] 남양주시는 지난 3일 시청에서 …')?.name).toBe('한빛일보');
    const far = `${'시청 앞 광장에서 열린 행사에는 많은 시민이 참석했으며 '.repeat(2)}[한빛일보] 보도에 따르면`;
    expect(bracketNearStart(far)).toBeNull();
  });

  it('stays fast on hostile brackets', () => {
    const hostile = ['['.repeat(1_000_000), '[a'.repeat(500_000), `${'【'.repeat(1000)}${'x'.repeat(100_000)}`];
    const start = Date.now();
    for (const t of hostile) {
      bracketAtStart(t);
      bracketNearStart(t);
      bracketedOutlet(t);
    }
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
