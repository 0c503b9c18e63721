/**
 * An outlet glued after a paragraph's last sentence with a slash ("… lajme./Outlet"): read as the item's source at
 * the article's edges; a photographer's credit, a date, "and/or" and the page's own name are not one.
 */
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readSlashCredit } from './readSlashCredit.ts';
import { scanPage } from './scanPage.ts';
import { textToDocument } from '../text/textToDocument.ts';

const SENTENCE = 'Bujqit e luginës thanë se korrja e grurit këtë vit ishte më e mirë se sa pritej nga të gjithë';
const parse = (html: string, _url: string) => parseHTML(html).document as unknown as Document;
const claimsOf = (text: string, url = 'https://lajme-rajoni.example/2024/korrja') =>
  scanPage(textToDocument(text, url, parse), url).claims.map((c) => c.value);

describe('readSlashCredit', () => {
  test.each([
    [`${SENTENCE}./Gazeta Jugu`, 'Gazeta Jugu'],
    [`${SENTENCE}.’/Radio Veriu`, 'Radio Veriu'],
    [`${SENTENCE}. / Lajmi Ditor`, 'Lajmi Ditor'],
    [`${SENTENCE}!/lajmet-sot.al`, 'lajmet-sot.al'],
    [
      `The council approved the budget for the new harbour after a long debate on Tuesday./Coastal Herald`,
      'Coastal Herald',
    ],
  ])('%s', (line, name) => {
    expect(readSlashCredit(line)).toBe(name);
  });

  test.each([
    ['a photographer credit before a picture subject', 'Jono Petraičio / ELTA nuotr./Ona Kazlauskienė'],
    ['no stop before the slash', `${SENTENCE} and/or Other`],
    ['a date', `${SENTENCE} 12./13. maj`],
    ['a number after the slash', `${SENTENCE}./2024`],
    ['a clause after the slash', `${SENTENCE}./Ai tha se nuk pranon asgjë`],
    ['the slash mid-line', `${SENTENCE}./Gazeta Jugu shkruan më tej për të`],
    ['a unit', 'The train reached 320 km/h. on the new line between the two cities, the operator said'],
  ])('not a credit: %s', (_, line) => {
    expect(readSlashCredit(line)).toBeNull();
  });
});

describe('the slash precheck refuses no credit', () => {
  // Lines written for this test: the credit after a closing quote or bracket, set off by tabs, padded at the end, and
  // closing a paragraph longer than the tail the pattern reads. Each must reach the reader.
  test.each([
    [`${SENTENCE}.»)/Zëri i Fushës`, 'Zëri i Fushës'],
    [`${SENTENCE}.\t/\tGazeta Jugu   `, 'Gazeta Jugu'],
    [`${SENTENCE}. ${SENTENCE}. ${SENTENCE}?/lajme-fushe.al`, 'lajme-fushe.al'],
  ])('%s', (line, name) => {
    expect(readSlashCredit(line)).toBe(name);
  });

  test('a line with no slash names no one', () => {
    expect(readSlashCredit(`${SENTENCE}. Gazeta Jugu`)).toBeNull();
    expect(readSlashCredit(`${SENTENCE}.／Gazeta Jugu`)).toBeNull();
  });
});

describe('through the scan', () => {
  const page = (last: string) => `Korrja e grurit\n\n${SENTENCE}. ${SENTENCE}.\n\n${last}`;

  test('the last paragraph closed by an outlet names the source', () => {
    expect(claimsOf(page(`${SENTENCE}./Gazeta Jugu`))).toContain('Gazeta Jugu');
  });

  test('a picture credit after the slash is no source', () => {
    expect(claimsOf(page(`${SENTENCE}./Foto: Agim Zeqiri`))).toEqual([]);
  });

  test('the page naming itself is no claim', () => {
    expect(claimsOf(page(`${SENTENCE}./Lajme Rajoni`), 'https://lajmerajoni.example/2024/korrja')).toEqual([]);
  });
});

describe('pathological input stays bounded', () => {
  test('long lines of stops and slashes', () => {
    const lines: string[] = ['Title'];
    for (let i = 0; i < 2000; i++)
      lines.push(i % 2 ? `${'./'.repeat(300)}${'A b '.repeat(40)}` : `${'x. '.repeat(100)}/${'Yy '.repeat(60)}`);
    const url = 'https://hostile.example/x';
    const started = performance.now();
    scanPage(textToDocument(lines.join('\n'), url, parse), url);
    for (const l of lines) readSlashCredit(l);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
