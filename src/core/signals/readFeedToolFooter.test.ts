import { expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { detectFeedFooter } from './detectFeedFooter.ts';
import { readFeedToolFooter } from './readFeedToolFooter.ts';

test.each([
  [
    'a feed name in Bengali',
    'নদীর পানি বাড়ছে... বিস্তারিত\nfrom দৈনিক নদীতীর https://ift.tt/3AbCdE',
    'দৈনিক নদীতীর',
    'name',
  ],
  [
    'a Latin name, another relay',
    'Harvest up again this year.\nfrom Valley Courier https://dlvr.it/Sx12Q',
    'Valley Courier',
    'name',
  ],
  [
    'a section before the outlet: the last part',
    'from Sport - Harbour Daily https://ift.tt/9zz',
    'Harbour Daily',
    'name',
  ],
  ['the outlet first, a known name', 'from Reuters | World https://buff.ly/4kLm', 'Reuters', 'name'],
  ['a host as the feed name', 'from riverpost.example https://bit.ly/xY7', 'riverpost.example', 'host'],
])('%s', (_name, text, value, type) => {
  expect(readFeedToolFooter(text)?.claim).toEqual({ value, type, via: 'feed-footer' });
});

test.each([
  ['a link to an article, no relay: another reader decides', 'from Valley Courier https://valleycourier.example/x/1'],
  ['a platform is where it was posted, not an outlet', 'from Twitter https://ift.tt/2bcD'],
  ['a platform host', 'from facebook.com https://ift.tt/2bcD'],
  ['a year, no name', 'from 2019 https://bit.ly/2bcD'],
  ['a sentence going on after the link', 'from the river https://bit.ly/2bcD we walked home'],
  ['a sentence, not a footer', 'Photos from the harvest festival https://ift.tt/2bcD'],
])('%s: nothing', (_name, text) => {
  expect(readFeedToolFooter(text)).toBeNull();
});

// The precheck (an address written out, "://") must let every footer the reader takes through: written for this test,
// a scheme in capitals, a footer on the last of many lines, the link after spaces of several kinds.
test.each([
  ['a scheme in capitals', 'from Harbour Daily HTTPS://IFT.TT/7QrS', 'Harbour Daily'],
  [
    'the last of many lines',
    `${'The ferry runs again.\n'.repeat(40)}from Harbour Daily https://dlvr.it/Q1`,
    'Harbour Daily',
  ],
  ['spaces of several kinds', 'from\u00a0Harbour Daily\u2003 https://buff.ly/zz9', 'Harbour Daily'],
])('the address precheck lets it through: %s', (_name, text, value) => {
  expect(readFeedToolFooter(text)?.claim.value).toBe(value);
});

test('a text with no address written out is no footer', () => {
  expect(readFeedToolFooter('from Harbour Daily ift.tt/7QrS')).toBeNull();
});

test('pathological input: long and many lines finish fast', () => {
  const line = `from ${'a '.repeat(40)}${'b'.repeat(20_000)} https://ift.tt/${'x'.repeat(5_000)}`;
  const text = Array.from({ length: 500 }, () => line).join('\n');
  const started = performance.now();
  readFeedToolFooter(text);
  readFeedToolFooter(`from ${' x'.repeat(100_000)} https://ift.tt/a`);
  expect(performance.now() - started).toBeLessThan(2000);
});

const URL = 'https://autofeed-bangla.example.blogspot.com/2024_05_02_archive.html';
function run(body: string): ReturnType<typeof detectFeedFooter> {
  const html = `<html><head><title>Autofeed</title></head><body><article><h1>Title</h1><div class="post-body"><p>Body text of the copied item, long enough to be the main text of it.</p>${body}</div></article></body></html>`;
  return detectFeedFooter(readPage(parseHTML(html).document as unknown as Document, URL));
}

test('detectFeedFooter: a feed tool footer claims the feed name, not the short link', () => {
  const found = run('<p>from দৈনিক নদীতীর <a href="https://ift.tt/3AbCdE">https://ift.tt/3AbCdE</a></p>');
  expect(found.claims).toEqual([{ value: 'দৈনিক নদীতীর', type: 'name', via: 'feed-footer' }]);
  expect(found.signals[0]).toMatchObject({ kind: 'feed-footer', target: 'দৈনিক নদীতীর', strength: 0.5 });
});

test('detectFeedFooter: a "from" line with an article link elsewhere is no feed-tool footer', () => {
  expect(run('<p>from Valley Courier https://valleycourier.example/story/1</p>').claims).toEqual([]);
});
