import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs script module without types
import { nameKey, normUrl, realMetrics, sameSource } from '../../scripts/real-metrics.mjs';
// @ts-expect-error: a plain .mjs script module without types
import { setOf } from '../../scripts/real-add.mjs';

describe('sameSource: is the reported claimed source the labelled one', () => {
  test.each([
    ['Agência Brasil', 'AGENCIA BRASIL', [], true],
    ['Reuters', 'The Reuters', [], true],
    ['Live Science', 'https://www.livescience.com/some-article', [], true],
    ['vnexpress.net', 'https://vnexpress.net/abc', [], true],
    ['www.interfax.ru', 'interfax.ru', [], true],
    ['https://a.example/x/', 'http://A.example/x', [], true],
    ['AP', 'Associated Press', ['Associated Press'], true],
    ['AP', 'apnews.com', ['apnews.com'], true],
    // a URL label needs the same URL: the right site is not the right article
    ['https://a.example/x', 'a.example', [], false],
    ['https://a.example/x', 'https://a.example/y', [], false],
    ['dpa', 'AP', [], false],
    ['Le Monde', 'Le Monde diplomatique', [], false],
    ['G1', null, [], false],
    ['G1', '', [], false],
  ])('%s vs %s (aliases %j) → %s', (expected, reported, aliases, same) => {
    expect(sameSource(expected, reported, aliases)).toBe(same);
  });

  test('names compare without accents, case, spacing or punctuation', () => {
    expect(nameKey('Báo Gia đình & Xã hội')).toBe(nameKey('bao gia dinh xa hoi'));
    expect(normUrl('HTTPS://Example.org:443/a/?q=1#top')).toBe('example.org/a?q=1');
  });
});

describe('realMetrics', () => {
  const named = (url: string, source: string, kind = 'dateline') => ({
    url,
    kind,
    expect: { verdict: 'suspected', claimedSource: source },
  });
  const clean = (url: string, kind = 'original') => ({ url, kind, expect: { verdict: 'clean', claimedSource: null } });
  const cases = [
    named('https://a.example/1', 'AP'),
    named('https://a.example/2', 'dpa'),
    named('https://a.example/3', 'EFE', 'source-label'),
    clean('https://b.example/1'),
    clean('https://b.example/2', 'photo-credit'),
  ];
  const reports = [
    { url: 'http://a.example/1/', verdict: 'suspected', claimedSource: 'AP' },
    { url: 'https://a.example/2', verdict: 'suspected', claimedSource: 'Reuters' },
    { url: 'https://a.example/3', verdict: 'clean', claimedSource: null },
    { url: 'https://b.example/1', verdict: 'clean' },
    { url: 'https://b.example/2', verdict: 'suspected', claimedSource: 'ANP' },
  ];

  test('counts detected, read right and flagged, overall and by kind', () => {
    const m = realMetrics(cases, reports);
    expect(m.all).toMatchObject({ named: 3, detected: 2, sourceRead: 1, clean: 2, flagged: 1 });
    expect(m.all.detectedRate).toBeCloseTo(2 / 3);
    expect(m.all.sourceReadRate).toBeCloseTo(1 / 3);
    expect(m.all.flaggedRate).toBe(0.5);
    expect(m['kind:dateline']).toMatchObject({ named: 2, detected: 2, sourceRead: 1 });
    expect(m['kind:photo-credit']).toMatchObject({ clean: 1, flagged: 1 });
  });

  test('an unchecked page (the CLI could not check it) is neither detected nor flagged', () => {
    const unchecked = cases.map((c) => ({ url: c.url, verdict: 'unchecked', claimedSource: null }));
    expect(realMetrics(cases, unchecked).all).toMatchObject({ detected: 0, sourceRead: 0, flagged: 0 });
  });

  test('a page without a report counts as not detected and not flagged', () => {
    expect(realMetrics(cases, []).all).toMatchObject({ detected: 0, sourceRead: 0, flagged: 0 });
  });
});

describe('setOf: the dev / heldout split', () => {
  const urls = Array.from({ length: 400 }, (_, i) => `https://site${i}.example/article-${i * 7}`);

  test('is a function of the normalised URL only', () => {
    expect(setOf('https://Site1.example/article-7/')).toBe(setOf('http://site1.example/article-7'));
  });

  test('puts about 60 % of pages in dev', () => {
    const dev = urls.filter((u) => setOf(u) === 'dev').length / urls.length;
    expect(dev).toBeGreaterThan(0.5);
    expect(dev).toBeLessThan(0.7);
  });
});
