import { describe, expect, it } from 'vitest';
import { repairMojibake } from './repairMojibake.ts';

/** What a page shows when its UTF-8 bytes are read as Windows-1252. */
const asCp1252 = (s: string) => new TextDecoder('windows-1252').decode(new TextEncoder().encode(s));

/** Encodes text in a legacy CJK charset by searching the byte pairs that decode to each character (tests only). */
function encodeLegacy(text: string, charset: string): Uint8Array {
  const dec = new TextDecoder(charset);
  const map = new Map<string, number[]>();
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      const c = dec.decode(new Uint8Array([a, b]));
      if (c.length === 1 && !map.has(c)) map.set(c, [a, b]);
    }
  const out: number[] = [];
  for (const ch of text) out.push(...(ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (map.get(ch) ?? [0x3f])));
  return new Uint8Array(out);
}
const asLatin1 = (bytes: Uint8Array) => new TextDecoder('windows-1252').decode(bytes);

describe('repairMojibake: UTF-8 read as Windows-1252', () => {
  const cases: [string, string][] = [
    ['Vietnamese', 'Tiếp tục thực hiện Quy chế dân chủ ở cơ sở tỉnh An Giang'],
    ['French', 'Le président a annoncé une réforme des retraites à l’Élysée'],
    ['German', 'Die Bundesregierung äußerte sich über die Lösung für Großstädte'],
    ['Russian', 'Москва объявила о новых мерах поддержки'],
    ['Portuguese quotes', 'Ele disse: “não há acordo” após a reunião'],
    ['one three-byte sequence in a short line', 'Nguồn: https://baoangiang.com.vn/a.html'],
  ];
  it.each(cases)('%s', (_label, original) => {
    const broken = asCp1252(original);
    expect(broken).not.toBe(original);
    const r = repairMojibake(broken);
    expect(r.text).toBe(original);
    expect(r.charset).toBe('utf-8');
    expect(r.repairs).toBeGreaterThanOrEqual(1);
    expect(broken).toContain(r.sample?.slice(0, 10));
  });
});

describe('repairMojibake: legacy CJK read as Latin-1', () => {
  const cases: [string, string, string][] = [
    ['Korean in EUC-KR', '서울에서 열린 회의에서 정부는 새로운 정책을 발표했다', 'euc-kr'],
    ['Chinese in GBK', '中国国家统计局今天发布了最新的经济数据，显示工业生产增长', 'gbk'],
    ['Japanese in Shift-JIS', '東京で開かれた会議で政府は新しい政策を発表した', 'shift_jis'],
  ];
  it.each(cases)('%s', (_label, original, charset) => {
    const broken = asLatin1(encodeLegacy(original, charset));
    const r = repairMojibake(broken);
    expect(r.text).toBe(original);
    expect(r.charset).toBe(charset);
  });
});

describe('repairMojibake with a lost byte', () => {
  it('a Korean page whose soft-hyphen byte (0xAD) was dropped is still read, with one broken character', () => {
    const original =
      '서울시교육청은 공무원들의 업무 투명성을 높이기 위해 제도를 운영한다고 5일 밝혔다. 정부는 새로운 정책을 발표했다';
    const broken = asLatin1(encodeLegacy(original, 'euc-kr')).replace(/\u00ad/g, '');
    const r = repairMojibake(broken);
    expect(r.charset).toBe('euc-kr');
    expect(r.text).toContain('공무원들의 업무 투명성을 높이기');
  });
});

describe('repairMojibake leaves honest text alone', () => {
  const honest = [
    'Un «café» et un thé, s’il vous plaît',
    'ASCII only, nothing to do here',
    'Tiếp tục thực hiện Quy chế dân chủ',
    'Ø and Å in Danish: Århus, Ølstykke, Ærø, fødselsdag',
    'Ã© alone once', // one two-byte broken-looking sequence is not enough evidence
    'Voilà€ ok', // a lead and a continuation that do not decode
    'Preis: 10 € · Größe: M',
    '서울에서 열린 회의',
    'Íslensk orð: þú, ég, ást, það, Íslandsbanki hóf söluna',
  ];
  it.each(honest)('%s', (text) => {
    expect(repairMojibake(text)).toEqual({ text, charset: null, repairs: 0, sample: null });
  });
});

describe('repairMojibake stays linear', () => {
  it('1 MB of hostile text finishes well under 2 s', () => {
    // Above the cap it is refused at once; just under it, every sequence is looked at once.
    const hostile = [
      'Ã'.repeat(1_000_000),
      'Ã©'.repeat(500_000),
      'Ã©'.repeat(99_000),
      'Ã'.repeat(199_000),
      '\u00e1\u00ba'.repeat(99_000),
      '\u00c7\u00d1'.repeat(99_000),
    ];
    const start = Date.now();
    for (const t of hostile) repairMojibake(t);
    expect(Date.now() - start).toBeLessThan(5000); // linear: ~0.3 s alone (with the CI run beside it); a quadratic repair took minutes. Generous for a loaded machine.
  });
});
