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

// Families as the web writes them, with outlets and wording of our own: each sentence carries words around the
// promotion that no table holds (a reason, a time, an aside), and its outlet is invented.
describe('the families of promotion, in many languages', () => {
  test.each([
    [
      'en, a possessive channel',
      'Readers can follow the Marsh Telegraph’s WhatsApp channel for flood alerts.',
      'Marsh Telegraph',
    ],
    [
      'en, the channel on a network',
      'Join the Lowland Herald’s community on Telegram to ask our reporters.',
      'Lowland Herald',
    ],
    [
      'en, updates from an outlet',
      'Get breaking news from Pinecrest Examiner on WhatsApp, free of charge.',
      'Pinecrest Examiner',
    ],
    ['en, stay informed', 'Stay informed with Delta Morning Star on Google News.', 'Delta Morning Star'],
    [
      'en, an app with an adjective',
      'Install the official Pinecrest Examiner app to get alerts.',
      'Pinecrest Examiner',
    ],
    [
      'en, a newsletter by name',
      'Sign up to the Delta Morning Star daily briefing, sent at six.',
      'Delta Morning Star',
    ],
    ['en, a paywall', 'This analysis is available only to Lowland Herald subscribers.', 'Lowland Herald'],
    ['en, a paywall’s log-in', 'Already a Marsh Telegraph member? Sign in here.', 'Marsh Telegraph'],
    ['en, the outlet first', 'The Ridgeway Clarion is now on WhatsApp: tap to join.', 'The Ridgeway Clarion'],
    [
      'pt, the news in your inbox',
      'Receba as principais notícias do Correio da Serra no seu WhatsApp todas as manhãs.',
      'Correio da Serra',
    ],
    ['pt, a paywall', 'Reportagem exclusiva para assinantes do Jornal Vale Verde.', 'Jornal Vale Verde'],
    [
      'es, a channel named first',
      'Únete al canal de Telegram de Heraldo Sierra Alta y no te pierdas nada.',
      'Heraldo Sierra Alta',
    ],
    ['es, a newsletter', 'Regístrate al boletín de Crónica del Valle, cada viernes.', 'Crónica del Valle'],
    ['fr, a paywall', 'Cet article est réservé aux abonnés de La Voix du Plateau.', 'La Voix du Plateau'],
    ['de, a paywall', 'Dieser Beitrag ist exklusiv für Abonnenten des Talboten.', 'Talboten'],
    ['de, an app', 'Laden Sie sich die kostenlose Talbote-App herunter.', 'Talbote'],
    [
      'it, a channel named first',
      'Iscriviti al canale Telegram della Gazzetta di Collina per restare aggiornato.',
      'Gazzetta di Collina',
    ],
    ['nl, a paywall', 'Dit verhaal is enkel voor abonnees van Dagblad Polder.', 'Dagblad Polder'],
    [
      'id, the outlet after the news',
      'Simak informasi menarik dari Warta Bukit lainnya di Google News.',
      'Warta Bukit',
    ],
    ['id, a channel', 'Bergabung ke saluran WhatsApp Warta Bukit sekarang.', 'Warta Bukit'],
    ['sv, a genitive channel, read as its name', 'Följ Dalabladets kanal på WhatsApp.', 'Dalabladet'],
    ['tr, a case ending after an apostrophe', 'Vadi Gazetesi’ni Google Haberler’de takip edin.', 'Vadi Gazetesi'],
    ['ru, a channel', 'Подписывайтесь на канал Вестник Долины в Дзене.', 'Вестник Долины'],
    ['pl, a paywall', 'Materiał dostępny wyłącznie dla prenumeratorów Kurier Doliny.', 'Kurier Doliny'],
    ['cs, news on Google', 'Sledujte zprávy Deník Údolí na Google Zprávy.', 'Deník Údolí'],
  ])('%s', (_, sentence, outlet) => {
    expect(promoOutlet(sentence)).toBe(outlet);
  });

  test.each([
    ['a platform is no outlet', 'Download the Telegram app to join the channel.'],
    ['a platform’s own product', 'Subscribe to YouTube Premium for ad-free videos.'],
    ['an app store', 'Get the Google Play app on your phone.'],
    ['the site’s own channel', 'Follow our WhatsApp channel for flood alerts.'],
    ['a newsletter without a brand', 'Subscribe to the newsletter to get stories in your inbox.'],
    ['share buttons', 'Share this article on WhatsApp, Facebook or X.'],
    ['a photo credit', 'Photo: Lena Ortiz / Marsh Telegraph'],
    ['a data source', 'Source: Regional Water Authority, 2024 figures.'],
    ['Portuguese "follow us"', 'Siga-nos no Google Notícias.'],
    ['Spanish "our channel"', 'Únete a nuestro canal de WhatsApp.'],
    ['Indonesian "follow us"', 'Ikuti kami di Google News.'],
    ['lower-case news words', 'Get the latest news from the region on WhatsApp.'],
    // A writer's own account line under a review: people are on networks too, so only an outlet's announcement
    // ("is now on") is a promotion.
    ['a writer on a network', 'Mara Quell is on Bluesky at mara.quell.'],
  ])('%s names nobody', (_, sentence) => {
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

  test.each([
    ['its og:site_name', '<meta property="og:site_name" content="Lantern Gazette">', 'https://news.lgz.example/a'],
    [
      'its JSON-LD publisher',
      '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Lantern Gazette"}}</script>',
      'https://news.lgz.example/a',
    ],
    ['the brand in its title that spells its host', '', 'https://www.lanterngazette.example/a'],
  ])('a promotion of the page itself, known by %s, names nothing', (_, head, url) => {
    const doc = parseHTML(
      `<html><head><title>Pier to close | Lantern Gazette</title>${head}</head><body><article><h1>Pier to close</h1>${[
        ...BODY,
        'Get the Lantern Gazette app for alerts, and join the Lantern Gazette’s WhatsApp channel.',
      ]
        .map((p) => `<p>${p}</p>`)
        .join('')}</article></body></html>`,
    ).document as unknown as Document;
    const r = scanPage(doc, url);
    expect(r.signals.filter((s) => s.kind === 'copied-boilerplate')).toEqual([]);
    expect(r.claims.filter((c) => c.via === 'copied-boilerplate')).toEqual([]);
  });

  test("another brand's promotion on the same page is still a claim", () => {
    const r = page(
      [...BODY, 'This report is available exclusively to Lantern Gazette subscribers.'],
      'https://digest.example/p/9',
    );
    expect(r.claims).toContainEqual({ value: 'Lantern Gazette', type: 'name', via: 'copied-boilerplate' });
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
      // the possessive and network families: endings, networks and "channel" words that never close a phrase
      `follow the ${'Aa’s '.repeat(20_000)}WhatsApp`,
      `get the latest from ${'Aa on '.repeat(20_000)}`,
      `${'available only to Aa '.repeat(10_000)}subscriber`,
      `${"Aa'nı Google Haberler'de ".repeat(10_000)}`,
      `receba as notícias do ${'Aa no seu '.repeat(10_000)}`,
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
