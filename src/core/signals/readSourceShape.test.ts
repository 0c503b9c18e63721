import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { pageIdentity } from '../page/pageIdentity.ts';
import { detectSourceLine, SHAPE_STRENGTH } from './detectSourceLine.ts';
import { SHAPE_THRESHOLD, shapeScore } from './readSourceShape.ts';

const URL = 'https://copy-site-news24.xyz/some-story/';
const P =
  '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>';

// Labels below are invented for these tests (no language pack has them): the shape reader must not need the words.
function scan(line: string, where: 'end' | 'top' | 'middle' = 'end', head = '') {
  const body =
    where === 'top' ? line + P + P + P + P : where === 'middle' ? P + P + line + P + P + P : P + P + P + P + line;
  const html = `<html><head><title>Some story | Copy Site</title>${head}</head><body><header class="site-header"><p>Copy Site</p></header><article><h1>Title</h1><div class="entry-content">${body}</div></article><footer id="colophon"><p>© 2024</p></footer></body></html>`;
  const page = readPage(parseHTML(html).document as unknown as Document, URL);
  const identity = pageIdentity({ url: page.url, title: page.title, meta: page.meta, jsonLd: page.jsonLd });
  return detectSourceLine(page, { identity });
}

const ARTICLE = 'https://www.zeitung-example.de/politik/hafen-wieder-offen-a-1234.html';

describe('readSourceShape: a credit read by its shape, whatever its label', () => {
  test.each([
    ['colon, link to an article', `<p>Quellverweis: <a href="${ARTICLE}">Zeitung Example</a></p>`, ARTICLE],
    ['dash, URL written out', `<p>Sacado del diario — ${ARTICLE}</p>`, ARTICLE],
    ['run-in head, then a link', `<p>Vu chez <a href="${ARTICLE}">zeitung-example.de</a></p>`, ARTICLE],
    ['in a blockquote cite', `<blockquote><cite>Ursprung: <a href="${ARTICLE}">Z.E.</a></cite></blockquote>`, ARTICLE],
    ['small print at the top', `<p><small>Herkunft: <a href="${ARTICLE}">Zeitung</a></small></p>`, ARTICLE],
    ['a table cell', `<table><tr><td>Entnommen: <a href="${ARTICLE}">Zeitung</a></td></tr></table>`, ARTICLE],
    ["a list's last item", `<ul><li>Hafen</li><li>Montag</li><li>Gefunden bei: ${ARTICLE}</li></ul>`, ARTICLE],
    ['CJK head', `<p>内容取自：<a href="${ARTICLE}">Zeitung</a></p>`, ARTICLE],
    ['a known publisher by name', '<p>Hergeholt aus — Le Monde</p>', 'Le Monde'],
    ['a masthead no table knows, after a colon', '<p>Aufgelesen bei: Blauer Hafen Kurier</p>', 'Blauer Hafen Kurier'],
  ])('%s', (_name, line, target) => {
    for (const where of ['end', 'top'] as const) {
      const r = scan(line, where);
      const s = r.signals.find((x) => x.target === target);
      expect(s, `${where}: ${JSON.stringify(r.signals)}`).toBeDefined();
      // The fitted shape model (scoreSourceShape) reads these too, and may make them strong.
      expect(s?.strength).toBeGreaterThanOrEqual(SHAPE_STRENGTH);
      expect(r.claims.map((c) => c.value)).toContain(target);
    }
  });
});

describe('readSourceShape: shapes that are not a source', () => {
  test.each([
    [
      "a link back to the page's own site",
      '<p>Quellverweis: <a href="https://copy-site-news24.xyz/other-story/">more</a></p>',
    ],
    ['the page naming itself by its title brand', '<p>Quellverweis: Copy Site</p>'],
    ['a photo credit', `<p>Photo: <a href="${ARTICLE}">Zeitung</a></p>`],
    ['a byline', `<p>By: <a href="${ARTICLE}">Jane Roe</a></p>`],
    ['tags', '<p>Tags: Hafen, Schiffe, Reuters</p>'],
    ['a social profile', '<p>Folgen Sie uns: <a href="https://twitter.com/copysite">@copysite</a></p>'],
    [
      'a short link (a redirect, no outlet)',
      '<p>Kurzlink: <a href="https://bit.ly/3xYzAb">https://bit.ly/3xYzAb</a></p>',
    ],
    ['a feed relay written out', '<p>Weitergeleitet — https://ift.tt/2qRsTu</p>'],
    ['a licence', '<p>Lizenztext: <a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a></p>'],
    ['a data provider', '<p>Zahlenwerk: Statistisches Bundesamt</p>'],
    ['a date', '<p>Stand: 12. März 2024</p>'],
    ['an unknown name run into a line', '<p>Gestern sagte Blauer Hafen</p>'],
    ['a lower-case phrase after a colon', '<p>Hinweis: keine weiteren Angaben</p>'],
    ['a month', '<p>Aktualisierung: März</p>'],
    ["an authors' credit line in capitals", '<p>ANNA BERG – KARL OST</p>'],
    ["an authors' credit line, capitalised names", '<p>Anna Berg – Karl Ost</p>'],
    [
      'a related post: section and headline in one own-site link',
      '<ul><li><a href="https://copy-site-news24.xyz/x/">Wetterlage: Neuer Schnee Oben</a></li></ul>',
    ],
    ['a heading with a colon', '<h2>Analyse: Warum der Hafen</h2>'],
    [
      'a sentence citing an outlet',
      `<p>The mayor told reporters on Monday that the port would reopen, as <a href="${ARTICLE}">the paper</a> wrote.</p>`,
    ],
    [
      'in the middle of the article',
      `<p>Quellverweis: <a href="https://zeitung-example.de/">Zeitung</a></p>`,
      'middle',
    ],
    ['a long head', `<p>Wer mehr darüber wissen will liest: <a href="${ARTICLE}">Zeitung</a></p>`],
  ])('%s', (_name, line, where = 'end') => {
    const r = scan(line, where as 'end' | 'middle');
    expect(r.signals, JSON.stringify(r.signals)).toEqual([]);
  });
});

describe('shapeScore', () => {
  test('an article link at the edge passes; a home page needs more than a colon at the edge', () => {
    const base = { place: 'end', join: 'colon', length: 40, setApart: false, underPicture: false } as const;
    expect(shapeScore({ ...base, value: 'article' })).toBeGreaterThanOrEqual(SHAPE_THRESHOLD);
    expect(shapeScore({ ...base, place: 'middle', value: 'site' })).toBeLessThan(SHAPE_THRESHOLD);
    expect(shapeScore({ ...base, value: 'site', underPicture: true })).toBeLessThan(SHAPE_THRESHOLD);
  });
});
