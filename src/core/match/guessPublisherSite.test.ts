import { describe, expect, test } from 'vitest';
import { tableWeb } from '../../../test/helpers/tableWeb.ts';
import { findCandidates, type Candidate } from './findCandidates.ts';
import { guessPublisherSite, MAX_GUESS_TRIES, siteGuesses } from './guessPublisherSite.ts';

const COPY = 'https://copyfarm.example/some-story-123.html';
const CZ_COPY = 'https://zpravy-kopie.cz/nejaky-clanek.html';

const home = (head: string, body = '<h1>Latest</h1>'): [string, string] => [
  'text/html',
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
];

describe('siteGuesses: hosts from the shape of a name', () => {
  test.each([
    // one word: the .com, then its www. form
    ['Quillora', COPY, ['https://quillora.com', 'https://www.quillora.com']],
    // a leading article: run together, then without it
    ['The Quillpost', COPY, ['https://thequillpost.com', 'https://quillpost.com', 'https://www.thequillpost.com']],
    // an acronym and a section run together: the section's subdomain of the brand
    ['ZQXMoney', COPY, ['https://zqxmoney.com', 'https://money.zqx.com', 'https://www.zqxmoney.com']],
    // two words: the same
    [
      'Brindle Finance',
      COPY,
      ['https://brindlefinance.com', 'https://finance.brindle.com', 'https://www.brindlefinance.com'],
    ],
    // diacritics folded; the copy's country suffix second
    ['Nováček', CZ_COPY, ['https://novacek.com', 'https://novacek.cz', 'https://www.novacek.com']],
  ])('%s on %s', (name, page, expected) => {
    expect(siteGuesses(name, page)).toEqual(expected);
  });

  test.each([
    ['a name written as a domain is its own host', 'Zprávičky.cz'],
    ['letters no host name is made of', 'Новости Дня'],
    ['a phrase, not a brand', 'according to reports by several local newspapers'],
    ['too short a label', 'AB'],
    ['empty', '   '],
  ])('no guess: %s', (_why, name) => {
    expect(siteGuesses(name, COPY)).toEqual([]);
  });

  test('never the copy’s own site, never more than the tries', () => {
    expect(siteGuesses('Copyfarm', 'https://www.copyfarm.com/x')).toEqual([]);
    expect(siteGuesses('The Brindle Money', CZ_COPY).length).toBeLessThanOrEqual(MAX_GUESS_TRIES);
  });
});

describe('guessPublisherSite: a guess is kept only when its homepage has the name', () => {
  test('og:site_name matches: the site, after one fetch', async () => {
    const { ports, log } = tableWeb({
      'https://quillora.com/': home('<meta property="og:site_name" content="Quillora">'),
    });
    expect(await guessPublisherSite('Quillora', COPY, ports)).toEqual({ origin: 'https://quillora.com', fetches: 1 });
    expect(log).toEqual(['https://quillora.com/']);
  });

  test('a section subdomain found by its title brand, after the run-together guess failed', async () => {
    const { ports, log } = tableWeb({ 'https://money.zqx.com/': home('<title>Markets today | ZQXMoney</title>') });
    expect(await guessPublisherSite('ZQXMoney', COPY, ports)).toEqual({ origin: 'https://money.zqx.com', fetches: 2 });
    expect(log).toEqual(['https://zqxmoney.com/', 'https://money.zqx.com/']);
  });

  test('JSON-LD publisher written apart ("Brindle Finance") matches the name run together', async () => {
    const ld = JSON.stringify({ '@type': 'NewsMediaOrganization', name: 'Brindle Finance' });
    const { ports } = tableWeb({
      'https://brindlefinance.com/': home(`<title>Home</title><script type="application/ld+json">${ld}</script>`),
    });
    expect((await guessPublisherSite('BrindleFinance', COPY, ports)).origin).toBe('https://brindlefinance.com');
  });

  test('a homepage that calls itself something else is not the publisher', async () => {
    const { ports, log } = tableWeb({
      'https://quillora.com/': home(
        '<meta property="og:site_name" content="Parked domain for sale"><title>Buy this domain</title>',
      ),
      'https://www.quillora.com/': home('<title>Quillora Hotels & Resorts</title>'),
    });
    // "Quillora Hotels & Resorts" shares only one of its three words: not the same name.
    expect(await guessPublisherSite('Quillora', COPY, ports)).toEqual({ origin: null, fetches: 2 });
    expect(log).toHaveLength(2);
  });

  test('redirects: the final origin is the site', async () => {
    const { ports } = tableWeb({});
    ports.fetch = async (url) => ({
      url: url.replace('https://quillora.com/', 'https://www.quillora.com/'),
      status: 200,
      contentType: 'text/html',
      text: '<html><head><meta property="og:site_name" content="Quillora"></head></html>',
    });
    expect((await guessPublisherSite('Quillora', COPY, ports)).origin).toBe('https://www.quillora.com');
  });

  test('failures, non-HTML answers and the tries budget', async () => {
    const { ports, log } = tableWeb({ 'https://thequillpost.com/': ['application/json', '{"name":"The Quillpost"}'] });
    expect(await guessPublisherSite('The Quillpost', COPY, ports, { maxTries: 2 })).toEqual({
      origin: null,
      fetches: 2,
    });
    expect(log).toEqual(['https://thequillpost.com/', 'https://quillpost.com/']);
  });

  test('an aborted check fetches nothing', async () => {
    const { ports, log } = tableWeb({
      'https://quillora.com/': home('<meta property="og:site_name" content="Quillora">'),
    });
    const controller = new AbortController();
    controller.abort();
    expect(await guessPublisherSite('Quillora', COPY, ports, { signal: controller.signal })).toEqual({
      origin: null,
      fetches: 0,
    });
    expect(log).toEqual([]);
  });
});

describe('findCandidates with a named publisher no directory knows', () => {
  const ARTICLE = 'https://money.zqx.com/2024/05/02/markets/rates-hold-steady/index.html';
  const site = {
    'https://money.zqx.com/': home('<meta property="og:site_name" content="ZQXMoney">'),
    'https://money.zqx.com/robots.txt': ['text/plain', 'Sitemap: https://money.zqx.com/sitemap.xml'],
    'https://money.zqx.com/sitemap.xml': ['application/xml', `<urlset><url><loc>${ARTICLE}</loc></url></urlset>`],
  } satisfies Record<string, [string, string]>;
  const hints = {
    url: 'https://copyfarm.example/rates-hold-steady-4411.html',
    title: 'Rates hold steady',
    lang: 'en',
    hotlinkHosts: [],
    sketch: null,
  };

  test('the guessed site is searched like a directory entry', async () => {
    const { ports } = tableWeb(site);
    const got: Candidate[] = [];
    for await (const c of findCandidates(
      { ...hints, claims: [{ type: 'name', value: 'ZQXMoney', via: 'source-line' }] },
      ports,
    ))
      got.push(c);
    expect(got.map((c) => c.url)).toEqual([ARTICLE]);
    expect(got[0]!.note).toContain('publisher "ZQXMoney"');
  });

  test('a directory entry is used as before, without guessing', async () => {
    const { ports, log } = tableWeb(site);
    ports.directory = { lookup: async () => ['https://money.zqx.com'] };
    for await (const _ of findCandidates(
      { ...hints, claims: [{ type: 'name', value: 'ZQXMoney', via: 'source-line' }] },
      ports,
    ));
    // The first guess would have been the name run together.
    expect(log).not.toContain('https://zqxmoney.com/');
    expect(log[0]).toBe('https://money.zqx.com/robots.txt');
  });
});
