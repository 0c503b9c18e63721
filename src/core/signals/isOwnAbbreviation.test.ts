import { describe, expect, it } from 'vitest';
import { isOwnAbbreviation } from './isOwnAbbreviation.ts';

describe("isOwnAbbreviation: a capitals tag spelled in the site's host", () => {
  it.each([
    ['the registrable label ends with it', 'MFK', 'www.fotbalmfk.example', 'fotbalmfk.example'],
    ['the registrable label opens with it', 'KVS', 'kvs-sport.example', 'kvs-sport.example'],
    ['a host label is the tag', 'NLD', 'nld.portal.example', 'portal.example'],
    ['a two-letter tag as a whole label', 'ZT', 'zt.example', 'zt.example'],
    ['the whole host label, no site given', 'KVS', 'kvs.example', null],
  ])('own: %s', (_label, tag, host, site) => {
    expect(isOwnAbbreviation(tag, host, site)).toBe(true);
  });

  it.each([
    ['a two-letter tag inside a longer label', 'AP', 'snap-news.example', 'snap-news.example'],
    ['a tag the host does not spell', 'MFK', 'regionalni-listy.example', 'regionalni-listy.example'],
    ['a word, not a capitals tag', 'Sport', 'sportnews.example', 'sportnews.example'],
    ['no host', 'MFK', null, null],
    ['a tag in the middle of the label', 'BCD', 'abcde.example', 'abcde.example'],
  ])('not own: %s', (_label, tag, host, site) => {
    expect(isOwnAbbreviation(tag, host, site)).toBe(false);
  });

  it('stays fast on a hostile host', () => {
    const start = Date.now();
    for (let i = 0; i < 2000; i++) isOwnAbbreviation('ABCDEFGH', `${'a'.repeat(60)}.`.repeat(4) + 'example', null);
    expect(Date.now() - start).toBeLessThan(2000);
  });
});
