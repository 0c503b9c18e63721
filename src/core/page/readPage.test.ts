import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from './readPage.ts';

const URL = 'https://copy-site.example.net/story/';
const read = (html: string, url = URL): ReturnType<typeof readPage> =>
  readPage(parseHTML(html).document as unknown as Document, url);

describe('readPage: metadata', () => {
  const page = read(`<html lang="vi"><head><title>Title tag – Site</title>
    <meta property="og:title" content="OG title"><meta property="og:site_name" content="Site Name">
    <link rel="canonical" href="/story/"><meta property="og:url" content="https://other.example.org/a/b">
    <meta property="article:published_time" content="2023-04-07T08:15:00+00:00"><meta name="author" content="Mỹ Linh">
    <meta name="description" content="Lead text"><meta property="og:type" content="article">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","headline":"H","datePublished":"2023-04-07"}]}</script>
    <script type="application/ld+json">{"broken": </script>
    </head><body><h1>H1</h1></body></html>`);

  test('reads head facts with absolute URLs', () => {
    expect(page).toMatchObject({ host: 'copy-site.example.net', site: 'example.net', title: 'OG title', lang: 'vi' });
    expect(page.meta).toMatchObject({
      canonical: 'https://copy-site.example.net/story/',
      ogUrl: 'https://other.example.org/a/b',
      siteName: 'Site Name',
      published: '2023-04-07T08:15:00+00:00',
      author: 'Mỹ Linh',
      description: 'Lead text',
      ogType: 'article',
    });
  });

  test('flattens JSON-LD @graph and skips malformed scripts', () => {
    expect(page.jsonLd.map((o) => o['@type'])).toEqual([undefined, 'WebSite', 'NewsArticle']);
  });

  test('falls back to <title>, then h1; JSON-LD date and author', () => {
    const p = read(
      '<html><head><script type="application/ld+json">{"@type":"Article","datePublished":"2020-01-02","author":[{"name":"A B"},{"name":"C D"}]}</script></head><body><h1>Only H1</h1></body></html>',
    );
    expect(p.title).toBe('Only H1');
    expect(p.meta.published).toBe('2020-01-02');
    expect(p.meta.author).toBe('A B, C D');
  });
});

describe('readPage: blocks', () => {
  const page = read(`<html><body>
    <header id="masthead"><p>Site title</p></header>
    <nav><ul><li>Home</li></ul></nav>
    <article><h1>Headline</h1><div class="entry-content">
      <p>First <strong>paragraph</strong> with a <a href="/tag/x">link</a>.</p>
      <figure><img src="/a.jpg"><figcaption>Photo: Reuters</figcaption></figure>
      <p><em>Source: Eurostat</em></p>
      <p style="text-align: right;">Credit line</p>
      <table><tr><td>Cell text</td></tr></table>
      <div>Loose div text<p>Nested paragraph</p></div>
    </div></article>
    <aside class="sidebar"><p>Widget</p></aside>
    <footer id="colophon"><div style="display:none"><p>Hidden footer</p></div><p aria-hidden="true">Aria</p><p hidden>Attr</p></footer>
    <script>var x = "not text";</script><style>.a{}</style>
  </body></html>`);
  const by = (text: string) => page.blocks.find((b) => b.text === text);

  test('text in document order, nested blocks separate, scripts and styles skipped', () => {
    expect(page.blocks.map((b) => b.text)).toEqual([
      'Site title',
      'Home',
      'Headline',
      'First paragraph with a link.',
      'Photo: Reuters',
      'Source: Eurostat',
      'Credit line',
      'Cell text',
      'Loose div text',
      'Nested paragraph',
      'Widget',
      'Hidden footer',
      'Aria',
      'Attr',
    ]);
  });

  test.each([
    ['Site title', { region: 'header' }],
    ['Home', { region: 'nav', tag: 'li' }],
    ['Widget', { region: 'aside' }],
    ['Hidden footer', { region: 'footer', hidden: true, hiddenHow: 'display:none' }],
    ['Aria', { hidden: true, hiddenHow: 'aria-hidden' }],
    ['Attr', { hidden: true, hiddenHow: 'hidden attribute' }],
    ['Photo: Reuters', { inFigure: true, tag: 'figcaption' }],
    ['Source: Eurostat', { nearMedia: true, wrappers: ['em'], inArticle: true, region: null }],
    ['Credit line', { align: 'right', nearMedia: true }],
    ['Cell text', { inTable: true, tag: 'td' }],
    ['First paragraph with a link.', { linkHrefs: ['https://copy-site.example.net/tag/x'], hidden: false }],
  ])('%s', (text, props) => {
    expect(by(text)).toMatchObject(props);
  });

  test('main column is the paragraph group', () => {
    expect(page.main).toEqual({ start: by('First paragraph with a link.')?.index, end: by('Loose div text')?.index });
  });
});

describe('readPage: links, images, encoded attributes, scripts', () => {
  const page = read(`<html><head><base href="https://cdn.example.net/base/"></head><body><article>
    <a href="rel/x" rel="nofollow">Rel</a><a href="javascript:void(0)">JS</a><a href="mailto:a@b.c">Mail</a>
    <img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="https://news.example.org/i/1.jpg">
    <img src="https://news.example.org/i/2.jpg" width="640">
    <img srcset="https://news.example.org/i/3-320.jpg 320w, https://news.example.org/i/3-640.jpg 640w">
    <img data-lazy-src="/lazy.jpg" data-original="https://x.example.org/o.jpg">
    <a href="#" data-href="aHR0cHM6Ly93d3cub25saW5lY291cnNlcy1mcmVlLm9yZy8=">Spam</a>
  </article><script>document.write(atob('PGEgaHJlZj0iIj48L2E+'))</script><script src="/x.js"></script></body></html>`);

  test('links are absolute http(s) only, with text and rel', () => {
    expect(page.links.map((l) => [l.href, l.text, l.rel])).toEqual([
      ['https://cdn.example.net/base/rel/x', 'Rel', 'nofollow'],
    ]);
  });

  test('images come from src, lazy attributes and srcset, never data: URIs', () => {
    expect(page.images.map((i) => [i.src, i.attr])).toEqual([
      ['https://news.example.org/i/1.jpg', 'data-src'],
      ['https://news.example.org/i/2.jpg', 'src'],
      ['https://news.example.org/i/3-320.jpg', 'srcset'],
      ['https://cdn.example.net/lazy.jpg', 'data-lazy-src'],
      ['https://x.example.org/o.jpg', 'data-original'],
    ]);
    expect(page.images[1]?.width).toBe(640);
  });

  test('base64-looking attribute values and inline scripts are kept for the detectors', () => {
    expect(page.encodedAttrs).toEqual([
      {
        tag: 'a',
        name: 'data-href',
        value: 'aHR0cHM6Ly93d3cub25saW5lY291cnNlcy1mcmVlLm9yZy8=',
        hidden: false,
        region: null,
      },
    ]);
    expect(page.inlineScripts).toEqual(["document.write(atob('PGEgaHJlZj0iIj48L2E+'))"]);
    expect(page.resourceHosts).toEqual(['cdn.example.net']);
  });
});

describe('readPage: hostile pages', () => {
  test('deep nesting and huge text stay bounded', () => {
    const deep = '<div>'.repeat(3000) + 'deep' + '</div>'.repeat(3000);
    const huge = `<p>${'word '.repeat(200_000)}</p>`;
    const t0 = Date.now();
    const page = read(`<html><body>${huge}${deep}</body></html>`);
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(page.blocks[0]?.text.length).toBeLessThanOrEqual(4_000);
  });

  test('works on a page without body or head', () => {
    const page = read('<html></html>');
    expect(page.blocks).toEqual([]);
    expect(page.title).toBeNull();
  });
});

describe('readPage: main column', () => {
  test('paragraphs wrapped one by one still make one column', () => {
    const wrap = (t: string) => `<div class="para"><p>${t}</p></div>`;
    const html = `<html><body><article><h1>T</h1><div class="body">${wrap('First paragraph of the story, long enough to count.')}${wrap('Second paragraph of the story, long enough to count.')}${wrap('Third paragraph of the story, long enough to count.')}<p>Nguồn: X</p></div></article><aside class="sidebar"><p>Widget text that is quite long but it is in the sidebar region so it does not count.</p></aside></body></html>`;
    const page = read(html);
    const first = page.blocks.find((b) => b.text.startsWith('First'))?.index;
    const last = page.blocks.find((b) => b.text === 'Nguồn: X')?.index;
    expect(page.main).toEqual({ start: first, end: last });
  });
});

test('a post header or footer outside <article> is part of the post, not the page chrome', () => {
  const page = read(
    '<html><body><header class="site-header"><p>Site</p></header><header class="entry-header"><h1>Title</h1></header><div class="content"><p>Body text of the post.</p></div><footer class="entry-footer"><p>Nguồn: X</p></footer><footer id="colophon"><p>© Site</p></footer></body></html>',
  );
  expect(page.blocks.map((b) => [b.text, b.region])).toEqual([
    ['Site', 'header'],
    ['Title', null],
    ['Body text of the post.', null],
    ['Nguồn: X', null],
    ['© Site', 'footer'],
  ]);
});

test.each([
  ['tie-sidebar', 'aside'],
  ['jeg_sidebar', 'aside'],
  ['site-footer-wrap', 'footer'],
  ['jeg_footer', 'footer'],
  ['footer-widgets', 'footer'],
  ['comments-list', 'comments'],
  ['post-footer', null],
  ['entry-footer', null],
  ['footer-links', 'footer'],
  ['content', null],
])('class "%s" marks the region %s', (cls, region) => {
  const page = read(`<html><body><div class="${cls}"><p>Text</p></div></body></html>`);
  expect(page.blocks.find((b) => b.text === 'Text')?.region).toBe(region);
});

test('an unmarked "recent posts" list does not outweigh a one-paragraph excerpt', () => {
  const items = Array.from(
    { length: 8 },
    (_, i) => `<li><a href="/p/${i}">A fairly long title of another post on this site, number ${i}</a></li>`,
  ).join('');
  const page = read(
    `<html><body><div class="col-main"><h1>T</h1><div class="excerpt"><p>${'Excerpt words of the copied article. '.repeat(8)}</p><p class="read-more">Read more at <a href="https://news.example.org/a/1">Example News</a></p></div></div><div class="col-side"><ul>${items}</ul></div></body></html>`,
  );
  const excerpt = page.blocks.find((b) => b.text.startsWith('Excerpt'))?.index;
  expect(page.main?.start).toBe(excerpt);
});
