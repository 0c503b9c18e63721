import { expect, test } from 'vitest';
import { sameSite, siteOf } from './sameSite.ts';

test.each([
  ['https://www.bbc.com/news/x', 'bbc.com'],
  ['https://sport.aktualne.cz/a/b/', 'aktualne.cz'],
  ['https://baoangiang.com.vn/a.html', 'baoangiang.com.vn'],
  ['https://mcupdate.tumblr.com/post/1', 'mcupdate.tumblr.com'],
  ['not a url', null],
])('siteOf(%s) = %s', (url, site) => {
  expect(siteOf(url)).toBe(site);
});

test.each([
  ['https://www.lemonde.fr/a', 'https://lemonde.fr/b', true],
  ['https://a.blogspot.com/x', 'https://b.blogspot.com/x', false],
  ['https://tinnhanh-tonghop24h.net/x/', 'https://baoangiang.com.vn/x.html', false],
])('sameSite(%s, %s) = %s', (a, b, expected) => {
  expect(sameSite(a, b)).toBe(expected);
});
