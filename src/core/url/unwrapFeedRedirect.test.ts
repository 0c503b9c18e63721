import { describe, expect, test } from 'vitest';
import { unwrapFeedRedirect } from './unwrapFeedRedirect.ts';

/** A feed item id as Google News writes it: field 1 = 19, field 4 = the URL, then a trailing field. */
function idFor(url: string): string {
  const bytes = [0x08, 0x13, 0x22, url.length, ...[...url].map((c) => c.charCodeAt(0)), 0xd2, 0x01, 0x00];
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('unwrapFeedRedirect: the article behind a news aggregator feed link', () => {
  const original = 'https://harbour-gazette.example/2024/03/ferries-timetable/';
  test.each([
    ['rss path', `https://news.google.com/rss/articles/${idFor(original)}?oc=5`],
    ['redirect path', `https://news.google.com/__i/rss/rd/articles/${idFor(original)}?oc=5`],
    ['web path', `https://news.google.com/articles/${idFor(original)}`],
  ])('%s', (_name, url) => {
    expect(unwrapFeedRedirect(url)).toBe(original);
  });

  test.each([
    ['an opaque id (no URL inside)', 'https://news.google.com/rss/articles/AU_yqLNq0sZbT1rXv2wYbH9dQZ0?oc=5'],
    ['another host with the same path', `https://news.example/rss/articles/${idFor(original)}`],
    ['not an article path', 'https://news.google.com/topics/CAAqJggKIiBDQkFTRWdvSUwyMHZNRGx1YlY4U0FtVnVHZ0pWVXlnQVAB'],
    ['not a URL', 'news.google.com/rss/articles/x'],
  ])('%s stays as it is', (_name, url) => {
    expect(unwrapFeedRedirect(url)).toBeNull();
  });

  test('a long hostile id is bounded', () => {
    const start = Date.now();
    expect(unwrapFeedRedirect(`https://news.google.com/rss/articles/${'Ii'.repeat(100_000)}`)).toBeNull();
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
