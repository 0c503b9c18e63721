import { describe, expect, test } from 'vitest';
import { archiveUrl, searchUrl } from './lookupLinks.ts';
import { distinctiveSentence } from './distinctiveSentence.ts';
import { hostileReport, SEED_ORIGINAL_URL, suspectedSignals, verifiedSeed } from '../fixtures/reports.ts';

describe('archiveUrl', () => {
  test.each([
    [SEED_ORIGINAL_URL, `https://web.archive.org/web/*/${SEED_ORIGINAL_URL}`],
    ['javascript:alert(1)', null],
    [null, null],
  ])('archiveUrl(%s)', (url, expected) => {
    expect(archiveUrl(url)).toBe(expected);
  });
});

describe('searchUrl', () => {
  test.each([
    ['Quy chế dân chủ', 'https://duckduckgo.com/?q=%22Quy%20ch%E1%BA%BF%20d%C3%A2n%20ch%E1%BB%A7%22'],
    ['a "quoted" & <b>', 'https://duckduckgo.com/?q=%22a%20quoted%20%26%20%3Cb%3E%22'],
    ['   ', null],
    [null, null],
  ])('searchUrl(%j)', (phrase, expected) => {
    expect(searchUrl(phrase)).toBe(expected);
  });
});

describe('distinctiveSentence', () => {
  test('takes the longest matched sentence, capped at 20 words', () => {
    const s = distinctiveSentence(verifiedSeed);
    expect(s).toMatch(/^Năm 2022, Quy chế dân chủ ở cơ sở/);
    expect(s!.split(' ')).toHaveLength(20);
  });

  test('falls back to the page title without passages', () => {
    expect(distinctiveSentence(suspectedSignals)).toBe('Một bài viết không rõ nguồn');
  });

  test('null when nothing is usable', () => {
    expect(distinctiveSentence({ ...suspectedSignals, page: { ...suspectedSignals.page, title: null } })).toBeNull();
  });

  test('short passages are not distinctive', () => {
    const report = { ...hostileReport, page: { ...hostileReport.page, title: 'A title' } };
    expect(distinctiveSentence(report)).toBe('A title');
  });
});
