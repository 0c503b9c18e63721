import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { textToDocument } from '../text/textToDocument.ts';
import { detectReadMore } from './detectReadMore.ts';
import { findOutletItems } from './findOutletItems.ts';
import { findReadMore } from './findReadMore.ts';
import { scanPageData } from './scanPage.ts';

const URL = 'https://feedreader-hub.example/source/12?page=3';
const parse = (html: string) => parseHTML(html).document as unknown as Document;
/** A text capture (no links, no markup), as the real-page sets keep pages. */
const capture = (text: string, url = URL) => readPage(textToDocument(text, url, parse), url);

// Paragraphs written for these tests.
const P1 =
  'The regional council approved a new budget for the ferry service on Tuesday, after weeks of debate with the island communities.';
const P2 =
  'Engineers began inspecting the old lighthouse on Wednesday; the survey is expected to take two months and cost less than planned.';
const P_ES =
  'El ayuntamiento aprobó el martes un nuevo calendario de obras para los puentes del norte de la ciudad tras semanas de debate.';
const P_CS =
  'Městská rada v úterý schválila nový jízdní řád přívozů po několika týdnech jednání s obyvateli ostrovů a rybáři z pobřeží.';

const items = (credit: (i: number) => string, paragraphs = [P1, P2]) =>
  paragraphs.map((p, i) => `Headline number ${i + 1} about the coast\n\n${credit(i)}\n\n${p}`).join('\n\n');

describe('findOutletItems: items credited to one outlet', () => {
  test.each([
    ['en, capitals, time ago', items(() => 'HARBOUR DAILY - 12 min ago'), 'HARBOUR DAILY', 'name'],
    [
      'es, name and date',
      items((i) => `Diario del Valle - Mié, 1${i}/03/2025 - 08:15`, [P_ES, P_ES]),
      'Diario del Valle',
      'name',
    ],
    ['cs, host and time ago', items((i) => `vltava.example Před ${i + 2} dny`, [P_CS, P_CS]), 'vltava.example', 'host'],
    [
      'a dated credit, then the outlet closing a title after a hash',
      `First headline\nRiverpost, 7 martie 2025 09:40\n${P1}\nSecond headline # Riverpost\n${P2}`,
      'Riverpost',
      'name',
    ],
    ['a host on a line of its own', items(() => 'riverpost.example'), 'riverpost.example', 'host'],
  ])('%s', (_name, text, value, type) => {
    const found = findOutletItems(capture(text));
    expect(found?.claim).toEqual({ value, type, via: 'source-line' });
    expect(found?.count).toBeGreaterThanOrEqual(2);
  });

  test('the evidence: a read-more signal naming the outlet, when the page has no read-more line', () => {
    const { signals, claims } = detectReadMore(capture(items(() => 'HARBOUR DAILY - 12 min ago')));
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ kind: 'read-more', target: 'HARBOUR DAILY' });
    expect(claims.map((c) => c.value)).toEqual(['HARBOUR DAILY']);
  });
});

describe('findOutletItems: what is not a per-outlet page', () => {
  test.each([
    ['an outlet’s own category page: a byline on every item', items(() => 'Jane Doe - 2 hours ago')],
    ['bylines in capitals', items(() => 'MAREK NOWAK - 3 hours ago')],
    ['a theme label on every item', items(() => 'Posted on 12/03/2024')],
    ['a name dated once only', items((i) => (i === 0 ? 'Riverpost - 2 hours ago' : 'Another line'))],
    ['no prose: a list of partner links', 'riverpost.example\nriverpost.example\nriverpost.example'],
    [
      'sentences that start with an outlet’s name are not titles',
      `NOS meldde dinsdag dat de veerdienst stopt.\n${P1}\nNOS zegt dat het onderzoek doorgaat.\n${P2}`,
    ],
  ])('%s', (_name, text) => {
    expect(findOutletItems(capture(text))).toBeNull();
  });

  test('the page’s own host on every item names nothing', () => {
    const own = 'https://riverpost.example/category/coast';
    expect(
      findOutletItems(
        capture(
          items(() => 'riverpost.example - 2 hours ago'),
          own,
        ),
      ),
    ).toBeNull();
  });

  test('the page’s own brand on every item is dropped by the scan', () => {
    const html = `<html><head><title>Coast – Harbour Daily</title><meta property="og:site_name" content="Harbour Daily"></head><body><main><h1>Coast</h1>${[P1, P2].map((p) => `<h2>A headline</h2><p>HARBOUR DAILY - 12 min ago</p><p>${p}</p>`).join('')}</main></body></html>`;
    const page = readPage(parse(html), 'https://harbourdaily.example/coast');
    expect(findOutletItems(page)?.claim.value).toBe('HARBOUR DAILY');
    expect(scanPageData(page).claims).toEqual([]);
  });
});

describe('findReadMore: a bare read-more line takes an item’s dated credit above it', () => {
  test.each([
    [
      'es, "Seguir leyendo"',
      `Titular de prueba\n\nDiario del Valle - Mié, 12/03/2025 - 08:15\n\n${P_ES}\n\nSeguir leyendo`,
      null,
    ],
    [
      'cs, a host, "Pokračovat ve čtení", a short page',
      `Titulek\n\nvltava.example Před 3 dny\n${P_CS}\nPokračovat ve čtení`,
      'vltava.example',
    ],
    [
      'de, a host, "Weiterlesen"',
      `Schlagzeile\n\nelbebote.example, 3. Mai 2024\n\n${P1}\n\nWeiterlesen`,
      'elbebote.example',
    ],
  ])('%s', (_name, text, value) => {
    const found = findReadMore(capture(text));
    // An unknown name dated once is not enough: the page's items must bear it out (two items or more).
    if (value === null) expect(found).toEqual([]);
    else expect(found.map((f) => f.claim.value)).toEqual([value]);
  });

  test('an unknown name dated over two items, each closed by a bare read-more line', () => {
    const text = [P_ES, P_ES]
      .map((p, i) => `Titular ${i + 1}\n\nDiario del Valle - Mié, 1${i}/03/2025 - 08:15\n\n${p}\n\nSeguir leyendo`)
      .join('\n\n');
    expect(findReadMore(capture(text)).map((f) => f.claim.value)).toEqual(['Diario del Valle', 'Diario del Valle']);
  });

  test('an outlet’s own category page: bylines with dates and its own "Read more" name nothing', () => {
    const text = [P1, P2]
      .map((p, i) => `Headline ${i + 1}\n\nJane Doe - ${i + 2} hours ago\n\n${p}\n\nRead more`)
      .join('\n\n');
    expect(findReadMore(capture(text))).toEqual([]);
  });
});

test('pathological input: many credit-like lines finish fast', () => {
  const text = Array.from({ length: 5000 }, (_, i) => `Outlet ${i % 7} - ${i % 59} min ago\n${'x'.repeat(120)}`).join(
    '\n',
  );
  const started = performance.now();
  findOutletItems(capture(text));
  expect(performance.now() - started).toBeLessThan(2000);
});

describe('hard negatives around an excerpt', () => {
  test('a related-links list under an article: titles and another site’s host, no item text next to them', () => {
    const text = `${P1}\n\n${P2}\n\n${P1}\n\nMore from the web\n\nWhy lighthouses matter\nriverpost.example\nFive ferries to ride\nriverpost.example\nThe quiet coast\nriverpost.example\nA new pier\nriverpost.example`;
    expect(findOutletItems(capture(text))).toBeNull();
  });

  test.each([
    ['a "Read more" that opens the rest of the same page', `<p><a href="${URL}#more">Read more</a></p>`],
    ['a "Read more" button', '<p><button type="button">Read more</button></p>'],
    ['pagination', `<p><a href="${URL.replace('page=3', 'page=4')}">Next page</a> · Page 3 of 9</p>`],
  ])('%s names nothing', (_name, line) => {
    const html = `<html><head><title>Coast</title></head><body><main><h1>Coast</h1><p>${P1}</p>${line}</main></body></html>`;
    const page = readPage(parse(html), URL);
    expect(findReadMore(page)).toEqual([]);
    expect(detectReadMore(page).claims).toEqual([]);
  });
});

test('a known outlet heading every title counts; a section named after a brand ("<Outlet> Finance") does not', () => {
  const titled = (head: (i: number) => string) => [P1, P2].map((p, i) => `${head(i)}\n\n${p}`).join('\n\n');
  expect(findOutletItems(capture(titled((i) => `Dainik Bhaskar नई रेल लाइन पर काम शुरू ${i}`)))?.claim.value).toBe(
    'Dainik Bhaskar',
  );
  expect(findOutletItems(capture(titled(() => 'NOS Finance')))).toBeNull();
});

test('a known outlet alone on its line (its logo’s text doubling it) heads its items', () => {
  const text = `Dainik Bhaskar Dainik Bhaskar\n\n${P1}\n\nDainik Bhaskar\n\n${P2}`;
  expect(findOutletItems(capture(text))?.claim.value).toBe('Dainik Bhaskar');
});

test('picture credits: an agency alone under each photo is no outlet of items', () => {
  const text = [P1, P2, P1].map((p) => `${p}\n\nGetty\n\n`).join('');
  expect(findOutletItems(capture(text))).toBeNull();
});
