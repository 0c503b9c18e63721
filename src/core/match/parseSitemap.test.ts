import { describe, expect, test } from 'vitest';
import { MAX_SITEMAP_ENTRIES, parseSitemap } from './parseSitemap.ts';

const NEWS = `\ufeff<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
<url><loc>https://news.example/world/whales</loc><lastmod>2019-01-03</lastmod>
 <image:image><image:loc>https://img.news.example/whale.jpg</image:loc></image:image>
 <news:news><news:publication><news:name>The Example</news:name></news:publication>
 <news:title>'What is the sea telling us?': M&#257;ori tribes &amp; whales</news:title></news:news></url>
<url><loc>https://news.example/other</loc></url>
</urlset>`;

describe('parseSitemap', () => {
  test('news sitemap: loc, news:title with entities, lastmod, image:loc kept apart', () => {
    const map = parseSitemap(NEWS);
    expect(map.kind).toBe('urlset');
    expect(map.entries).toEqual([
      {
        loc: 'https://news.example/world/whales',
        title: "'What is the sea telling us?': Māori tribes & whales",
        lastmod: '2019-01-03',
        images: ['https://img.news.example/whale.jpg'],
      },
      { loc: 'https://news.example/other', title: null, lastmod: null, images: [] },
    ]);
  });

  test('sitemap index', () => {
    const map = parseSitemap(
      '<sitemapindex><sitemap><loc>https://a.example/post-sitemap.xml</loc><lastmod>2024-01-01</lastmod></sitemap><sitemap><loc> https://a.example/page-sitemap.xml </loc></sitemap></sitemapindex>',
    );
    expect(map.kind).toBe('index');
    expect(map.entries.map((e) => e.loc)).toEqual([
      'https://a.example/post-sitemap.xml',
      'https://a.example/page-sitemap.xml',
    ]);
  });

  test.each([
    [
      'unclosed <url> and <loc>',
      '<urlset><url><loc>https://a.example/one<url><loc>https://a.example/two</loc></url>',
      ['https://a.example/one', 'https://a.example/two'],
    ],
    [
      'CDATA loc',
      '<urlset><url><loc><![CDATA[https://a.example/x?a=1&b=2]]></loc></url></urlset>',
      ['https://a.example/x?a=1&b=2'],
    ],
    [
      'escaped query',
      '<urlset><url><loc>https://a.example/x?a=1&amp;b=2</loc></url></urlset>',
      ['https://a.example/x?a=1&b=2'],
    ],
    [
      'upper-case tags and a comment',
      '<URLSET><!-- <url><loc>https://a.example/hidden</loc></url> --><URL><LOC>https://a.example/y</LOC></URL></URLSET>',
      ['https://a.example/y'],
    ],
    [
      'relative and javascript locs dropped',
      '<urlset><url><loc>/relative</loc></url><url><loc>javascript:alert(1)</loc></url></urlset>',
      [],
    ],
    ['text sitemap', 'https://a.example/a\nhttps://a.example/b\n', ['https://a.example/a', 'https://a.example/b']],
  ])('%s', (_name, text, locs) => {
    expect(parseSitemap(text).entries.map((e) => e.loc)).toEqual(locs);
  });

  test.each([
    [
      'an HTML page',
      '<!doctype html><html><head><title>Not found</title></head><body><a href="https://a.example/x">x</a></body></html>',
    ],
    ['prose that mentions a URL', 'Our sitemap moved.\nSee https://a.example/x for details\n'],
    ['empty', ''],
    ['truncated garbage', '<urlset><url><lo'],
  ])('no entries from %s', (_name, text) => {
    const map = parseSitemap(text);
    expect(map.kind).toBe('unknown');
    expect(map.entries).toEqual([]);
  });

  test('huge input is capped and stays fast', () => {
    const text = '<urlset>' + '<url><loc>https://a.example/p</loc></url>'.repeat(100_000) + '</urlset>';
    const t0 = performance.now();
    const map = parseSitemap(text);
    expect(map.entries).toHaveLength(MAX_SITEMAP_ENTRIES);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });

  test('pathological unclosed tags stay linear', () => {
    const text = '<urlset>' + '<url><loc'.repeat(200_000);
    const t0 = performance.now();
    expect(parseSitemap(text).entries).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
