import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { MAX_SNAPSHOT_CHARS } from '../limits.ts';
import { looksLikeArticle } from './looksLikeArticle.ts';
import { snapshotPage } from './snapshotPage.ts';

function page(
  body: string,
  {
    url = 'https://news.example/2024/05/story.html',
    head = '',
    contentType,
  }: { url?: string; head?: string; contentType?: string } = {},
): Document {
  const window = new Window({ url });
  window.document.write(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  const doc = window.document as unknown as Document;
  if (contentType) Object.defineProperty(doc, 'contentType', { value: contentType });
  return doc;
}

const para = (n: number) =>
  `<p>${'Người dân trong vùng lũ đã được sơ tán đến nơi an toàn trước khi nước dâng cao. '.repeat(n)}</p>`;

describe('looksLikeArticle', () => {
  test.each([
    ['an <article>', page('<article><h1>T</h1></article>')],
    ['og:type article', page('<div>short</div>', { head: '<meta property="og:type" content="article">' })],
    [
      'JSON-LD NewsArticle',
      page('<div>short</div>', {
        head: '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle"}</script>',
      }),
    ],
    [
      'JSON-LD BlogPosting in a graph',
      page('', {
        head: '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"BlogPosting"}]}</script>',
      }),
    ],
    ['microdata articleBody', page('<div itemprop="articleBody">x</div>')],
    ['enough long paragraphs', page(para(3) + para(3) + para(3) + para(3))],
  ])('yes: %s', (_name, doc) => {
    expect(looksLikeArticle(doc)).toBe(true);
  });

  test.each([
    ['an empty page', page('')],
    ['a search form', page('<form><input name=q><button>Search</button></form>')],
    ['many short paragraphs', page('<p>Home</p><p>About</p><p>Contact</p>'.repeat(50))],
    ['og:type website', page('<div>x</div>', { head: '<meta property="og:type" content="website">' })],
    [
      'JSON-LD Organization only',
      page('', { head: '<script type="application/ld+json">{"@type":"Organization","name":"Article Corp"}</script>' }),
    ],
    ['one long paragraph', page(para(1))],
  ])('no: %s', (_name, doc) => {
    expect(looksLikeArticle(doc)).toBe(false);
  });
});

describe('snapshotPage', () => {
  test('an article page sends its serialised DOM', () => {
    const snap = snapshotPage(page('<article><p>Body</p></article>'));
    expect(snap).toMatchObject({ url: 'https://news.example/2024/05/story.html', contentType: 'text/html' });
    expect(snap?.html).toContain('<article><p>Body</p></article>');
  });

  test('a non-article page sends nothing, unless the user asked', () => {
    const doc = page('<div>Login</div>');
    expect(snapshotPage(doc)).toBeNull();
    expect(snapshotPage(doc, { force: true })?.html).toContain('Login');
  });

  test('a front page is not an article even with <article> teasers', () => {
    expect(snapshotPage(page('<article>teaser</article>', { url: 'https://news.example/' }))).toBeNull();
    expect(snapshotPage(page('<article>x</article>', { url: 'https://news.example/?p=123' }))).not.toBeNull();
  });

  test('a text/plain document sends its text', () => {
    const text = 'Tiêu đề bài báo\n\n' + 'Một đoạn văn dài của bài báo được sao chép. '.repeat(20);
    const doc = page(`<pre>${text}</pre>`, { url: 'https://copy.example/capture.txt', contentType: 'text/plain' });
    const snap = snapshotPage(doc);
    expect(snap).toEqual({ url: 'https://copy.example/capture.txt', html: text, contentType: 'text/plain' });
  });

  test('a short text/plain document (robots.txt) sends nothing', () => {
    expect(
      snapshotPage(
        page('<pre>User-agent: *\nDisallow:</pre>', { url: 'https://a.example/robots.txt', contentType: 'text/plain' }),
      ),
    ).toBeNull();
  });

  test('other documents (images, XML feeds) and non-http pages send nothing', () => {
    expect(snapshotPage(page('<article>x</article>', { contentType: 'image/svg+xml' }))).toBeNull();
    expect(snapshotPage(page('<article>x</article>', { url: 'file:///home/u/a.html' }))).toBeNull();
  });

  test('the HTML is capped', () => {
    const big = page(`<article>${'x'.repeat(MAX_SNAPSHOT_CHARS)}</article>`);
    expect(snapshotPage(big)?.html.length).toBe(MAX_SNAPSHOT_CHARS);
  });
});
