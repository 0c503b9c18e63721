/**
 * Reference-style citations of the one article a page carries (issue 11, family 6): author, quoted headline, then
 * the periodical with its date or page; or author, bracketed date, headline sentence, periodical. Authors, headlines
 * and papers are our own, in several languages; the hard negatives are a reference list citing many outlets, a
 * citation of a report with no periodical, and a line that only looks like a headline in quotes.
 */
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { textToDocument } from '../text/textToDocument.ts';
import { clippingMatchers } from './readClipping.ts';
import { DATED_HEAD, QUOTED_HEAD, readCitation } from './readCitation.ts';
import { scanPage } from './scanPage.ts';

const parse = (html: string, _url: string) => parseHTML(html).document as unknown as Document;
const BODY =
  'The lighthouse keepers voted on Friday to hand the old tower to the town, which plans to open it to visitors.';
const NO_PAGE = { blocks: [] } as unknown as Parameters<typeof readCitation>[0];

function sourcesOf(lines: string[], url = 'https://cape-walkers.example/2020/06/tower') {
  const text = ['Tower handed over', '', BODY, '', BODY, '', ...lines].join('\n');
  const s = scanPage(textToDocument(text, url, parse), url);
  return s.signals.filter((x) => x.kind === 'source-line').map((x) => x.target);
}

describe('a citation names the periodical the article ran in', () => {
  test.each([
    [
      'en, quoted headline',
      'Ames, Ruth. “Keepers hand over tower.” Cape Examiner, 5 June 2020, p. B2.',
      'Cape Examiner',
    ],
    ['en, bracketed date', 'Ames, R. (2020, June 5). Keepers hand over tower. Cape Examiner, p. B2.', 'Cape Examiner'],
    ['de, „…“ headline', 'Brandt, Ole: „Leuchtturm geht an die Stadt“. Kap-Anzeiger, 5.6.2020, S. 7.', 'Kap-Anzeiger'],
    [
      'es, bracketed date',
      'Ruiz, M. (2020, 5 de junio). El faro pasa al pueblo. Heraldo del Cabo, p. 12.',
      'Heraldo del Cabo',
    ],
    [
      'fr, «…» headline',
      'Roux, Léa. « Le phare cédé à la ville ». Le Cap Républicain, 5 juin 2020, p. 9.',
      'Le Cap Républicain',
    ],
  ])('%s', (_label, line, paper) => {
    expect(readCitation(NO_PAGE, line)?.name).toBe(paper);
    expect(sourcesOf([line])).toContain(paper);
  });
});

describe('not the page source', () => {
  test('a reference list citing many outlets names none of them', () => {
    expect(
      sourcesOf([
        'Ames, Ruth. “Keepers hand over tower.” Cape Examiner, 5 June 2020, p. B2.',
        '',
        'Lind, Per. “Towers and towns.” Northern Ledger, 2 May 2019, p. 4.',
      ]),
    ).toEqual([]);
  });

  test.each([
    ['a report with no periodical', 'Ames, R. (2020). Lighthouses of the cape. Harbour Trust.'],
    ['a quote in a sentence', 'She said “we will keep the lamp lit” on 5 June 2020 at the pier.'],
    ['a date alone after a headline', 'Ames, Ruth. “Keepers hand over tower.” 5 June 2020.'],
  ])('%s', (_label, line) => {
    expect(readCitation(NO_PAGE, line)).toBeNull();
    expect(sourcesOf([line])).toEqual([]);
  });
});

test('pathological citations stay fast: quotes that never close, brackets that never close', () => {
  const big = (s: string) => s.repeat(Math.ceil(50_000 / s.length));
  const inputs = [big('Ames, “'), big('Ames (2020 '), `${big('a ')}“x” `, big('(2020). a. '), big('“a” ')];
  // Compiled outside the budget: the first use builds every pack's matchers.
  readCitation(NO_PAGE, 'Ames, R. (2020). A. Cape Examiner, p. 2.');
  clippingMatchers();
  const started = performance.now();
  for (const t of inputs) {
    // The heads on the whole text (past readCitation's cap), then the reader as the scan calls it.
    QUOTED_HEAD.exec(t);
    DATED_HEAD.exec(t);
    readCitation(NO_PAGE, t);
    sourcesOf([t.slice(0, 2000)]);
  }
  expect(performance.now() - started).toBeLessThan(5000);
});
