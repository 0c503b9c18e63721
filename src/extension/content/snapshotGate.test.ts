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

// One table for both URL tests: each URL with whether it is a web URL and whether it is an article URL (an article
// URL is always a web URL).
const URLS: [url: string, web: boolean, article: boolean][] = [
  ['https://news.example/2024/05/story.html', true, true],
  ['http://news.example/story', true, true],
  ['HTTPS://News.Example/story', true, true],
  ['https://news.example/?p=123', true, true],
  ['https://news.example?p=123', true, true],
  ['https://news.example/#/story', true, false],
  ['https://news.example', true, false],
  ['HTTP://news.example', true, false],
  ['https://news.example/', true, false],
  ['https://news.example#top', true, false],
  ['https://news.example/#top', true, false],
  ['https://news.example//', true, true],
  ['https:///story', true, false],
  ['ftp://news.example/story', false, false],
  ['file:///tmp/story.html', false, false],
  ['chrome://settings', false, false],
  ['news.example/story', false, false],
  [`https://news.example/${'a'.repeat(4096)}`, false, false],
];

describe.each([
  ['isWebUrl', isWebUrl, 1],
  ['isArticleUrl', isArticleUrl, 2],
] as const)('%s', (_name, isKind, column) => {
  test.each(URLS.map((row) => [row[0], row[column]] as const))('%s: %s', (url, expected) => {
    expect(isKind(url)).toBe(expected);
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
