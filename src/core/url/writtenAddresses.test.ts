import { describe, expect, test } from 'vitest';
import { writtenAddresses } from './writtenAddresses.ts';

const urls = (line: string) => writtenAddresses(line).map((a) => a.url);

describe('writtenAddresses: addresses written out in a line', () => {
  test.each([
    [
      'https://harbour-post.example/2026/03/ferry-timetable-changes',
      ['https://harbour-post.example/2026/03/ferry-timetable-changes'],
    ],
    [
      'Gefunden auf www.talbote.example/region/4471-bruecke-gesperrt.',
      ['https://www.talbote.example/region/4471-bruecke-gesperrt'],
    ],
    ['(https://kuzey-haber.example/yerel/88123)', ['https://kuzey-haber.example/yerel/88123']],
    [
      '「https://shimbun-minato.example/articles/20260311.html」',
      ['https://shimbun-minato.example/articles/20260311.html'],
    ],
    [
      'مصدر الخبر https://sahil-news.example/ar/2026/05/12/رصيف-الميناء.',
      ['https://sahil-news.example/ar/2026/05/12/%D8%B1%D8%B5%D9%8A%D9%81-%D8%A7%D9%84%D9%85%D9%8A%D9%86%D8%A7%D8%A1'],
    ],
    // No scheme: a path after a host whose suffix is a real one.
    ['bao-mien-nui.com.vn/tin-tuc/12345.html', ['https://bao-mien-nui.com.vn/tin-tuc/12345.html']],
    ['prices from krishi-bhav.in/?p=2211.', ['https://krishi-bhav.in/?p=2211']],
    [
      'two: https://a-paper.example/x-1 and www.b-paper.example/y-2',
      ['https://a-paper.example/x-1', 'https://www.b-paper.example/y-2'],
    ],
  ])('%s', (line, want) => {
    expect(urls(line)).toEqual(want);
  });

  test.each([
    ['an e-mail address', 'write to desk@harbour-post.co.uk/ or call'],
    ['a file name with no real suffix', 'see node.js/docs and e.g./ here'],
    ['a host with no path and no scheme', 'harbour-post.co.uk'],
    ['a fraction or a date', '12/05/2026 and 3.5/10'],
  ])('nothing in %s', (_name, line) => {
    expect(urls(line)).toEqual([]);
  });

  test('the raw address and where it stands in the line', () => {
    expect(writtenAddresses('Quelle www.rive.example/a-b-c.')).toEqual([
      { raw: 'www.rive.example/a-b-c', url: 'https://www.rive.example/a-b-c', start: 7, end: 29 },
    ]);
  });

  test('pathological input stays fast: long runs of dots, slashes, letters and address prefixes', () => {
    const inputs = [
      '.'.repeat(100_000),
      '/'.repeat(100_000),
      'a'.repeat(100_000),
      'a.'.repeat(50_000),
      `${'ab-'.repeat(30_000)}.com/`,
      'www.'.repeat(25_000),
      'http://'.repeat(20_000),
      `${'x.co/'.repeat(20_000)}`,
      `${'abc.def.'.repeat(12_000)}com`,
    ];
    const start = Date.now();
    for (const line of inputs) writtenAddresses(line);
    expect(Date.now() - start).toBeLessThan(1500);
    expect(writtenAddresses('x.co/'.repeat(20_000)).length).toBeLessThanOrEqual(8);
  });
});
