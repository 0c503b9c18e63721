import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { findExcerptShape } from './findExcerptShape.ts';
import { findLinkedArticles } from './findLinkedArticles.ts';
import { confirmHints } from './confirmHints.ts';
import { lineLength } from './offSiteLinks.ts';

const URL = 'https://river-roundup.example/item/7';

/** An aggregator's item page: a headline, the paragraphs, then the closing line; a related list beside it. */
function page(paragraphs: string[], line: string, opts: { before?: string } = {}) {
  const body = (opts.before ?? '') + paragraphs.map((p) => `<p>${p}</p>`).join('') + line;
  const html = `<html><head><title>Item</title></head><body><header class="site-header"><a href="/">River Roundup</a></header><main><article><h1>A headline</h1><p class="date">2026-03-02</p>${body}</article><aside class="sidebar"><ul><li><a href="/p/1">Another item of this site</a></li></ul></aside></main><footer id="colophon"><p>© River Roundup</p></footer></body></html>`;
  return readPage(parseHTML(html).document as unknown as Document, URL);
}

// Paragraphs written for these tests.
const ONE = [
  'The harbour authority approved the new ferry timetable on Tuesday after a long consultation with the islanders.',
];
const THREE = [
  ...ONE,
  'Crossings will run every forty minutes in summer, and the first boat will leave half an hour earlier on weekdays.',
  'Islanders had asked for a later last crossing for years, and the authority said it would try one in the autumn.',
];
const ARTICLE = Array.from(
  { length: 7 },
  (_, i) => `Paragraph ${i + 1} of a long article of this site, with enough words in it to read as running prose.`,
);
const ARTICLE_URL = 'https://harbour-gazette.example/ferries/2026/new-timetable';

describe('findExcerptShape: a short closing line pointing elsewhere, whatever its words', () => {
  test.each([
    ['linked name, no wording', ONE, `<p>⇢ <a href="${ARTICLE_URL}">Harbour Gazette</a></p>`, ['url', ARTICLE_URL]],
    ['URL as link text', THREE, `<p>~ <a href="${ARTICLE_URL}">${ARTICLE_URL}</a> ~</p>`, ['url', ARTICLE_URL]],
    ['URL written out', ONE, `<p>:: ${ARTICLE_URL}</p>`, ['url', ARTICLE_URL]],
    [
      'homepage link names the host',
      ONE,
      '<p>⇢ <a href="https://harbour-gazette.example/">HG</a></p>',
      ['host', 'harbour-gazette.example'],
    ],
    ['host written at the end', ONE, '<p>⇢ harbour-gazette.example</p>', ['host', 'harbour-gazette.example']],
    ['name at the end, unlinked', ONE, '<p>⇢ Harbour Gazette</p>', ['name', 'Gazette']],
    ['name with a particle', THREE, '<p>⇢ Correio da Ilha</p>', ['name', 'Ilha']],
  ])('%s', (_name, paragraphs, line, [type, value]) => {
    const hint = findExcerptShape(page(paragraphs, line));
    expect(hint?.claims[0]).toEqual({ type, value, via: 'read-more' });
    expect(hint?.excerpt.join('\n')).toContain(paragraphs[0]);
  });

  test('every suffix of a capitalised run is offered, shortest first', () => {
    const hint = findExcerptShape(page(ONE, '<p>⇢ Correio da Ilha</p>'));
    expect(hint?.claims.map((c) => c.value)).toEqual(['Ilha', 'Correio da Ilha']);
  });

  test.each([
    ['a long article, not an excerpt', ARTICLE, `<p>⇢ <a href="${ARTICLE_URL}">Harbour Gazette</a></p>`],
    [
      'a sentence, not a pointer',
      ONE,
      '<p>The authority will publish the full timetable on its notice board next week, it said.</p>',
    ],
    ['a lower-case end', ONE, '<p>more in our newsletter</p>'],
    ['a name alone is a byline', ONE, '<p>Ewan Tallis</p>'],
    ['a link to this site, no name', ONE, '<p>⇢ <a href="https://river-roundup.example/news/ferries">more</a></p>'],
    [
      'a sentence linked whole',
      ONE,
      `<p><a href="${ARTICLE_URL}">the authority approved the new ferry timetable on Tuesday after a long consultation</a></p>`,
    ],
    ['a heading after the text', ONE, `<p>⇢ Harbour Gazette</p><h2>More news</h2>`],
  ])('no hint: %s', (_name, paragraphs, line) => {
    expect(findExcerptShape(page(paragraphs, line))).toBeNull();
  });
});

describe('findLinkedArticles: short lines linking another site’s article, in any wrapper', () => {
  test.each([
    ['table cell', `<table><tr><td>⇢ <a href="${ARTICLE_URL}">${ARTICLE_URL}</a></td></tr></table>`],
    ['blockquote', `<blockquote><cite>${ARTICLE_URL}</cite></blockquote>`],
    ['small', `<p><small>⇢ <a href="${ARTICLE_URL}">Harbour Gazette</a></small></p>`],
    ['boxed div', `<div style="border:1px solid">:: ${ARTICLE_URL}</div>`],
  ])('%s at the top', (_name, before) => {
    const hints = findLinkedArticles(page(ARTICLE, '', { before }));
    expect(hints.map((h) => h.claims[0]?.value)).toEqual([ARTICLE_URL]);
    expect(hints[0]?.kind).toBe('source-line');
  });

  test('an outlet cited inside a paragraph is no line', () => {
    const cited = `<p>As the <a href="${ARTICLE_URL}">Harbour Gazette</a> reported, ${ARTICLE[0]} ${ARTICLE[1]}</p>`;
    expect(findLinkedArticles(page(ARTICLE, cited))).toEqual([]);
  });

  test('at most two hints, each a fetch', () => {
    const lines = [1, 2, 3, 4].map((i) => `<p>⇢ <a href="https://outlet-${i}.example/a/${i}">Outlet ${i}</a></p>`);
    expect(findLinkedArticles(page(ARTICLE, lines.join('')))).toHaveLength(2);
  });
});

describe('confirmHints: a hint is evidence only when it points to the verified original', () => {
  const p = page(ONE, '<p>⇢ Correio da Ilha</p>');
  const hint = findExcerptShape(p);
  test.each([
    ['the site spells the name', 'https://www.correio-da-ilha.example/a/1', null, 1],
    ['the site calls itself so', 'https://www.cdi.example/a/1', 'Correio da Ilha', 1],
    ['another site', 'https://www.harbour-gazette.example/a/1', 'Harbour Gazette', 0],
    ['no original', null, null, 0],
  ])('%s', (_name, url, siteName, n) => {
    const out = confirmHints(p, hint ? [hint] : [], url ? { url, siteName } : null, []);
    expect(out.signals).toHaveLength(n);
    if (n)
      expect(out.signals[0]).toMatchObject({
        kind: 'read-more',
        quote: '⇢ Correio da Ilha',
        target: 'Correio da Ilha',
      });
  });

  test('a line a detector already quoted is not quoted twice', () => {
    const already = [{ kind: 'source-line' as const, quote: '⇢ Correio da Ilha', strength: 0.8 }];
    const out = confirmHints(
      p,
      hint ? [hint] : [],
      { url: 'https://correio-da-ilha.example/a', siteName: null },
      already,
    );
    expect(out.signals).toEqual([]);
  });
});

describe('shape finders: hostile text stays bounded', () => {
  // Generous: the page is parsed and read inside the budget too, on a machine shared by several test runs.
  const budget = 5000;
  test.each([
    ['URL-like run without end', `${'www.'.repeat(20000)}`],
    ['capitalised words forever', `${'Aa '.repeat(20000)}`],
    ['particles forever', `${'Aa de '.repeat(10000)}Zz`],
    ['arrows forever', `${'→ '.repeat(20000)}`],
  ])('%s', (_name, text) => {
    const start = Date.now();
    lineLength(text);
    findExcerptShape(page(ONE, `<p>${text}</p>`));
    const many = Array.from(
      { length: 3000 },
      (_, i) => `<p>⇢ <a href="https://o${i}.example/a/${i}">${text.slice(0, 50)}</a></p>`,
    );
    findLinkedArticles(page(ONE, many.join('')));
    expect(Date.now() - start).toBeLessThan(budget);
  });
});
