import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { MAX_DIGEST_CHARS } from '../limits.ts';
import { digestPage } from './digestPage.ts';

function page(body: string, head = ''): Document {
  const window = new Window({ url: 'https://news.example/2024/05/story.html' });
  window.document.write(`<!doctype html><html lang="vi"><head>${head}</head><body>${body}</body></html>`);
  return window.document as unknown as Document;
}

const para = (text: string, n = 3) => `<p>${`${text} `.repeat(n)}</p>`;
const ARTICLE = `<div class="content">${para('Người dân trong vùng lũ đã được sơ tán đến nơi an toàn.')}${para('Nước dâng cao trong đêm, nhiều tuyến đường bị chia cắt.')}</div>`;
const NAV = `<nav>${'<a href="/x">Thể thao</a>'.repeat(50)}</nav>`;

describe('digestPage', () => {
  test('keeps the head metadata, JSON-LD from the body, and the article with its attributes', () => {
    const doc = page(
      `${NAV}<main><div class="wrap"><h1>Lũ lớn</h1><p class="src" style="display:none">Nguồn: <a href="https://orig.example/a">Orig</a></p>${ARTICLE}</div></main><script type="application/ld+json">{"@type":"NewsArticle"}</script>`,
      '<title>Lũ lớn</title><meta property="og:type" content="article"><link rel="canonical" href="https://news.example/a"><script>var big = 1;</script>',
    );
    const digest = digestPage(doc);
    expect(digest).toContain('<html lang="vi">');
    expect(digest).toContain('<title>Lũ lớn</title>');
    expect(digest).toContain('<meta property="og:type" content="article">');
    expect(digest).toContain('<link rel="canonical" href="https://news.example/a">');
    expect(digest).toContain('{"@type":"NewsArticle"}');
    expect(digest).toContain(
      '<p class="src" style="display:none">Nguồn: <a href="https://orig.example/a">Orig</a></p>',
    );
    expect(digest).toContain('Người dân trong vùng lũ');
    expect(digest).toContain('<main>');
  });

  test('leaves out what is neither the article nor the page’s last blocks', () => {
    const listing = `<section class="listing">${'<p>Tin khác không liên quan</p>'.repeat(400)}</section>`;
    const doc = page(
      `<div id="top">${NAV}</div><div id="mid">${listing}<div>x</div></div><div id="body">${ARTICLE}</div><footer><p>Theo Orig</p></footer>`,
    );
    const digest = digestPage(doc);
    expect(digest).toContain('Nước dâng cao');
    expect(digest).toContain('<footer><p>Theo Orig</p></footer>');
    expect(digest).not.toContain('Tin khác');
  });

  test('escapes text and attributes, and never lets a script’s text close its element early', () => {
    const doc = page(
      `${ARTICLE}<footer><p title='a"b'>1 &lt; 2 &amp; <b>bold</b></p><script>document.write("</scr"+"ipt>")</script></footer>`,
    );
    const digest = digestPage(doc);
    expect(digest).toContain('<p title="a&quot;b">1 &lt; 2 &amp; <b>bold</b></p>');
    const reparsed = parseHTML(digest).document;
    expect(reparsed.querySelectorAll('footer p').length).toBe(1);
  });

  test('leaves out long inline scripts, data blocks, templates and the insides of SVG', () => {
    const doc = page(
      `${ARTICLE}<footer><script>${'x'.repeat(5000)}</script><script type="application/json">{"state":1}</script><template><p>tpl</p></template><svg><path d="M0"/></svg></footer>`,
    );
    const digest = digestPage(doc);
    expect(digest).not.toContain('xxxxx');
    expect(digest).not.toContain('"state"');
    expect(digest).not.toContain('tpl');
    expect(digest).toContain('<svg></svg>');
  });

  test('stays under its cap on a huge page, and keeps the start of an article over its element budget', () => {
    const doc = page(`<div>${para('Một đoạn văn về lũ lụt ở miền Trung năm nay', 1).repeat(5000)}</div>`);
    const digest = digestPage(doc);
    expect(digest.length).toBeLessThanOrEqual(MAX_DIGEST_CHARS);
    expect(digest).toContain('Một đoạn văn về lũ lụt');
    expect(digest.split('<p>').length - 1).toBeLessThan(5000);
  });

  test('trims what the engine never reads and writes the rest as the page has it', () => {
    const doc = page(
      `${ARTICLE}<footer><div class="a"><p>Theo <a href="https://orig.example/">Orig</a></p></div><div class="b"><script>${'y'.repeat(5000)}</script><span>after</span></div></footer>`,
    );
    const digest = digestPage(doc);
    expect(digest).toContain('<div class="a"><p>Theo <a href="https://orig.example/">Orig</a></p></div>');
    expect(digest).toContain('<div class="b"><span>after</span></div>');
    expect(digest).not.toContain('yyyyy');
  });

  test('writes the tags of an ancestor shared by several kept blocks once', () => {
    const items = Array.from(
      { length: 6 },
      (_, i) => `<div class="item">${'<span>x</span>'.repeat(200)}${i}</div>`,
    ).join('');
    const doc = page(`${ARTICLE}<div id="wrap"><section class="tail">${items}</section></div>`);
    const digest = digestPage(doc);
    expect(digest.split('<section class="tail">').length - 1).toBe(1);
    expect(digest).toContain('</section></div></body>');
  });
});
