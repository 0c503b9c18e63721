import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { textToDocument } from '../text/textToDocument.ts';
import { scanPageData } from './scanPage.ts';
import { creditAbove, creditOf } from './creditAbove.ts';
import { findReadMore } from './findReadMore.ts';

const URL = 'https://morning-briefing-blog.example/2026/03/items';
const parse = (html: string) => parseHTML(html).document as unknown as Document;
/** A text capture (no links, no markup), as the real-page sets keep pages. */
const capture = (text: string) => readPage(textToDocument(text, URL, parse), URL);

// Items written for these tests: a heading crediting the outlet, an excerpt, a bare read-more line.
const ITEM_EN = [
  'Friday, March 6, 2026',
  '',
  'The Hindu: “Monsoon forecast revised as ocean temperatures climb”',
  '',
  '“The weather office revised its monsoon forecast on Thursday, citing warmer sea surface temperatures.',
  '',
  'Farmers in the southern states were advised to delay sowing by a week.”',
  'Keep reading',
];

describe('findReadMore: a bare read-more line takes the credit above its excerpt (text captures keep no links)', () => {
  test.each([
    ['en, "Outlet: headline"', ITEM_EN.join('\n'), 'The Hindu'],
    [
      'de, "headline | Outlet", other items after',
      [
        'Presseschau',
        '',
        'Neue Fährpläne für die Nordsee | Der Spiegel',
        '',
        'Die Reedereien haben am Dienstag neue Fahrpläne vorgestellt, die ab April gelten sollen.',
        'Weiterlesen',
        '',
        'Montag, 2. März 2026',
        '',
        'Ein zweiter Eintrag ohne Quelle und ohne Hinweis auf ein anderes Medium.',
      ].join('\n'),
      'Der Spiegel',
    ],
    [
      'pt, a host as the credit line',
      [
        'Resumo do dia',
        '',
        'Prefeitura anuncia obras nas pontes',
        'jornal-da-ponte.example',
        '',
        'A prefeitura anunciou nesta terça-feira um novo calendário de obras para as pontes da zona norte.',
        '',
        'Continue lendo',
      ].join('\n'),
      'jornal-da-ponte.example',
    ],
    [
      'masthead "Outlet | Section" credited as written',
      [
        'Channel mirror',
        '',
        'Deutsche Welle | Kultur',
        '',
        'Das Museum öffnet nach zwei Jahren Umbau wieder seine Türen für Besucher aus aller Welt.',
        '',
        'Weiterlesen',
      ].join('\n'),
      'Deutsche Welle | Kultur',
    ],
  ])('%s', (_name, text, claimed) => {
    const found = findReadMore(capture(text));
    expect(found.map((f) => f.claim.value)).toEqual([claimed]);
  });

  test.each([
    [
      'no credit above',
      ['Notes', '', 'The ferries will run on a new timetable from April, the council said.', 'Keep reading'],
    ],
    [
      'an outlet inside a headline, not a part of its own',
      [
        'Notes',
        '',
        'Why the Hindu weekly edition moved online',
        '',
        'A long paragraph about the move follows here.',
        'Keep reading',
      ],
    ],
    [
      'a lower-case word that spells a publisher',
      [
        'Notas',
        '',
        'el país: crece la economía del norte',
        '',
        'La economía creció un dos por ciento este trimestre.',
        'Seguir leyendo',
      ],
    ],
    [
      'the credit is a long sentence, not a credit line',
      [
        'Notes',
        '',
        `Der Spiegel: ${'a headline that goes on and on without end '.repeat(6)}`,
        '',
        'The paragraph.',
        'Keep reading',
      ],
    ],
  ])('%s: no claim', (_name, lines) => {
    expect(findReadMore(capture(lines.join('\n')))).toEqual([]);
  });

  test('the page naming itself: its own brand credited above is dropped by the scan', () => {
    const own = 'https://www.thehindu.com/news/national/monsoon-forecast';
    const page = readPage(textToDocument(ITEM_EN.join('\n'), own, parse), own);
    expect(findReadMore(page).length).toBe(1);
    expect(scanPageData(page).claims).toEqual([]);
  });

  test('a bare read-more linked to the page’s own site is not credited from above', () => {
    const html = `<html><body><article><h1>Briefing</h1><p>The Hindu: “Monsoon forecast revised”</p><p>The weather office revised its forecast on Thursday, citing warmer seas.</p><p><a href="${URL}/full">Keep reading</a></p></article></body></html>`;
    expect(findReadMore(readPage(parse(html), URL))).toEqual([]);
  });
});

describe('creditOf: a line that is an outlet’s credit', () => {
  const page = capture('x');
  test.each([
    ['Le Monde', 'Le Monde'],
    ['Le Monde: “Une réforme adoptée”', 'Le Monde'],
    ['Une réforme adoptée - Le Monde', 'Le Monde'],
    ['harbour-gazette.example', 'harbour-gazette.example'],
  ])('%s', (line, claimed) => {
    expect(creditOf(page, line)?.value).toBe(claimed);
  });
  test.each([
    'Le Monde change de directeur et prépare une nouvelle formule',
    'le monde: une réforme',
    'A headline: a subtitle: another: and more: and more',
    'morning-briefing-blog.example',
  ])('%s: none', (line) => {
    expect(creditOf(page, line)).toBeNull();
  });

  test('hostile: long lines of separators and outlet-like words stay fast', () => {
    const start = Date.now();
    const lines = [`${'Le Monde | '.repeat(20000)}`, `${': '.repeat(50000)}`, `${'a - '.repeat(30000)}`];
    for (const l of lines) {
      creditOf(page, l);
      creditAbove(capture([l, '', l, 'Keep reading'].join('\n')), capture('x').blocks[0]!, l);
    }
    findReadMore(capture([...lines, 'Keep reading'].join('\n')));
    expect(Date.now() - start).toBeLessThan(3000);
  });
});
