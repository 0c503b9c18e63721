import { Window } from 'happy-dom';
import { describe, expect, test } from 'vitest';
import { findArticle } from './findArticle.ts';

function page(body: string): Document {
  const window = new Window({ url: 'https://news.example/2024/05/story.html' });
  window.document.write(`<!doctype html><html><head></head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

const para = (text: string, n = 3) => `<p>${`${text} `.repeat(n)}</p>`;
const ARTICLE = `<div class="content">${para('Người dân trong vùng lũ đã được sơ tán đến nơi an toàn.')}${para('Nước dâng cao trong đêm, nhiều tuyến đường bị chia cắt.')}</div>`;
const NAV = `<nav>${'<a href="/x">Thể thao</a>'.repeat(50)}</nav>`;

describe('findArticle', () => {
  test.each([
    ['the element with the most paragraph text', `${NAV}<div id="a">${ARTICLE}</div>`, 'content'],
    ['no paragraphs: none', `${NAV}<div>short</div>`, null],
  ])('%s', (_name, body, className) => {
    const { root } = findArticle(page(`<div id="outer"><div id="mid">${body}</div></div>`));
    if (className === null) expect(root).toBeNull();
    else expect(root?.querySelector(`.${className}`) ?? root).toBeTruthy();
  });

  test('an <article> around the text is taken whole', () => {
    const { root } = findArticle(page(`<article><h1>T</h1><div class="byline">By A</div>${ARTICLE}</article>`));
    expect(root?.localName).toBe('article');
  });
});
