import { describe, expect, test } from 'vitest';
import { MAX_ROBOTS_SITEMAPS, parseRobots } from './parseRobots.ts';

describe('parseRobots', () => {
  test.each([
    [
      'plain',
      'User-agent: *\nDisallow: /admin/\nSitemap: https://a.example/sitemap.xml',
      ['https://a.example/sitemap.xml'],
    ],
    [
      'any case, extra spaces, CRLF',
      'user-agent: *\r\nSITEMAP :   https://a.example/s1.xml  \r\nsitemap:https://a.example/s2.xml',
      ['https://a.example/s1.xml', 'https://a.example/s2.xml'],
    ],
    [
      'inside a group and after a comment',
      'User-agent: Googlebot\nSitemap: https://a.example/news.xml # news\n# Sitemap: https://a.example/old.xml',
      ['https://a.example/news.xml'],
    ],
    ['"Site-map" spelling and a BOM', '\ufeffSite-map: https://a.example/x.xml', ['https://a.example/x.xml']],
    ['relative resolved against the base', 'Sitemap: /sitemap_index.xml', ['https://a.example/sitemap_index.xml']],
    [
      'duplicates dropped',
      'Sitemap: https://a.example/s.xml\nSitemap: https://a.example/s.xml',
      ['https://a.example/s.xml'],
    ],
    ['no sitemap line', 'User-agent: *\nDisallow: /search', []],
    ['not http(s)', 'Sitemap: ftp://a.example/s.xml\nSitemap: javascript:alert(1)', []],
    [
      'an HTML page instead of robots.txt',
      '<!DOCTYPE html><html><body>Sitemap: https://a.example/s.xml</body></html>',
      [],
    ],
    ['"Sitemaps" prose is not a directive', 'Disallow: /sitemaps: https://a.example/s.xml', []],
  ])('%s', (_name, text, expected) => {
    expect(parseRobots(text, 'https://a.example/robots.txt').sitemaps).toEqual(expected);
  });

  test('caps the number of sitemaps on a huge file', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `Sitemap: https://a.example/s${i}.xml`).join('\n');
    expect(parseRobots(text).sitemaps).toHaveLength(MAX_ROBOTS_SITEMAPS);
  });
});
