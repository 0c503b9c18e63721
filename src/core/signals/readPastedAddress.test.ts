import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { textToDocument } from '../text/textToDocument.ts';
import { SUSPECT_STRENGTH } from '../decideVerdict.ts';
import { scanPageData } from './scanPage.ts';
import { readPastedAddresses } from './readPastedAddress.ts';

// Pages and wording written for these tests (none from a real page): a board post pasting a story about a library's
// opening hours, its lines kept as the poster pasted them (one block of lines in a text capture), with the story's
// address alone on the first or last line.
const URL = 'https://riverside-board.example/topic/4411';
const ARTICLE = 'https://valley-courier.example/local/2026/04/library-hours-extended';
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const capture = (text: string, url = URL) => readPage(textToDocument(text, url, parse), url);

const TITLE = 'Library keeps its doors open later';
const STORY = [
  'The town library will stay open until nine in the evening on weekdays from May, the council decided on Monday.',
  'Students had asked for longer hours during the exam season, and the reading room was often full by six o’clock.',
  'Two more librarians will be hired for the evening shifts, paid from the budget left over from the roof repairs.',
  'The children’s corner keeps its hours, but the study rooms upstairs can now be booked online a week ahead.',
];
const RUSSIAN = [
  'Городская библиотека с мая будет работать до девяти вечера по будням, решил совет в понедельник вечером.',
  'Студенты давно просили продлить часы работы во время сессии, читальный зал часто был полон уже к шести.',
  'На вечерние смены наймут ещё двух библиотекарей, деньги возьмут из остатка бюджета на ремонт крыши.',
  'Детский уголок работает как прежде, а учебные комнаты наверху теперь можно бронировать за неделю.',
];

/** The post as one block of lines under its title, `before` and `after` lines around the story. */
const post = (before: string[], after: string[], story = STORY, url = URL) =>
  capture([TITLE, [...before, ...story, ...after].join('\n')].join('\n\n'), url);

const strongTargets = (p: ReturnType<typeof capture>) =>
  scanPageData(p)
    .signals.filter((s) => s.kind === 'source-line' && s.strength >= SUSPECT_STRENGTH)
    .map((s) => s.target);

describe('readPastedAddresses: an article pasted with its address on its first or last line', () => {
  test('the address closing the paste is the source, strong enough to make the page suspected', () => {
    const p = post([], [ARTICLE]);
    expect(readPastedAddresses(p)).toMatchObject([{ claim: { value: ARTICLE, type: 'url' }, place: 'end' }]);
    expect(strongTargets(p)).toContain(ARTICLE);
  });

  test('the address opening the paste, after a share widget line and with the date under it', () => {
    const p = post(['Share |', ARTICLE, '2026-04-12 08:15'], []);
    expect(readPastedAddresses(p)).toMatchObject([{ claim: { value: ARTICLE }, place: 'top' }]);
    expect(strongTargets(p)).toContain(ARTICLE);
  });

  test('no word is read: a paste in another script is read the same way', () => {
    const p = post([], [ARTICLE], RUSSIAN);
    expect(readPastedAddresses(p).map((a) => a.claim.value)).toEqual([ARTICLE]);
  });

  test('a post in markup, the lines broken by <br> and the address linked', () => {
    const html = `<html><head><title>${TITLE}</title></head><body><h1>${TITLE}</h1><div class="post">${STORY.join(
      '<br>',
    )}<br><a href="${ARTICLE}">${ARTICLE}</a></div></body></html>`;
    const p = readPage(parse(html), URL);
    expect(readPastedAddresses(p).map((a) => a.claim.value)).toEqual([ARTICLE]);
  });
});

describe('readPastedAddresses: the address precheck refuses no paste', () => {
  // The precheck skips a block that writes no "://": written for this test, an address whose scheme is in capitals
  // must still be read, and skipped blocks still count toward the bound on blocks read.
  test('an address with its scheme in capitals', () => {
    const upper = 'HTTPS://VALLEY-COURIER.EXAMPLE/local/2026/04/library-hours-extended';
    expect(readPastedAddresses(post([], [upper])).map((a) => a.quote)).toEqual([upper]);
  });

  test('blocks without an address count toward the bound as before', () => {
    const thread = (posts: number) =>
      capture(
        [TITLE, ...Array.from({ length: posts }, () => STORY.join('\n')), [...STORY, ARTICLE].join('\n')].join('\n\n'),
      );
    expect(readPastedAddresses(thread(199)).map((a) => a.claim.value)).toEqual([ARTICLE]);
    expect(readPastedAddresses(thread(200))).toEqual([]);
  });
});

describe('readPastedAddresses: hard negatives', () => {
  test('a comment sharing a link for discussion copies no article: nothing', () => {
    const p = post([], [ARTICLE], ['Has anyone read this? The library finally listens to students.']);
    expect(readPastedAddresses(p)).toEqual([]);
    expect(strongTargets(p)).not.toContain(ARTICLE);
  });

  test("a homepage closing the text is a recommendation, not the pasted article's address", () => {
    expect(readPastedAddresses(post([], ['https://valley-courier.example/']))).toEqual([]);
  });

  test("the page's own address (a self-repost or a permalink) is no source", () => {
    expect(readPastedAddresses(post([], [`${URL}#post-2`]))).toEqual([]);
    expect(readPastedAddresses(post([], ['https://www.riverside-board.example/topic/4411?page=2']))).toEqual([]);
  });

  test('an address mid-text cites a fact; a date or a label line is not an address', () => {
    const mid = [...STORY.slice(0, 2), ARTICLE, ...STORY.slice(2)];
    expect(readPastedAddresses(post([], [], mid))).toEqual([]);
    expect(readPastedAddresses(post([], ['12 April 2026']))).toEqual([]);
    expect(readPastedAddresses(post([], [`Data: ${ARTICLE}`]))).toEqual([]);
  });

  test('a list of links is no paste', () => {
    const links = Array.from({ length: 12 }, (_, i) => `https://valley-courier.example/local/2026/04/story-${i}`);
    expect(readPastedAddresses(post([], [ARTICLE], links))).toEqual([]);
  });

  test('an address under a table credits the data, beside a picture the picture', () => {
    const rows = STORY.map((s, i) => `<tr><td>${i}</td><td>${s}</td></tr>`).join('');
    const table = `<html><body><h1>${TITLE}</h1><table>${rows}<tr><td colspan="2">${STORY.join('<br>')}<br>${ARTICLE}</td></tr></table></body></html>`;
    expect(readPastedAddresses(readPage(parse(table), URL))).toEqual([]);
    const figure = `<html><body><h1>${TITLE}</h1><figure><img src="https://valley-courier.example/a.jpg"><figcaption>${STORY.join(
      '<br>',
    )}<br>${ARTICLE}</figcaption></figure></body></html>`;
    expect(readPastedAddresses(readPage(parse(figure), URL))).toEqual([]);
  });

  test('pathological input stays fast: huge address-like lines, many lines, many blocks', () => {
    const inputs = [
      `${TITLE}\n\nhttp://${'a'.repeat(200_000)}\n${STORY.join('\n')}`,
      `${TITLE}\n\n${'http://x.example/a\n'.repeat(20_000)}`,
      `${TITLE}\n\n${STORY.join('\n')}\n${'http://'.repeat(50_000)}`,
      `${TITLE}\n\n${`${STORY.join('\n')}\n${ARTICLE}\n\n`.repeat(500)}`,
      `${TITLE}\n\n${'\n \n'.repeat(50_000)}${ARTICLE}`,
    ].map((t) => capture(t));
    const start = Date.now();
    for (const p of inputs) readPastedAddresses(p);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
