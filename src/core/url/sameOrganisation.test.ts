import { expect, test } from 'vitest';
import { sameOrganisation } from './sameOrganisation.ts';

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
