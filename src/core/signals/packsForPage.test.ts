import { describe, expect, test, vi } from 'vitest';
import { parseHtmlLinkedom } from '../../adapters/parseHtmlLinkedom.ts';
import { readPage } from '../page/readPage.ts';
import { textToDocument } from '../text/textToDocument.ts';
import { EVERY_PACK } from '../data/lang/packSet.ts';
import { packsForTexts } from './packsForPage.ts';
import { packGuards } from '../data/lang/packGuards.ts';
import { scanPageData } from './scanPage.ts';
import { fixtureDir, listFixtures, readCase, webOf } from '../../../test/fixtures/pages/golden.ts';

const codes = (texts: string[], lang?: string) => [...packsForTexts(texts, lang).codes];

describe('packsForTexts: the packs a page needs', () => {
  test.each([
    ['English text only', ['The council approved the new bridge on Monday after a long debate.'], ['en']],
    [
      'a Spanish source line on an English page',
      ['The council approved the bridge.', 'Fuente: El Diario'],
      ['en', 'es'],
    ],
    ['Vietnamese text', ['Theo báo Thanh Niên, sáng nay UBND tỉnh đã họp.'], ['en', 'vi']],
    ['Cyrillic text', ['Об этом сообщает агентство.'], ['en', 'ru', 'uk', 'bg', 'sr']],
    ['Han text', ['据新华社报道，今天上午'], ['en', 'zh', 'ja']],
  ])('%s', (_name, texts, expected) => {
    expect(codes(texts)).toEqual(expect.arrayContaining(expected));
    if (expected.length === 1) expect(codes(texts)).toEqual(expected);
  });

  test('the declared language is compiled whatever the words', () => {
    expect(codes(['Hello'], 'fi-FI')).toEqual(['en', 'fi']);
  });

  test('a telling word inside a longer word still counts where the phrase does not bound it', () => {
    // "@ berichtet" ends on the phrase's edge: a reader may match it inside "berichteten".
    expect(codes(['Wie mehrere Zeitungen berichteten, kam es zu Protesten.'])).toContain('de');
  });

  test('a telling word inside a word is read whole, not pieced together from other words', () => {
    const infix = [...packGuards()].flatMap(([code, g]) =>
      g.words.filter((w) => w.mode === 'infix' && [...w.word].length >= 6).map((w) => ({ code, word: w.word })),
    )[0]!;
    const chars = [...infix.word];
    // Each of its three-letter stretches stands in a word of its own ("pentru" as "xpenx xentx xntrx xtrux").
    const pieces = chars.slice(0, -2).map((_, i) => `q${chars.slice(i, i + 3).join('')}q`);
    expect(codes(pieces)).not.toContain(infix.code);
    expect(codes([`q${infix.word}q`])).toContain(infix.code);
  });
});

describe('a page scanned with its packs finds what every pack finds', () => {
  const fixtures = listFixtures();
  test('there are pages', () => expect(fixtures.length).toBeGreaterThanOrEqual(12));
  // Each page compiles its own set's matchers, the first every pack's too: slow under load, a bound not a timing.
  test.each(fixtures)('%s', { timeout: 300_000 }, async (name) => {
    const dir = fixtureDir(name);
    const c = await readCase(dir);
    // The page as the check itself reads it: served by the fixture's offline web.
    const page = await (await webOf(dir, c)).fetch(c.url);
    const body = page.text;
    const doc = () =>
      page.contentType.includes('html')
        ? parseHtmlLinkedom(body, c.url)
        : textToDocument(body, c.url, parseHtmlLinkedom);
    const read = () => readPage(doc(), c.url);
    // With modules of its own: matchers built for a set serve every set it covers, so once every pack's are built
    // (by the scan below, or an earlier page's) a page's own set would never be compiled here.
    vi.resetModules();
    const fresh = {
      scan: await import('./scanPage.ts'),
      packs: await import('./packsForPage.ts'),
    };
    const own = fresh.scan.scanPageData(read(), fresh.packs.packsForPage(read()));
    const every = scanPageData(read(), EVERY_PACK);
    const found = (s: typeof own) => ({
      signals: s.signals,
      claims: s.claims,
      hosts: s.hotlinkHosts,
      poster: s.poster,
    });
    expect(found(own)).toEqual(found(every));
  });
});
