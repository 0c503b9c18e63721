import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { textToDocument } from '../text/textToDocument.ts';
import { SUSPECT_STRENGTH } from '../decideVerdict.ts';
import { scanPageData } from './scanPage.ts';

// Pages and wording written for these tests (none from a real page): a short story about a ferry timetable, with an
// outlet alone on its own line above or below it, as reposting blogs and aggregators print whose text it is.
const URL = 'https://harbour-notes-blog.example/2026/03/ferry-timetable';
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const capture = (text: string) => readPage(textToDocument(text, URL, parse), URL);

const TITLE = 'Ferry timetable changes for the spring season';
const STORY = [
  'The harbour authority said on Tuesday that the morning ferry to the outer islands will leave twenty minutes earlier from April, after fishermen asked for more time at the northern pier.',
  'Passengers with season tickets keep their fares, the authority added, while day tickets bought online will be refunded if the new departure no longer suits the traveller.',
  'The evening crossing stays as it is, although the operator warned that storms in March could still cancel single sailings at short notice, as happened twice last winter.',
  'Local traders welcomed the change and said the earlier boat would bring the first visitors to the market before noon, which had not happened for several years now.',
];

/** A capture with `line` as a block of its own at the top (after the title) or the end of the story. */
function page(line: string, where: 'top' | 'end' | 'middle', story = STORY) {
  const blocks =
    where === 'top'
      ? [line, ...story]
      : where === 'end'
        ? [...story, line]
        : [...story.slice(0, 2), line, ...story.slice(2)];
  return capture([TITLE, ...blocks].join('\n\n'));
}

/** Every strong source line of the page (an agency below the story is also read as signing it: readItemCredits). */
const strongAny = (text: ReturnType<typeof page>) =>
  scanPageData(text)
    .signals.filter((s) => s.kind === 'source-line' && s.strength >= SUSPECT_STRENGTH)
    .map((s) => s.target);

/** Strong source lines read by their shape (other readers, such as an agency signing an item, are not under test). */
const strongTargets = (text: ReturnType<typeof page>) =>
  scanPageData(text)
    .signals.filter(
      (s) => s.kind === 'source-line' && s.strength >= SUSPECT_STRENGTH && s.where?.includes('read by its shape'),
    )
    .map((s) => s.target);

describe('edgeOutletLine: an outlet alone on its line at the article edge names the source', () => {
  test.each([
    ['an agency the directory knows', 'Kyodo', 'Kyodo'],
    ['another agency, in capitals', 'ANSA', 'ANSA'],
    ['a publisher the directory knows', 'Helsingin Sanomat', 'Helsingin Sanomat'],
    ['a publisher of another script', 'Folha de S.Paulo', 'Folha de S.Paulo'],
    [
      "another site's article address",
      'https://www.island-courier.example/news/2026/03/ferry-changes-4411.html',
      'https://www.island-courier.example/news/2026/03/ferry-changes-4411.html',
    ],
    ["another site's host", 'island-courier.example', 'island-courier.example'],
    ["another site's home page", 'https://www.island-courier.example/', 'https://www.island-courier.example/'],
  ])('%s, above and below the story', (_name, line, target) => {
    for (const where of ['top', 'end'] as const)
      expect(strongAny(page(line, where)), `${line} at the ${where}`).toContain(target);
  });
});

describe('edgeOutletLine: what a lone name cannot be told from stays weak', () => {
  test.each([
    ['in the middle of the story (a subheading or a cited fact)', 'Helsingin Sanomat', 'middle'],
    ['paired with a photographer', 'EFE / Marta Quintero', 'end'],
    ['a copyright notice', '© Europa Press', 'end'],
    ['dated, as a byline prints its time', 'Helsingin Sanomat 14.03.2026 09:12', 'top'],
    ['a person', 'Marta Quintero', 'end'],
    ['a name no table knows', 'Island Courier Weekly', 'end'],
  ] as const)('%s', (_name, line, where) => {
    expect(strongTargets(page(line, where, [...STORY, ...STORY]))).toEqual([]);
  });

  test("sharing its block with a date or a headline: the page's byline, a teaser's tag", () => {
    for (const line of ['Helsingin Sanomat\n14 March 2026', 'Helsingin Sanomat\nFerry timetable changes again'])
      for (const where of ['top', 'end'] as const) expect(strongTargets(page(line, where))).toEqual([]);
  });

  test('in a box whose class says credits or authors', () => {
    for (const cls of ['photo-credits', 'post-authors', 'entry-meta']) {
      const html = `<html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}<p class="${cls}">Helsingin Sanomat</p></article></body></html>`;
      expect(strongTargets(readPage(parse(html), URL)), cls).toEqual([]);
    }
  });

  test('the page title (a heading) naming an outlet is the subject, not a credit', () => {
    expect(strongTargets(capture(['Kyodo', ...STORY].join('\n\n')))).toEqual([]);
  });

  test("an address shared on a post without an article's text (a forum post pointing at a story)", () => {
    const post = capture(
      [
        'Anyone seen this?',
        'Saw this this morning, not sure what to make of it.',
        'https://www.island-courier.example/news/2026/03/ferry-changes-4411.html',
      ].join('\n\n'),
    );
    expect(strongTargets(post)).toEqual([]);
  });

  test('an outlet alone under a picture credits the picture', () => {
    const html = `<html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}<figure><img src="https://harbour-notes-blog.example/a.jpg"></figure><p>Kyodo</p></article></body></html>`;
    const p = readPage(parse(html), URL);
    expect(strongTargets(p)).toEqual([]);
  });

  test('the page naming its own brand alone on a line is no source', () => {
    const own = 'https://www.kyodonews.net/news/2026/03/ferry';
    const p = readPage(textToDocument([TITLE, ...STORY, 'Kyodo'].join('\n\n'), own, parse), own);
    expect(strongTargets(p)).toEqual([]);
  });
});

describe('edgeOutletLine: bounded on hostile pages', () => {
  test('a page of thousands of lone outlet lines finishes under 4 s', () => {
    const text = [TITLE, ...Array.from({ length: 3_000 }, (_, i) => (i % 2 ? 'Kyodo' : STORY[i % 4]))].join('\n\n');
    const t0 = performance.now();
    scanPageData(capture(text));
    expect(performance.now() - t0).toBeLessThan(4_000);
  });
});
