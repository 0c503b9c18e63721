/**
 * Clipping and citation lines (issue 11, family 6) on text-only pages: a publication verb and "in" a periodical,
 * its date or page, before or after the text; "(from <paper>, <date>)". Wording, outlets and languages of our own;
 * the hard negatives are lines shaped alike that name no periodical: a section, a date alone, a letter's heading,
 * a bibliography, commentary citing a paper for a fact, a page naming itself.
 */
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { scanPage } from './scanPage.ts';
import { textToDocument } from '../text/textToDocument.ts';
import { endsWithDate } from './nameWithoutDate.ts';

const parse = (html: string, _url: string) => parseHTML(html).document as unknown as Document;
const BODY =
  'The council met on Tuesday evening to discuss the budget for the coming year, and the debate went on for hours.';

/** A text page: a title, the clipping line where given, the body, and a line after it where given. */
function claimsOf(top: string | null, end: string | null = null, url = 'https://parish-notes.example/2019/05/a') {
  const text = ['Budget night', '', ...(top ? [top, ''] : []), BODY, '', BODY, ...(end ? ['', end] : [])].join('\n');
  const s = scanPage(textToDocument(text, url, parse), url);
  return s.signals.filter((x) => x.kind === 'source-line').map((x) => x.target);
}

describe('a clipping line names the periodical, without its date', () => {
  test.each([
    [
      'en, a column and when it ran',
      'This column first appeared in The Irish Times on 12 April 2021.',
      'The Irish Times',
    ],
    ['en, an author between', 'An op-ed by Maria Lopez in The Straits Times, 4 March 2019', 'The Straits Times'],
    ['en, "published by … in"', 'The essay written by Omar Said in The Nation, 3 June 2015', 'The Nation'],
    ['en, "from" a quoted paper and a date', '(from “The Daily Star”, 3 May 2019)', 'The Daily Star'],
    ['fr, a column with a determiner', 'Une chronique parue dans Libération le 2 mars 2018', 'Libération'],
    [
      'fr, an aside before the date',
      'Un article paru dans Sud Ouest, hélas sans photo, du lundi 4 mai 2015',
      'Sud Ouest',
    ],
    ['fr, a lower-case paper with a date', 'article dans la dépêche du 5 juin', 'la dépêche'],
    ['fr, an author then the paper', 'Un article de Paul Martin pour Le Parisien.', 'Le Parisien'],
    ['it, an interview and its day', "Un'intervista pubblicata sul Messaggero del 4 aprile 2019", 'Messaggero'],
    [
      'it, by an author, then the paper',
      "L'articolo firmato da Anna Neri sul Mattino il giorno 2 maggio 2010",
      'Mattino',
    ],
    ['it, "from" a quoted paper', 'dal “Resto del Carlino”, 12/09/2014', 'Resto del Carlino'],
    [
      'es, an interview in a named daily',
      'Una entrevista publicada en el diario La Nación el 3 de mayo de 2017',
      'La Nación',
    ],
    ['pt, an extract from a paper', 'Texto extraído do Correio Braziliense, 9 de março de 2011', 'Correio Braziliense'],
    [
      'de, a comment that appeared',
      'Dieser Kommentar erschien in der Neuen Zürcher Zeitung vom 3. Mai 2019',
      'Neuen Zürcher Zeitung',
    ],
    ['ru, "from" a quoted paper', 'Из «Новой газеты», 12 марта 2015', 'Новой газеты'],
    ['pl, a text in quotes', 'Tekst ukazał się w „Gazecie Wyborczej” 3.05.2019', 'Gazecie Wyborczej'],
    ['nl, an article that appeared', 'Dit artikel verscheen in De Volkskrant van 3 mei 2019', 'De Volkskrant'],
    ['zh, an excerpt from a weekly in title marks', '摘自2018年3月1日《南方周末》', '南方周末'],
    // The kind of periodical before its name is no part of it, also when a contracted preposition took its article.
    [
      'it, "sul settimanale" before the name',
      'Articolo pubblicato sul settimanale La Voce del 3 marzo 2019',
      'La Voce',
    ],
    ['it, "sul quotidiano"', 'Intervista apparsa sul quotidiano Il Piccolo del 9 maggio 2018', 'Il Piccolo'],
    ['pt, "no jornal"', 'Artigo publicado no jornal Diário do Sul em 3 de maio de 2015', 'Diário do Sul'],
    ['en, "the weekly"', 'Article published in the weekly Harbour Times on 3 May 2019', 'Harbour Times'],
    [
      'en, a paper whose name starts with the noun',
      'Article published in The Weekly Standard on 3 May 2019',
      'The Weekly Standard',
    ],
  ])('%s', (_label, line, paper) => {
    expect(claimsOf(line)).toContain(paper);
  });

  test('at the end of the text too', () => {
    expect(claimsOf(null, 'Articolo apparso sulla Gazzetta di Parma del 9 ottobre 2016')).toContain(
      'Gazzetta di Parma',
    );
  });
});

/**
 * The family as the web writes it in other languages and orders: a mark between the paper and its date, the issue
 * after the name, a lead ending in the kind of periodical, a descriptor whose word starts the paper's name, and a
 * label the packs do not write before a known or quoted paper. Papers and wording are our own.
 */
describe('clipping lines in many languages, marks and issues around the date', () => {
  test.each([
    ['de, the issue between name and date', 'Erschienen in: Kap-Anzeiger, Ausgabe 41, 5.6.2020', 'Kap-Anzeiger'],
    [
      'pl, a quoted paper, its number, "r."',
      'Opublikowano w „Gazecie Przylądka” nr 41 z 5 czerwca 2020 r.',
      'Gazecie Przylądka',
    ],
    [
      'ru, a quoted paper, "№", "г."',
      'Опубликовано в газете «Маячный Вестник» № 41 от 5 июня 2020 г.',
      'Маячный Вестник',
    ],
    ['cs, a daily in its case form', 'Publikováno v deníku Mys 5. 6. 2020, s. 7', 'Mys'],
    ['el, the newspaper noun after the lead', 'Δημοσιεύθηκε στην εφημερίδα «Ο Φάρος», 5 Ιουνίου 2020', 'Ο Φάρος'],
    ['id, a page mark after the date', 'Dimuat di harian Kabar Tanjung, 5 Juni 2020, halaman 7', 'Kabar Tanjung'],
    [
      "pt, the descriptor is the name's first word",
      'Texto publicado no Jornal do Cabo em 05/06/2020',
      'Jornal do Cabo',
    ],
    ['ca, the bulletin and its number', 'Publicat al Butlletí del Cap núm. 41 del 5/6/2020', 'Butlletí del Cap'],
    ['af, a lead of its own', 'Verskyn in Die Kaapse Baken, 5 Junie 2020', 'Die Kaapse Baken'],
    [
      'en, the edition after the date',
      'This story appeared in the June 5, 2020 edition of the Cape Examiner.',
      'the Cape Examiner',
    ],
    ['en, "excerpted from"', 'Excerpted from the Cape Examiner, 5 June 2020', 'the Cape Examiner'],
    // A label no pack writes: the paper is quoted, so the line still names it.
    ['de, a label the packs do not write', 'Erstmals abgedruckt in: «Kap-Anzeiger», 5.6.2020, S. 7', 'Kap-Anzeiger'],
  ])('%s', (_label, line, paper) => {
    expect(claimsOf(null, line)).toContain(paper);
  });
});

describe('not a clipping: no periodical, or not a credit line', () => {
  test.each([
    ['a section, no date', 'Published in Sports'],
    ['a date alone', 'Published on 3 May 2019'],
    ['a year alone', 'Published in 2019'],
    ["a letter's heading", 'From Paris, 3 May 2020'],
    ['a place and a date in Italian', 'Da Roma, 12 marzo 2020'],
    ['a Dutch sentence starting with "de"', 'De rest van het verslag volgt morgen, 3 mei'],
    ['a bibliography entry', 'Published in Nature Reviews, 12(3), 45–67.'],
    [
      'commentary citing a paper for a fact',
      'An article in The Guardian argued last week that the plan would fail, and many readers agreed with it.',
    ],
    [
      'a study cited with its date, the sentence going on',
      'Published in Science on 3 May, the study found that bees sleep.',
    ],
    ['an article "in" a lower-case word, no date', 'Un article dans la catégorie culture'],
    ['a periodical noun, then a section, no date', 'Articolo apparso sul quotidiano nella sezione cultura'],
    ["a page's own issue line", 'Issue No. 123, 5 June 2020'],
    ['a volume, no paper', 'Published in Volume 12, 5 June 2020'],
    ['a photo credit with a paper and a date', 'Photo: Cape Examiner, 5 June 2020'],
    ['a chart under a label the packs do not write', 'Chart: «Kap-Anzeiger», 5.6.2020, S. 7'],
    ['a section after an unknown label', 'Category: Sport, 3 May 2019 page 2'],
    ['a press mention', 'As seen in the Cape Examiner, Harbour Times and River News'],
    ['a date and a page alone', '5 June 2020, p. 7'],
  ])('%s', (_label, line) => {
    expect(claimsOf(line)).toEqual([]);
  });

  test("a site's own clipping line names the page itself", () => {
    expect(
      claimsOf(
        'This column first appeared in The Irish Times on 12 April 2021.',
        null,
        'https://www.irishtimes.com/a/b',
      ),
    ).toEqual([]);
  });
});

describe('endsWithDate: a credit that stops at its date', () => {
  test.each([
    ['The Hindu, 4 March 2019, page 6', true],
    ['Le Soir du 18/08/21', true],
    ['la Sambre, vendredi 24 octobre.', true],
    ['Nature, the study found on 3 May that bees sleep', false],
    ['no date at all', false],
  ])('%s', (text, ends) => {
    expect(endsWithDate(text)).toBe(ends);
  });
});
