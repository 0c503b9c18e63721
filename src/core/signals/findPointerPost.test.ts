import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { textToDocument } from '../text/textToDocument.ts';
import { findPointerPost } from './findPointerPost.ts';
import { scanPageData } from './scanPage.ts';

const URL = 'https://harbour-rowing-club.example/news/2026/03/a-good-read';
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const capture = (text: string, url = URL) => readPage(textToDocument(text, url, parse), url);

describe('findPointerPost: a short post pointing to a piece on another outlet names it', () => {
  test.each([
    [
      'en, a host written out',
      'A fine report by Sam Lee on the new ferry timetable, at www.harbour-gazette.example',
      'www.harbour-gazette.example',
    ],
    [
      'pt, a URL on its own line',
      'Uma ótima reportagem da jornalista Rita Sá, publicada no início do ano:\n\nhttps://jornal-da-ponte.example/cidade/obras-nas-pontes-123.html',
      'https://jornal-da-ponte.example/cidade/obras-nas-pontes-123.html',
    ],
    [
      'fr, an outlet the directory knows',
      'Nous vous signalons un entretien passionnant paru hier dans Le Monde, à lire en ligne.',
      'Le Monde',
    ],
    [
      'de, a known outlet',
      'Lesenswert: ein Interview mit der Bürgermeisterin, heute erschienen bei Der Spiegel.',
      'Der Spiegel',
    ],
    ['id, an outlet the directory knows', 'Liputan menarik tentang banjir, dimuat di Kompas hari ini.', 'Kompas'],
    [
      'ja, the verb before the piece',
      '港湾新聞に掲載された記事を紹介します: https://kowan-shinbun.example/articles/2026/0306',
      'https://kowan-shinbun.example/articles/2026/0306',
    ],
  ])('%s', (_name, text, claimed) => {
    expect(findPointerPost(capture(text))?.claim.value).toBe(claimed);
  });

  test.each([
    ['no article word', 'Our crew won the spring regatta; photos at www.harbour-gazette.example'],
    ['no outlet', 'A fine report on the new ferry timetable by our own member Sam Lee.'],
    ['"el país" is "the country"', 'Un reportaje estupendo sobre el país y sus puertos, escrito por Ana Ruiz.'],
    [
      'commentary: a long text citing an outlet',
      `${'The council voted on the new timetable after months of debate, and members of the club were divided on it. '.repeat(3)}As an article in Le Monde noted, ferries elsewhere changed too.`,
    ],
    ['its own site', 'Read our report by Sam Lee on the regatta at www.harbour-rowing-club.example'],
    ['a mention, no credit of the piece', 'See the report on the Harbour Gazette site: www.harbour-gazette.example'],
    ['a comment vouching for a link', 'This is a real article on Le Monde, not a fake.'],
    ['the outlet as the subject', 'Le Monde published an editorial about the harbour; our members disagree.'],
  ])('%s: none', (_name, text) => {
    expect(findPointerPost(capture(text))).toBeNull();
  });

  test('the outlet’s own short page naming itself is dropped by the scan', () => {
    const own = 'https://www.lemonde.fr/international/article/2026/03/06/x.html';
    const page = capture('Un entretien exclusif avec la ministre, à lire dans Le Monde.', own);
    expect(scanPageData(page).claims).toEqual([]);
  });

  test('hostile: a short text of capitals and hosts stays fast', () => {
    const start = Date.now();
    findPointerPost(capture(`article ${'Le Monde Der Spiegel '.repeat(6)} x.example`));
    findPointerPost(capture(`${'Aa '.repeat(59)}article`));
    findPointerPost(capture('article '.repeat(100_000)));
    expect(Date.now() - start).toBeLessThan(3000);
  });
});
