/**
 * Republication statements (issue 11, "this article first appeared on X / is republished with permission / we
 * reproduce below an article by X"), at the top or the end of a text page, in several languages: the outlet is read
 * without the clause that goes on after it (a licence, a permission). Wording and outlets of our own; the hard
 * negatives are an original under a Creative Commons licence, its own "first published" date, its own subscribe line,
 * and a statement naming the page itself.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { scanPage } from './scanPage.ts';
import { textToDocument } from '../text/textToDocument.ts';

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

function targets(line: string, where: 'top' | 'end', url = 'https://ferry-friends.example/2019/05/pier'): string[] {
  const text = [
    'Pier to close',
    '',
    ...(where === 'top' ? [line, ''] : []),
    BODY,
    '',
    BODY,
    ...(where === 'end' ? ['', line] : []),
  ].join('\n');
  const s = scanPage(textToDocument(text, url, parse), url);
  return s.signals.filter((x) => x.kind === 'source-line').map((x) => x.target ?? '');
}

describe('a republication statement names the outlet, not the clause after it', () => {
  test.each([
    [
      'en, permission',
      'This story was first published by Quayside Weekly and is republished with permission.',
      'Quayside Weekly',
    ],
    ['en, a licence', 'Republished from Quayside Weekly under a Creative Commons licence.', 'Quayside Weekly'],
    ['en, reproduced below', 'We reproduce below an article by Quayside Weekly.', 'Quayside Weekly'],
    ['fr, reproduced below', 'Nous reproduisons ci-dessous un article du Courrier du Port.', 'Courrier du Port'],
    ['fr, an elided "de"', "Nous reproduisons ici un article d'Ouest Marin.", 'Ouest Marin'],
    ['it, republished', 'Ripubblichiamo un articolo del Corriere del Porto.', 'Corriere del Porto'],
    ['es, reproduced', 'Reproducimos a continuación un artículo de Diario del Muelle.', 'Diario del Muelle'],
    ['de, first publication', 'Erstveröffentlichung bei Hafenbote', 'Hafenbote'],
    ['ru, a quoted paper', 'Публикуем статью «Вестника Порта».', 'Вестника Порта'],
    ['zh, first published in', '本文首发于港口日报。', '港口日报'],
  ])('%s', (_, line, outlet) => {
    for (const where of ['top', 'end'] as const) expect(targets(line, where)).toContain(outlet);
  });
});

describe('lines that name no other outlet', () => {
  test.each([
    ['an original under a Creative Commons licence', 'This article is published under a Creative Commons licence.'],
    ['its own first-published date', 'First published on 3 May 2019.'],
    ['its own subscribe line', 'Subscribe to our newsletter for more stories.'],
  ])('%s', (_, line) => {
    for (const where of ['top', 'end'] as const) expect(targets(line, where)).toEqual([]);
  });

  test('a statement naming the page itself', () => {
    const own = 'https://www.quaysideweekly.example/2019/05/pier';
    expect(targets('We reproduce below an article by Quayside Weekly.', 'end', own)).toEqual([]);
  });
});
