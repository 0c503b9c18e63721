import { describe, expect, test } from 'vitest';
import type { BatchRow } from '../../extension/messages.ts';
import { batchErrorKey, batchRowStatus, batchToCsv, batchToJson } from './batchResults.ts';

const done = (over: Partial<BatchRow> = {}): BatchRow => ({
  url: 'https://tinnhanh-tonghop24h.net/tiep-tuc/',
  status: 'done',
  verdict: 'copy',
  trust: 'verified',
  syndicated: false,
  originalUrl: 'https://baoangiang.com.vn/tiep-tuc-a123.html',
  publisher: 'Báo An Giang',
  authors: ['Mỹ Linh', 'Hữu Huệ'],
  containment: 0.9437,
  error: null,
  ...over,
});
const failed = (code: string, message = 'x'): BatchRow => ({
  ...done(),
  status: 'error',
  verdict: 'unchecked',
  trust: null,
  originalUrl: null,
  publisher: null,
  authors: [],
  containment: null,
  error: { code, message },
});

describe('batchRowStatus: the popup’s state for a row', () => {
  test.each<[string, BatchRow, string]>([
    ['a verified copy', done(), 'verified'],
    ['a copy that only claims its source', done({ trust: 'claimed' }), 'verified'],
    ['authorised republication', done({ syndicated: true }), 'syndicated'],
    ['suspected', done({ verdict: 'suspected', trust: 'signals' }), 'suspected'],
    ['clean', done({ verdict: 'clean', trust: 'none' }), 'clean'],
    ['a site switched off', failed('off'), 'off'],
    ['a failed fetch', failed('fetch-failed'), 'error'],
    ['done but unchecked', done({ verdict: 'unchecked', trust: 'none' }), 'error'],
  ])('%s', (_name, row, status) => {
    expect(batchRowStatus(row)).toBe(status);
  });
});

describe('batchErrorKey', () => {
  test.each([
    ['off', 'statusOffSub'],
    ['interrupted', 'batchInterrupted'],
    ['timeout', 'errorTimeout'],
    ['fetch-failed', 'errorFetchFailed'],
    ['something-new', 'errorUnknown'],
    [undefined, 'errorUnknown'],
  ])('%s → %s', (code, key) => {
    expect(batchErrorKey(code)).toBe(key);
  });
});

describe('batchToCsv', () => {
  test('one line per row in order, authors joined, share with three decimals', () => {
    expect(batchToCsv([done(), failed('timeout', 'The check took too long')])).toBe(
      'url,status,verdict,trust,syndicated,originalUrl,publisher,authors,containment,errorCode,errorMessage\r\n' +
        'https://tinnhanh-tonghop24h.net/tiep-tuc/,done,copy,verified,false,https://baoangiang.com.vn/tiep-tuc-a123.html,Báo An Giang,Mỹ Linh; Hữu Huệ,0.944,,\r\n' +
        'https://tinnhanh-tonghop24h.net/tiep-tuc/,error,unchecked,,,,,,,timeout,The check took too long\r\n',
    );
  });

  test('page-supplied text is quoted and formulas are defused', () => {
    const line =
      batchToCsv([done({ publisher: '=HYPERLINK("http://evil","click")', authors: ['@evil', 'Nguyễn, Văn A'] })]).split(
        '\r\n',
      )[1] ?? '';
    expect(line).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(line).toContain(`"'@evil; Nguyễn, Văn A"`);
  });

  test.each([[Number.NaN], [Number.POSITIVE_INFINITY]])('a share of %s is left empty', (containment) => {
    expect(batchToCsv([done({ containment })]).split('\r\n')[1]).toContain(',Mỹ Linh; Hữu Huệ,,');
  });
});

describe('batchToJson', () => {
  test('a format tag, the time, the rows as they are', () => {
    const doc = JSON.parse(batchToJson([done(), failed('off')], '2026-11-29T04:00:00.000Z'));
    expect(doc).toMatchObject({ format: 'provenance-batch', version: 2, exportedAt: '2026-11-29T04:00:00.000Z' });
    expect(doc.rows).toEqual([done(), failed('off')]);
  });
});
