import { describe, expect, test } from 'vitest';
import { packGuards } from './packGuards.ts';
import { packsForTexts } from '../../signals/packsForPage.ts';

/** Packs written in a script other packs write in too: their words must guard them, or every page in it compiles them. */
const SHARED_SCRIPT_PACKS = [
  ...['mk', 'kk', 'be', 'mn', 'uz', 'ne'],
  ...['az', 'lt', 'lv', 'is', 'sl', 'et', 'sq', 'ca', 'eu', 'tl', 'so', 'ha', 'cy', 'af'],
  ...['ky', 'tg', 'mr', 'ps'],
  ...['bs', 'gl', 'fo', 'ku', 'tk', 'mt', 'ga', 'yo', 'zu', 'ceb'],
];

describe('pack guards', () => {
  test.each(SHARED_SCRIPT_PACKS)('%s is guarded by its words, never by its script alone', (code) => {
    const guards = packGuards().get(code);
    expect(guards).toBeDefined();
    expect([...guards!.scripts]).toEqual([]);
    expect(guards!.words.length).toBeGreaterThan(10);
  });

  test.each([
    ['Russian', 'Об этом сообщает агентство ТАСС со ссылкой на источники в правительстве. Подробнее читайте на сайте.'],
    ['Serbian', 'Како преноси агенција Танјуг, председник је рекао да ће влада донети одлуку.'],
    ['English', 'The council approved the new bridge on Monday, the agency reported, according to a statement.'],
    ['Vietnamese', 'Theo báo Thanh Niên, sáng nay UBND tỉnh đã họp để bàn về dự án.'],
    ['Hindi', 'पुलिस के मुताबिक, घटना सुबह हुई। पूरी खबर पढ़ें।'],
  ])('a %s page does not compile the new Cyrillic, Devanagari and Latin packs', (_name, text) => {
    const codes = packsForTexts([text]).codes;
    for (const code of SHARED_SCRIPT_PACKS) expect(codes.has(code), code).toBe(false);
  });

  test.each([
    ['mk', 'Како што јавува МИА, владата ја усвои одлуката.'],
    ['kk', 'Бұл туралы Kazinform тілшісіне айтты, деп хабарлайды агенттік.'],
    ['be', 'Як паведамляе Радыё Свабода, урад прыняў рашэнне.'],
    ['mn', 'МОНЦАМЭ-гийн мэдээлснээр Засгийн газар шийдвэр гаргажээ.'],
    ['az', 'APA-ya istinadən xəbər verir ki, hökumət qərar qəbul edib.'],
  ])('a %s page compiles its pack without declaring its language', (code, text) => {
    expect(packsForTexts([text]).codes.has(code)).toBe(true);
  });
});
