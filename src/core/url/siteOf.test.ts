import { expect, test } from 'vitest';
import { sameSite, siteOf, siteOfUrl } from './siteOf.ts';

test.each([
  ['tinnhanh-tonghop24h.net', 'tinnhanh-tonghop24h.net'],
  ['www.bbc.co.uk', 'bbc.co.uk'],
  ['next.liberation.fr', 'liberation.fr'],
  ['mcupdate.tumblr.com', 'mcupdate.tumblr.com'],
  ['stevenhgm.pixnet.net', 'stevenhgm.pixnet.net'],
  ['example.blogspot.com', 'example.blogspot.com'],
  // Shared platforms the Public Suffix List does not list: each blog is its own site.
  ['news-digest.wordpress.com', 'news-digest.wordpress.com'],
  ['www.wordpress.com', 'wordpress.com'],
  ['a.b.substack.com', 'b.substack.com'],
  ['WWW.Example.COM.', 'example.com'],
  [null, null],
])('siteOf(%s) = %s', (host, site) => {
  expect(siteOf(host)).toBe(site);
});

test.each([
  ['https://www.bbc.com/news/x', 'bbc.com'],
  ['https://sport.aktualne.cz/a/b/', 'aktualne.cz'],
  ['https://baoangiang.com.vn/a.html', 'baoangiang.com.vn'],
  ['https://mcupdate.tumblr.com/post/1', 'mcupdate.tumblr.com'],
  ['not a url', null],
])('siteOfUrl(%s) = %s', (url, site) => {
  expect(siteOfUrl(url)).toBe(site);
});

test.each([
  ['https://www.lemonde.fr/a', 'https://lemonde.fr/b', true],
  ['https://a.blogspot.com/x', 'https://b.blogspot.com/x', false],
  ['https://copy-blog.wordpress.com/x', 'https://original-blog.wordpress.com/x', false],
  ['https://tinnhanh-tonghop24h.net/x/', 'https://baoangiang.com.vn/x.html', false],
  ['not a url', 'not a url', false],
])('sameSite(%s, %s) = %s', (a, b, expected) => {
  expect(sameSite(a, b)).toBe(expected);
});
