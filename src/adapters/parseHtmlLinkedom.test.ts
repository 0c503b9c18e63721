import { Readability } from '@mozilla/readability';
import { describe, expect, test } from 'vitest';
import { parseHtmlLinkedom } from './parseHtmlLinkedom.ts';

const page = (head: string, body: string) => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('parseHtmlLinkedom', () => {
  test('sets the document address', () => {
    const doc = parseHtmlLinkedom(page('<title>t</title>', '<p>x</p>'), 'https://news.example.com/a/b.html');
    expect([doc.baseURI, doc.documentURI, doc.URL]).toEqual([
      'https://news.example.com/a/b.html',
      'https://news.example.com/a/b.html',
      'https://news.example.com/a/b.html',
    ]);
    expect(doc.title).toBe('t');
  });

  test.each([
    ['/base/', 'https://news.example.com/base/'],
    ['https://cdn.example.org/', 'https://cdn.example.org/'],
    ['../up/', 'https://news.example.com/up/'],
  ])('resolves <base href="%s">', (href, expected) => {
    expect(parseHtmlLinkedom(page(`<base href="${href}">`, ''), 'https://news.example.com/a/b.html').baseURI).toBe(
      expected,
    );
  });

  test('drops a javascript: base', () => {
    expect(parseHtmlLinkedom(page('<base href="javascript:alert(1)">', ''), 'https://news.example.com/a').baseURI).toBe(
      'https://news.example.com/a',
    );
  });

  test.each(['<p>only a fragment</p>', '<!-- c -->\n<div><p>only a fragment</p></div>', 'plain words'])(
    'wraps a fragment: %s',
    (html) => {
      const doc = parseHtmlLinkedom(html, 'https://news.example.com/a');
      expect(doc.documentElement.tagName).toBe('HTML');
      expect(doc.body.textContent).toContain(html.includes('plain') ? 'plain words' : 'only a fragment');
    },
  );

  test('keeps a full document as it is', () => {
    const doc = parseHtmlLinkedom(
      '<!-- generator -->\n<!doctype html>\n<HTML lang="vi"><head><title>x</title></head><body><p>y</p></body></HTML>',
      'https://news.example.com/a',
    );
    expect(doc.documentElement.getAttribute('lang')).toBe('vi');
    expect(doc.querySelectorAll('html')).toHaveLength(1);
  });

  test('Readability resolves relative links and images against the page URL', () => {
    const para =
      'Sáng 7/4, Ban Chỉ đạo thực hiện quy chế dân chủ ở cơ sở tỉnh tổ chức hội nghị sơ kết công tác năm. '.repeat(8);
    const html = page(
      '<title>Tin</title>',
      `<article><h1>Tin</h1><p>${para}</p><p><a href="/lien-quan.html">liên quan</a> <img src="img/a.jpg"></p><p>${para}</p></article>`,
    );
    const article = new Readability(parseHtmlLinkedom(html, 'https://baoangiang.example.vn/tin/bai-viet.html')).parse();
    expect(article?.content).toContain('href="https://baoangiang.example.vn/lien-quan.html"');
    expect(article?.content).toContain('src="https://baoangiang.example.vn/tin/img/a.jpg"');
  });
});

test('a head of many comments stays fast', () => {
  const started = Date.now();
  parseHtmlLinkedom(`${'<!---->'.repeat(1000)}<p>x`, 'https://news.example.com/a');
  expect(Date.now() - started).toBeLessThan(500);
});
