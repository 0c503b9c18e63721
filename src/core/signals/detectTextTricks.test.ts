import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { scanPage } from './scanPage.ts';

const pad = (s: string, c: string) => [...s].map((ch) => (/\p{L}/u.test(ch) ? ch + c : ch)).join('');
const asCp1252 = (s: string) => new TextDecoder('windows-1252').decode(new TextEncoder().encode(s));
const BODY = [
  'Sáng 7/4, Thường trực Ban Chỉ đạo Quy chế dân chủ ở cơ sở tỉnh An Giang tổ chức Hội nghị tổng kết công tác năm.',
  'Năm 2022, Quy chế dân chủ ở cơ sở tiếp tục được các cơ quan, đơn vị triển khai thực hiện nghiêm túc và hiệu quả.',
];
const SOURCE = 'Nguồn: https://baoangiang.com.vn/tiep-tuc-a359678.html';
const page = (paragraphs: string[]) =>
  `<html lang="vi"><head><title>Tin</title></head><body><article><h1>Tiếp tục</h1><div class="entry-content">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></article></body></html>`;
const scan = (html: string) =>
  scanPage(parseHTML(html).document as unknown as Document, 'https://tin-nhanh.example/tiep-tuc/');

describe('obfuscated and mis-decoded page text', () => {
  const cases: [string, (s: string) => string, string | null][] = [
    ['every letter padded with U+034F', (s) => pad(s, '\u034f'), 'obfuscated-text'],
    ['every letter padded with zero-width spaces', (s) => pad(s, '\u200b'), 'obfuscated-text'],
    ['soft hyphens between letters', (s) => pad(s, '\u00ad'), 'obfuscated-text'],
    ['UTF-8 read as Windows-1252', asCp1252, 'mis-decoded-text'],
    ['honest text', (s) => s, null],
  ];
  it.each(cases)('%s: the source line is still read, the trick reported', (_label, trick, kind) => {
    const result = scan(page([...BODY, SOURCE].map(trick)));
    expect(result.claims[0]?.value).toBe('https://baoangiang.com.vn/tiep-tuc-a359678.html');
    const tricks = result.signals.filter((s) => s.kind === 'obfuscated-text' || s.kind === 'mis-decoded-text');
    expect(tricks.map((s) => s.kind)).toEqual(kind ? [kind] : []);
    if (kind) expect(result.page.blocks.map((b) => b.text).join(' ')).toContain('Thường trực Ban Chỉ đạo');
  });

  it('look-alike letters swapped into words are reported and undone', () => {
    const swapped = [
      'Thе Prеsident оf thе cоuncil annоunced thе plan оn Mоnday in Brussеls, officials said.',
      'It was the second such plan this year, after a long debate about the budget and its rules.',
    ];
    const result = scan(page(swapped));
    expect(result.signals.map((s) => s.kind)).toContain('obfuscated-text');
    expect(result.page.blocks.some((b) => b.text.startsWith('The President of the council announced'))).toBe(true);
  });

  it('a few soft hyphens in long German words are not a trick', () => {
    const german = [
      'Die Bundes\u00adregierung hat die Verkehrs\u00adwende beschlossen, sagte die Sprecherin am Montag in Berlin.',
      'Die Entscheidung fiel nach langen Verhandlungen zwischen den Koalitionsparteien.',
    ];
    expect(scan(page(german)).signals.filter((s) => s.kind === 'obfuscated-text')).toEqual([]);
  });
});
