import { describe, expect, test } from 'vitest';
import { flagsToCsv, flagsToJson } from './flags.ts';
import type { Flag } from '../../extension/storage/flags.ts';

const seedFlag: Flag = {
  url: 'https://tinnhanh-tonghop24h.net/tiep-tuc/',
  title: 'Tiếp tục thực hiện, "Quy chế"',
  originalUrl: null,
  verdict: 'copy',
  note: '=HYPERLINK("http://evil")',
  flaggedAt: Date.parse('2026-11-29T03:00:00Z'),
};

describe('flagsToCsv', () => {
  test('quotes, escapes and defuses formulas', () => {
    expect(flagsToCsv([seedFlag])).toBe(
      'url,title,originalUrl,verdict,note,flaggedAt\r\n' +
        'https://tinnhanh-tonghop24h.net/tiep-tuc/,"Tiếp tục thực hiện, ""Quy chế""",,copy,"\'=HYPERLINK(""http://evil"")",2026-11-29T03:00:00.000Z\r\n',
    );
  });

  test.each([['+1'], ['-2'], ['@SUM(A1)'], ['\tx']])('defuses %j', (note) => {
    const line = flagsToCsv([{ ...seedFlag, note }]).split('\r\n')[1] ?? '';
    expect(line).toContain(`'${note}`);
  });

  test('header only when empty', () => {
    expect(flagsToCsv([])).toBe('url,title,originalUrl,verdict,note,flaggedAt\r\n');
  });
});

describe('flagsToJson', () => {
  test('ISO dates and a format tag', () => {
    const doc = JSON.parse(flagsToJson([seedFlag], '2026-11-29T04:00:00Z'));
    expect(doc.format).toBe('provenance-flags');
    expect(doc.flags[0]).toMatchObject({ url: seedFlag.url, verdict: 'copy', flaggedAt: '2026-11-29T03:00:00.000Z' });
  });
});
