import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { scanPage } from './scanPage.ts';

const article = (head: string, body: string) =>
  `<html><head>${head}</head><body><article><h1>Headline</h1><div class="entry-content"><p>First paragraph of the story, long enough to be read as the article body of this page by every detector.</p><p>Second paragraph of the same story with more words in it so the page has a main column.</p>${body}</div></article></body></html>`;
const scan = (html: string, url: string) => scanPage(parseHTML(html).document as unknown as Document, url);

// A page naming itself is not naming a source (issue 11, family 1); the same lines on another site are claims.
describe('scanPage: the page naming itself', () => {
  const cases: [string, string, string, string, boolean][] = [
    [
      'brand spelled in the host',
      '<title>Why the sky is blue | Live Science</title>',
      '<p>Originally published on Live Science.</p>',
      'https://www.livescience.com/planet/sky',
      false,
    ],
    [
      'same line on another site',
      '<title>Why the sky is blue</title>',
      '<p>Originally published on Live Science.</p>',
      'https://www.other-blog.example/sky',
      true,
    ],
    [
      'own og:site_name',
      '<meta property="og:site_name" content="Известия">',
      '<p>Источник: Известия</p>',
      'https://iz.ru/123/x',
      false,
    ],
    [
      'zh, a glued label naming the own paper (og:site_name)',
      '<meta property="og:site_name" content="湖畔周刊">',
      '<p>稿件来源：湖畔周刊</p>',
      'https://www.hupan-weekly.example/a/77.html',
      false,
    ],
    [
      'zh, the same glued label on another site',
      '<meta property="og:site_name" content="聚合新闻">',
      '<p>稿件来源：湖畔周刊</p>',
      'https://www.juhe-news.example/a/77.html',
      true,
    ],
    [
      'own URL in a source line',
      '',
      '<p>Source: https://www.nytimes.com/2024/01/01/world/x.html</p>',
      'https://www.nytimes.com/2024/01/02/world/y.html',
      false,
    ],
    [
      'another site URL in a source line',
      '',
      '<p>Source: https://www.nytimes.com/2024/01/01/world/x.html</p>',
      'https://copy.example/y.html',
      true,
    ],
  ];
  it.each(cases)('%s', (_label, head, body, url, claimed) => {
    const result = scan(article(head, body), url);
    expect(result.claims.length > 0, JSON.stringify(result.claims)).toBe(claimed);
    expect(result.signals.some((s) => s.kind === 'source-line')).toBe(claimed);
  });

  it('a picture from the group media host is not hot-linked', () => {
    const img = '<figure><img src="https://cdn.mos.cms.futurecdn.net/abc/photo.jpg" width="800" height="450"></figure>';
    expect(scan(article('', img), 'https://www.livescience.com/planet/sky').hotlinkHosts).toEqual([]);
  });
});
