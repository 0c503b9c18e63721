/**
 * A heading naming the outlet beside a section or a title (issue 11): "Channel: Outlet | Section", "Outlet - Section",
 * "Title – Outlet", "Category: Outlet Section". Outlets the directory knows that no dev page is about; sections,
 * titles and labels invented here.
 */
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readTitledOutlet } from './readTitledOutlet.ts';
import { scanPage } from './scanPage.ts';
import { textToDocument } from '../text/textToDocument.ts';

const parse = (html: string, _url: string) => parseHTML(html).document as unknown as Document;
const SENT =
  'De gemeenteraad keurde gisteren het plan goed om de oude haven om te bouwen tot een park met speelplaatsen.';
const claimsOf = (heading: string, url = 'https://nieuws-spiegel.example/2024/haven') =>
  scanPage(textToDocument(`${heading}\n\n${SENT} ${SENT}\n\n${SENT}\n\n${SENT}`, url, parse), url).claims.map(
    (c) => c.value,
  );

describe('readTitledOutlet', () => {
  test.each([
    ['Feed: Le Soir | Économie', 'Le Soir'],
    ['Kanava: Der Standard » Inland', 'Der Standard'],
    ['Der Standard - Wirtschaft', 'Der Standard'],
    ['Le Soir: Régions', 'Le Soir'],
    ['Le Soir · Société · Bruxelles', 'Le Soir'],
    ['Nieuwe haven wordt een park – Kathimerini', 'Kathimerini'],
    ['Nieuwe haven wordt een park | Der Standard', 'Der Standard'],
    ['Rubrik: Der Standard Inland', 'Der Standard'],
    ['Kategori: RTÉ News', 'RTÉ'],
  ])('%s', (line, outlet) => {
    expect(readTitledOutlet(line)).toBe(outlet);
  });

  test.each([
    // A headline after the outlet cites it for a fact; a section or a person or a date alone; a photo credit; a data
    // source; two outlets; an outlet inside a title's words; a label and a name the directory does not know.
    ['Le Soir: la ville annonce un nouveau parc près du port'],
    ['Économie'],
    ['Jan de Vries'],
    ['12 mei 2024'],
    ['Foto: Jan de Vries/Le Soir'],
    ['Photo: Le Soir | Archives'],
    ['Bron: Eurostat | Cijfers'],
    ['Le Soir - Der Standard'],
    ['Waarom Le Soir zijn haven verdedigt - Opinie'],
    ['Feed: Havenblad | Nieuws'],
    ['Feed: Der Standard schreibt über den Hafen'],
  ])('no outlet: %s', (line) => {
    expect(readTitledOutlet(line)).toBeNull();
  });
});

describe('through the scan', () => {
  test("a mirror's heading names the outlet it copies", () => {
    expect(claimsOf('Der Standard - Wirtschaft')).toContain('Der Standard');
  });

  test("the page's own title and outlet is no claim", () => {
    expect(claimsOf('Nieuwe haven wordt een park – Kathimerini', 'https://www.ekathimerini.com/2024/haven')).toEqual(
      [],
    );
  });

  test('the same line mid-text is no heading', () => {
    const url = 'https://nieuws-spiegel.example/2024/haven';
    const text = `Nieuwe haven\n\n${SENT} ${SENT}\n\n${SENT} ${SENT}\n\nDer Standard - Wirtschaft\n\n${SENT} ${SENT}\n\n${SENT} ${SENT}\n\n${SENT}`;
    expect(scanPage(textToDocument(text, url, parse), url).claims.map((c) => c.value)).toEqual([]);
  });
});

describe('pathological input stays bounded', () => {
  test('runs of separators, colons and capitals', () => {
    const inputs = [
      ' - '.repeat(20_000),
      `${'Ab: '.repeat(20_000)}Le Soir`,
      `Feed: ${'Le Soir | '.repeat(20_000)}`,
      `${'—'.repeat(50_000)} Le Soir`,
      `Kanal: ${'Aa '.repeat(30_000)}`,
      ` ${' ·'.repeat(30_000)}x`,
    ];
    const started = performance.now();
    for (const t of inputs) readTitledOutlet(t);
    const url = 'https://hostile.example/x';
    scanPage(textToDocument(`${' - '.repeat(60)}Le Soir\n\n${'x - '.repeat(20_000)}`, url, parse), url);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
