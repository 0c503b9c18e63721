import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { isArticleUrl, isWebUrl, worthSendingFromTab } from './snapshotGate.ts';

function doc(body: string, url: string, contentType?: string): Document {
  const window = new Window({ url });
  window.document.write(`<!doctype html><html><body>${body}</body></html>`);
  const d = window.document as unknown as Document;
  if (contentType) Object.defineProperty(d, 'contentType', { value: contentType });
  return d;
}

describe('isArticleUrl', () => {
  test.each<[string, boolean]>([
    ['https://news.example/2024/05/story.html', true],
    ['http://news.example/story', true],
    ['HTTPS://News.Example/story', true],
    ['https://news.example/?p=123', true],
    ['https://news.example?p=123', true],
    ['https://news.example/#/story', false],
    ['https://news.example', false],
    ['https://news.example/', false],
    ['https://news.example#top', false],
    ['https://news.example/#top', false],
    ['https://news.example//', true],
    ['https:///story', false],
    ['ftp://news.example/story', false],
    ['file:///tmp/story.html', false],
    ['news.example/story', false],
    [`https://news.example/${'a'.repeat(4096)}`, false],
  ])('%s: %s', (url, article) => {
    expect(isArticleUrl(url)).toBe(article);
  });
});

describe('isWebUrl', () => {
  test.each<[string, boolean]>([
    ['https://news.example/', true],
    ['HTTP://news.example', true],
    ['ftp://news.example/story', false],
    ['chrome://settings', false],
    [`https://news.example/${'a'.repeat(4096)}`, false],
  ])('%s: %s', (url, web) => {
    expect(isWebUrl(url)).toBe(web);
  });
});

describe('worthSendingFromTab', () => {
  const story = 'https://news.example/2024/05/story.html';
  test.each<[string, string, string | undefined, boolean]>([
    ['an article at an article URL', '<article><p>Body</p></article>', undefined, true],
    ['an article on the front page', '<article><p>Body</p></article>', 'front', false],
    ['a page with no article signs and little text', '<div>Login</div>', undefined, false],
    ['a long text document', 'x'.repeat(500), 'text/plain', true],
    ['a short text document', 'User-agent: *', 'text/plain', false],
    ['an SVG document', '<article><p>Body</p></article>', 'image/svg+xml', false],
  ])('%s: %s', (_name, body, kind, worth) => {
    const url = kind === 'front' ? 'https://news.example/' : story;
    const type = kind === 'front' ? undefined : kind;
    expect(worthSendingFromTab(doc(body, url, type))).toBe(worth);
  });
});
