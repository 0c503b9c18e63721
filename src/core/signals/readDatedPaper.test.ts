/**
 * Clipping lines with no lead verb (issue 11, family 6): a periodical, its date and where in it the text stood, in
 * each language's order and abbreviations. Wording, outlets and languages of our own; the hard negatives are lines
 * shaped alike that name no periodical: a byline and its date, a section's date line, a category, a masthead's serial
 * numbers, a time of day, a page naming itself.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { LANGUAGE_PACKS } from '../data/lang/languagePacks.ts';
import { textToDocument } from '../text/textToDocument.ts';
import { readDatedPaperLine } from './readDatedPaper.ts';
import { markSource } from './clippingMarks.ts';
import { scanPage } from './scanPage.ts';

const parse = (html: string, _url: string) => parseHTML(html).document as unknown as Document;
const BODY =
  'The harbour board agreed on Monday to close the old ferry pier, ending a service that had run since the war.';

// The first scan of a process compiles every pack's matchers (seconds on a loaded machine): done once here, with its
// own generous timeout, so that no single test below carries it.
beforeAll(() => {
  scanPage(
    parseHTML('<html><body><article><p>warm-up</p></article></body></html>').document as unknown as Document,
    'https://warm.example/a',
  );
}, 120_000);

describe('a dated periodical names the paper, in each order', () => {
  test.each([
    ['en, paper, date, page', 'The Hindu, 3 May 2019, p. 6', 'The Hindu'],
    ['en, date first, then the paper', '12 March 2018 — The Guardian', 'The Guardian'],
    ['en, a "from" word and the paper', 'From the Hindu, 14 June 2016, page 9', 'the Hindu'],
    [
      'en, an unknown capitalised paper with its page',
      'Harbour Weekly Courier, 2 April 2011, p. 14',
      'Harbour Weekly Courier',
    ],
    ['fr, an article noun and "du"', 'Article Le Figaro du 12/05/2017', 'Le Figaro'],
    ['fr, lower-case article kept', 'Article le Figaro du 12/05/2017', 'le Figaro'],
    ['de, "vom", an abbreviated weekday, "S."', 'Der Tagesspiegel vom Sa. 4.5.2019, S. 3', 'Der Tagesspiegel'],
    ['nl, "uit de" keeps the article', 'Artikel uit de Volkskrant van 2/3/2012:', 'de Volkskrant'],
    ['ru, a quoted paper and its issue', '«Новая газета», 12 марта 2015, №27', 'Новая газета'],
    ['ko, date first, paper, page', '2019년 5월 3일 한겨레신문 6면', '한겨레신문'],
    ['zh, date first, paper, edition page', '2019.05.03 人民日报 第6版', '人民日报'],
    ['pt, paper, date, section page', 'Jornal do Commercio, 3/5/2019, caderno 2', 'Jornal do Commercio'],
  ])('%s', (_, line, paper) => {
    expect(readDatedPaperLine(line)?.name).toBe(paper);
  });
});

describe('lines shaped alike that name no periodical', () => {
  test.each([
    ['a byline and its date', 'Jane Roe, 3 May 2019'],
    ['a weekday and a date', 'Monday, 3 May 2019'],
    ['a section line', 'Posted in Sport on 6 April 2020'],
    ['a category with a page', 'Category: Sport, 3 May 2019 page 2'],
    ['a masthead of serial numbers', 'Saturday, 21 de March de 2020 ISSN 1234-5678 - Ano 12 - nº 88'],
    ['a time of day after the date', '13. apr 2019 o 17:53 Gazette'],
    ['a capitalised event and a year', 'Los Premios de la Ciudad del 2024'],
    ['a sentence going on after the date', 'Uit de Volkskrant van 2/3/2012 plus wat we zelf zagen:'],
    ['an unknown name with no page mark', 'Harbour Weekly Courier, 2 April 2011'],
    ['no date', 'The Hindu, page 6'],
    ["a page's own issue line: a mark's word is no paper", 'Issue No. 123, 3 May 2019'],
    ['a volume and its date', 'Volume 12, 3 May 2019, p. 4'],
    ['a rights line (the boilerplate reader reads it)', '© 2019 The Hindu'],
  ])('%s', (_, line) => {
    expect(readDatedPaperLine(line)).toBeNull();
  });
});

/** A text page: a title, the clipping line on top, the body. */
function targetsOf(top: string, url = 'https://ferry-friends.example/2019/05/pier') {
  const text = ['Pier to close', '', top, '', BODY, '', BODY].join('\n');
  const s = scanPage(textToDocument(text, url, parse), url);
  return s.signals.filter((x) => x.kind === 'source-line').map((x) => x.target);
}

describe('on a page', () => {
  test('a clipping line on top names the paper', () => {
    expect(targetsOf('The Guardian, 3 May 2019, p. 6')).toContain('The Guardian');
  });

  test("a paper's own dated masthead names the page itself", () => {
    expect(targetsOf('The Guardian, 3 May 2019, p. 6', 'https://www.theguardian.com/uk/2019/may/03/pier')).toEqual([]);
  });
});

describe('clippingMarks in the packs', () => {
  test('every pack writes marks, and each compiles', () => {
    for (const pack of LANGUAGE_PACKS) {
      expect(pack.clippingMarks.length, pack.code).toBeGreaterThan(0);
      for (const p of pack.clippingMarks)
        expect(() => new RegExp(markSource(p), 'iu'), `${pack.code}: ${p}`).not.toThrow();
    }
  });

  test('pathological input stays fast: runs of marks, dates, digits and capitals', () => {
    const inputs = [
      'p. 4 '.repeat(5000),
      '3 May 2019 '.repeat(3000),
      `${'Aa '.repeat(20_000)}3 May 2019`,
      '1'.repeat(50_000),
      `${'第1版'.repeat(10_000)}人民日报`,
      `«${'x'.repeat(30_000)}`,
    ];
    const started = performance.now();
    for (const t of inputs) {
      readDatedPaperLine(t);
      readDatedPaperLine(t.slice(0, 119));
      targetsOf(t.slice(0, 2000));
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
