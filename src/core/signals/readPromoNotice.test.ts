/**
 * The original's promotion of its own channels carried along by a copy (issue 11, family 6): "follow <outlet> on
 * WhatsApp", "download the <outlet> app", a paywall's "<outlet> subscribers only". Wording and outlets of our own;
 * the hard negatives are a site's own promotions ("follow us", "our newsletter", title-cased buttons), an everyday
 * word, and a page promoting itself by name.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { LANGUAGE_PACKS } from '../data/lang/languagePacks.ts';
import { promoOutlet, promoPatterns, readPromoNotices } from './readPromoNotice.ts';
import { readPage } from '../page/readPage.ts';
import { scanPage } from './scanPage.ts';

describe('a promotion names the outlet it promotes', () => {
  test.each([
    ['en, a channel', 'Follow The Harbour Courier on WhatsApp for the day’s top stories.', 'The Harbour Courier'],
    ['en, an app', 'Download the Quayside Post app to read on the go.', 'Quayside Post'],
    ['en, a paywall', 'This story is for Quayside Post subscribers only.', 'Quayside Post'],
    ['en, a coined name with a digit', 'Join N7 Harbour on Telegram', 'N7 Harbour'],
    [
      'pt, a channel, coined lower-case name',
      'Clique aqui para seguir o canal do p7 Litoral no WhatsApp',
      'p7 Litoral',
    ],
    ['fr, a channel', 'Suivez Le Courrier du Port sur Telegram.', 'Le Courrier du Port'],
    ['de, a newsletter', 'Den Newsletter des Hafenboten abonnieren', 'Hafenboten'],
    ['ru, read on a platform', 'Читайте Вестник Порта в Telegram', 'Вестник Порта'],
    ['tr, the outlet first', 'Haberler için Liman Postası WhatsApp kanalına katılın', 'Liman Postası'],
  ])('%s', (_, sentence, outlet) => {
    expect(promoOutlet(sentence)).toBe(outlet);
  });
});

describe("a site's own promotions name nobody", () => {
  test.each([
    ['follow us', 'Follow us on WhatsApp for more stories.'],
    ['a title-cased button', 'Follow Us On WhatsApp'],
    ['our newsletter, capitalised', 'Subscribe to Our Newsletter'],
    ['an everyday word', 'Download the Free app today.'],
    ['a lower-case word', 'Assine a newsletter e receba as notícias.'],
    ['German "uns"', 'Folgen Sie uns auf Telegram.'],
    ['no promotion at all', 'The harbour board met on Tuesday.'],
  ])('%s', (_, sentence) => {
    expect(promoOutlet(sentence)).toBeNull();
  });
});

// The first scan of a process compiles every pack's matchers (seconds on a loaded machine): done once here, with its
// own generous timeout, so that no single test below carries it.
beforeAll(() => {
  scanPage(
    parseHTML('<html><body><article><p>warm-up</p></article></body></html>').document as unknown as Document,
    'https://warm.example/a',
  );
}, 120_000);

const page = (paragraphs: string[], url: string) =>
  scanPage(
    parseHTML(
      `<html><head><title>Pier to close</title></head><body><article><h1>Pier to close</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    ).document as unknown as Document,
    url,
  );
const BODY = [
  'The harbour board agreed on Monday to close the old ferry pier, ending a service that had run since the war.',
  'Residents said they would petition the council to keep at least a summer service running next year.',
];

describe('on a page', () => {
  test("a copy carrying another outlet's promotion names it", () => {
    const r = page(
      [...BODY, 'Follow The Harbour Courier on WhatsApp for the day’s top stories.'],
      'https://aggregator.example/p/1',
    );
    expect(r.claims).toContainEqual({ value: 'The Harbour Courier', type: 'name', via: 'copied-boilerplate' });
  });

  test('a page promoting itself names nothing', () => {
    const r = page(
      [...BODY, 'Follow The Harbour Courier on WhatsApp for the day’s top stories.'],
      'https://www.harbourcourier.example/p/1',
    );
    expect(r.signals.filter((s) => s.kind === 'copied-boilerplate')).toEqual([]);
  });
});

describe('promoNotices in the packs', () => {
  test('every pack writes promotions, each with exactly one outlet mark', () => {
    for (const pack of LANGUAGE_PACKS) {
      expect(pack.promoNotices.length, pack.code).toBeGreaterThan(0);
      for (const p of pack.promoNotices) expect(p.split('@').length, `${pack.code}: ${p}`).toBe(2);
    }
    expect(promoPatterns().patterns.length).toBeGreaterThan(100);
  });

  test('pathological input stays fast: runs of phrase starts, capitals and platforms', () => {
    const inputs = [
      'follow '.repeat(5000),
      `follow ${'Aa '.repeat(20_000)}on WhatsApp`,
      `${'Aa '.repeat(20_000)}WhatsApp kanalına katılın`,
      'subscribe to '.repeat(5000),
      `${'关注'.repeat(10_000)}微信公众号`,
      `${'. Ab'.repeat(20_000)}`,
    ];
    const started = performance.now();
    for (const t of inputs) {
      promoOutlet(t.slice(0, 300));
      readPromoNotices(
        readPage(
          parseHTML(`<html><body><article><p>${t}</p><p>${t}</p></article></body></html>`)
            .document as unknown as Document,
          'https://x.example/a',
        ),
      );
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
