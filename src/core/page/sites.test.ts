import { expect, test } from 'vitest';
import { absoluteHttpUrl, sameOrganisation, siteOf, stripTrailingPunctuation } from './sites.ts';

test.each([
  ['tinnhanh-tonghop24h.net', 'tinnhanh-tonghop24h.net'],
  ['www.bbc.co.uk', 'bbc.co.uk'],
  ['next.liberation.fr', 'liberation.fr'],
  ['mcupdate.tumblr.com', 'mcupdate.tumblr.com'],
  ['stevenhgm.pixnet.net', 'stevenhgm.pixnet.net'],
  ['example.blogspot.com', 'example.blogspot.com'],
])('siteOf(%s) = %s', (host, site) => {
  expect(siteOf(host)).toBe(site);
});

test.each([
  ['bbc.com', 'bbc.co.uk', true],
  ['vox.com', 'vox-cdn.com', true],
  ['nytimes.com', 'nyt.com', true],
  ['bbc.com', 'bbci.co.uk', true],
  ['ehow.com', 'ehowcdn.com', true],
  ['example-news.com', 'tinnhanh-example.xyz', false],
  ['example.org', 'tintuc-example-365.live', false],
  ['theguardian.com', 'guim.co.uk', false],
  ['cnn.com', 'cnbc.com', false],
  ['news.de', 'newsdesk24.live', false],
  ['info.com', 'infowire.net', false],
])('sameOrganisation(%s, %s) = %s', (a, b, same) => {
  expect(sameOrganisation(a, b)).toBe(same);
});

test.each([
  ['https://x.vn/a.html.', 'https://x.vn/a.html'],
  ['https://x.vn/a/),', 'https://x.vn/a/'],
  ['https://x.vn/a。', 'https://x.vn/a'],
  ['https://x.vn/a', 'https://x.vn/a'],
  // An ellipsis after a URL written out ("Source: https://…/a.html…") is not part of it.
  ['https://x.vn/a.html…', 'https://x.vn/a.html'],
  ['https://x.vn/a-b_c', 'https://x.vn/a-b_c'],
])('stripTrailingPunctuation(%s)', (raw, out) => {
  expect(stripTrailingPunctuation(raw)).toBe(out);
});

test.each([
  ['/a/b', 'https://site.com/x/', 'https://site.com/a/b'],
  ['javascript:alert(1)', 'https://site.com/', null],
  ['mailto:a@b.c', 'https://site.com/', null],
  ['#top', 'https://site.com/', null],
  ['//cdn.site.com/i.png', 'https://site.com/', 'https://cdn.site.com/i.png'],
])('absoluteHttpUrl(%s)', (href, base, out) => {
  expect(absoluteHttpUrl(href, base)).toBe(out);
});
