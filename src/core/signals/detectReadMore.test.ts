import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { scanPageData } from './scanPage.ts';
import { detectReadMore } from './detectReadMore.ts';
import { findReadMore } from './findReadMore.ts';
import { readMoreMatchers, startsOf } from './readMorePatterns.ts';
import { textToDocument } from '../text/textToDocument.ts';

const parse = (html: string) => parseHTML(html).document as unknown as Document;

const URL = 'https://daily-digest-aggregator.example/item/42';

/** An aggregator's item page: a title, the excerpt's paragraphs, then (or inline) the read-more line. */
function page(paragraphs: string[], line: string | null, opts: { head?: string; after?: string } = {}) {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('') + (line ?? '');
  const html = `<html><head><title>Item</title>${opts.head ?? ''}</head><body><header class="site-header"><p>Daily Digest</p></header><article><h1>A headline</h1><div class="entry-content">${body}</div></article>${opts.after ?? ''}<footer id="colophon"><p>© 2026</p></footer></body></html>`;
  return readPage(parseHTML(html).document as unknown as Document, URL);
}

// Excerpt paragraphs written for these tests, one per script.
const EN = [
  'The harbour authority approved the new ferry timetable on Tuesday after a long consultation with the islanders.',
];
const PT = [
  'A prefeitura anunciou nesta terça-feira um novo calendário de obras para as pontes da zona norte da cidade.',
];
const DE = [
  'Die Stadtwerke haben am Dienstag den neuen Fahrplan für die Fähren vorgestellt, nach langer Beratung im Rat.',
];
const RU = [
  'Городской совет во вторник утвердил новое расписание паромов после долгих обсуждений с жителями островов.',
];
const AR = ['أقرت سلطة الميناء يوم الثلاثاء الجدول الجديد للعبارات بعد مشاورات طويلة مع سكان الجزر الصغيرة المجاورة.'];
const JA = ['港湾局は火曜日、島の住民との長い協議の末に新しいフェリーの時刻表を承認したと発表しました。'];
const ZH = ['港务局周二在与岛上居民进行长时间磋商后批准了新的渡轮时刻表，新时刻表将于下月起实行。'];
const KO = ['항만청은 화요일 섬 주민들과 오랜 협의 끝에 새로운 여객선 시간표를 승인했다고 밝혔다.'];
const VI = ['Ban quản lý cảng đã phê duyệt lịch tàu mới vào thứ Ba sau thời gian dài tham vấn người dân trên đảo.'];
const HI = ['बंदरगाह प्राधिकरण ने मंगलवार को द्वीपवासियों के साथ लंबे विचार-विमर्श के बाद नौका की नई समय सारणी को मंजूरी दी।'];

describe('findReadMore: a read-more line after an excerpt names the outlet', () => {
  test.each([
    [
      'en, link',
      EN,
      '<p>Read the full story at <a href="https://harbour-gazette.example/ferries/2026">Harbour Gazette</a></p>',
      'https://harbour-gazette.example/ferries/2026',
    ],
    ['en, unlinked name', EN, '<p>Continue reading on Harbour Gazette.</p>', 'Harbour Gazette'],
    ['en, host written out', EN, '<p>→ Read more at harbour-gazette.example</p>', 'harbour-gazette.example'],
    [
      'en, bare linked "Continue reading"',
      EN,
      '<p><a href="https://harbour-gazette.example/ferries/2026">Continue reading</a></p>',
      'https://harbour-gazette.example/ferries/2026',
    ],
    ['pt, name', PT, '<p>Leia a matéria completa no Jornal da Ponte</p>', 'Jornal da Ponte'],
    ['pt, site word', PT, '<p>Continue lendo no site do Correio Norte</p>', 'Correio Norte'],
    ['de, name after the site word', DE, '<p>Weiterlesen bei Fährenblatt Nord</p>', 'Fährenblatt Nord'],
    ['de, lower-case brand marked by "-Seite"', DE, '<p>Hier geht es zum Artikel auf der fbn-Seite</p>', 'fbn'],
    ['ru, site word', RU, '<p>Читайте полностью на сайте «Паромный вестник»</p>', 'Паромный вестник'],
    ['ar, site word', AR, '<p>اقرأ الخبر كاملا على موقع أخبار الميناء</p>', 'أخبار الميناء'],
    ['ja, outlet first', JA, '<p>続きは港湾新聞で</p>', '港湾新聞'],
    ['zh, outlet after', ZH, '<p>详情请访问港务日报</p>', '港务日报'],
    ['ko, outlet first', KO, '<p>자세한 내용은 항만일보에서 확인하세요</p>', '항만일보'],
    [
      'vi, link',
      VI,
      '<p>Đọc bài gốc tại <a href="https://bao-cang.example/lich-tau-moi.html">Báo Cảng</a></p>',
      'https://bao-cang.example/lich-tau-moi.html',
    ],
    ['hi, outlet in the middle', HI, '<p>पूरी खबर बंदरगाह समाचार पर पढ़ें</p>', 'बंदरगाह समाचार'],
    // The outlet written after a full-story noun, in brackets, or behind a generic link (the families of the
    // describe below).
    ['en, "the complete note at"', EN, '<p>The complete report at Lakeside Courier</p>', 'Lakeside Courier'],
    ['en, "full story:" and a name', EN, '<p>Full story: Lakeside Courier</p>', 'Lakeside Courier'],
    ['en, "the rest … over at"', EN, '<p>The rest of the story is over at Lakeside Courier.</p>', 'Lakeside Courier'],
    [
      'en, source and full text: an address only',
      EN,
      '<p>Source and full text: https://lakeside-courier.example/2026/05/ferries-timetable</p>',
      'https://lakeside-courier.example/2026/05/ferries-timetable',
    ],
    [
      'en, "here" linked to the outlet',
      EN,
      '<p>Read the full article <a href="https://lakeside-courier.example/2026/ferries">here</a>.</p>',
      'https://lakeside-courier.example/2026/ferries',
    ],
    [
      'en, "click" linked to the outlet',
      EN,
      '<p>Read more, <a href="https://lakeside-courier.example/2026/ferries">click</a></p>',
      'https://lakeside-courier.example/2026/ferries',
    ],
    ['es, "la crónica completa en"', EN, '<p>La crónica completa en Diario del Litoral</p>', 'Diario del Litoral'],
    ['es, "texto íntegro:"', EN, '<p>Texto íntegro: Diario del Litoral</p>', 'Diario del Litoral'],
    [
      'pt, "a reportagem completa está no"',
      PT,
      '<p>A reportagem completa está no Jornal do Cais</p>',
      'Jornal do Cais',
    ],
    ['fr, "le récit complet sur"', EN, '<p>Le récit complet sur Courrier des Quais</p>', 'Courrier des Quais'],
    ['it, "il servizio completo sul"', EN, '<p>Il servizio completo sul Corriere del Molo</p>', 'Corriere del Molo'],
    ['de, "der komplette Bericht im"', DE, '<p>Der komplette Bericht im Hafenkurier Süd</p>', 'Hafenkurier Süd'],
    ['de, initials in brackets', DE, '<p>Zum vollständigen Artikel (HKS)</p>', 'HKS'],
    [
      'de, "mehr in:" in brackets, a section after the outlet',
      DE,
      '<p>(Mehr in: Hafenkurier Süd: Mehr aus Verkehr)</p>',
      'Hafenkurier Süd',
    ],
    ['en, initials with a digit in brackets', EN, '<p>Read the full story (K24N)</p>', 'K24N'],
    ['ru, "подробнее — в сюжете"', RU, '<p>Подробнее — в сюжете Телеканал Прибой.</p>', 'Телеканал Прибой'],
    ['uk, "подробиці — у сюжеті"', RU, '<p>Подробиці — у сюжеті Канал Причал</p>', 'Канал Причал'],
    ['az, the outlet with its case ending', EN, '<p>Ətraflı Xəzər Xəbər-in süjetində:</p>', 'Xəzər Xəbər'],
    ['tr, the outlet with its case ending', EN, "<p>Ayrıntılar Liman Postası'nın haberinde</p>", 'Liman Postası'],
    ['pl, "cały tekst w serwisie"', EN, '<p>Cały tekst w serwisie Kurier Portowy</p>', 'Kurier Portowy'],
    [
      'nl, "het volledige verhaal staat op"',
      EN,
      '<p>Het volledige verhaal staat op Havenkrant.nl</p>',
      'havenkrant.nl',
    ],
    ['id, "berita selengkapnya ada di"', EN, '<p>Berita lengkapnya ada di Kabar Pelabuhan</p>', 'Kabar Pelabuhan'],
  ])('%s', (_name, paragraphs, line, claimed) => {
    const found = findReadMore(page(paragraphs, line));
    expect(found.map((f) => f.claim.value)).toEqual([claimed]);
    // The excerpt it closes is what the original must contain.
    expect(found[0]?.excerpt.join(' ')).toContain(paragraphs[0]?.slice(0, 30));
  });

  test('inline, right after the last sentence of the excerpt', () => {
    const found = findReadMore(page([`${EN[0]} Read more at Harbour Gazette`], null));
    expect(found.map((f) => f.claim.value)).toEqual(['Harbour Gazette']);
    expect(found[0]?.excerpt).toEqual([EN[0]]);
  });

  test('each item of a page of excerpts', () => {
    const items = [
      `<p>${EN[0]}</p><p>Read more at <a href="https://harbour-gazette.example/a">Harbour Gazette</a></p>`,
      `<h2>Another item</h2><p>${PT[0]}</p><p>Leia mais em <a href="https://correio-norte.example/b">Correio Norte</a></p>`,
    ];
    const found = findReadMore(page([], items.join('')));
    expect(found.map((f) => f.claim.value)).toEqual([
      'https://harbour-gazette.example/a',
      'https://correio-norte.example/b',
    ]);
    expect(found[1]?.excerpt).toEqual([PT[0]]);
  });
});

/** A feed item id as Google News writes it: a small record whose field 4 is the article's URL. */
function feedId(url: string): string {
  const bytes = [0x08, 0x13, 0x22, url.length, ...[...url].map((c) => c.charCodeAt(0)), 0xd2, 0x01, 0x00];
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

describe('findReadMore: more shapes of the line', () => {
  test.each([
    [
      'fr, "to read the whole article … in <outlet>, click here"',
      '<p>Pour lire l’intégralité de l’article de Jeanne Martin publié dans Le Monde, cliquez ici</p>',
      'Le Monde',
    ],
    [
      'es, descriptor and "haz clic aquí"',
      '<p>Para leer el artículo completo de Ana Ruiz en el diario Heraldo del Puerto, haz clic aquí.</p>',
      'Heraldo del Puerto',
    ],
    [
      'it, "per leggere … clicca qui"',
      '<p>Per leggere l’articolo completo di Marco Neri sul Gazzettino del Porto clicca qui</p>',
      'Gazzettino del Porto',
    ],
    [
      'en, article-less "Read full article:"',
      '<p>Read full article: harbour-gazette.example</p>',
      'harbour-gazette.example',
    ],
    [
      'en, a feed aggregator redirect stands for its article',
      `<p>Read full story: https://news.google.com/rss/articles/${feedId('https://harbour-gazette.example/2026/ferries/')}?oc=5</p>`,
      'https://harbour-gazette.example/2026/ferries/',
    ],
    [
      'en, a note in brackets after the outlet',
      '<p>Continue reading at Harbour Gazette (subscription required)</p>',
      'Harbour Gazette',
    ],
  ])('%s', (_name, line, claimed) => {
    expect(findReadMore(page(EN, line)).map((f) => f.claim.value)).toEqual([claimed]);
  });

  // "Go to the original source (X)": the outlet in the brackets closing a bare phrase, a host or a known name only.
  test.each([
    ['en, the original source', EN, '<p>Go to the original source (Reuters)</p>', 'Reuters'],
    [
      'en, a host in brackets',
      EN,
      '<p>Read the original article (harbour-gazette.example)</p>',
      'harbour-gazette.example',
    ],
    ['de, zur Originalquelle', DE, '<p>Zur Originalquelle (dpa)</p>', 'dpa'],
    ['pt, ler a matéria original', PT, '<p>Ler a matéria original (Lusa)</p>', 'Lusa'],
    ['ru, перейти к первоисточнику', RU, '<p>Перейти к первоисточнику (ТАСС)</p>', 'ТАСС'],
  ])('%s: the outlet in brackets', (_name, text, line, want) => {
    expect(findReadMore(page(text, line)).map((f) => f.claim.value)).toEqual([want]);
  });

  test.each([
    ['a format in brackets', '<p>Read the original article (PDF)</p>'],
    ['a language in brackets', '<p>Go to the original source (English)</p>'],
    ['a capitalised name the directory does not know', '<p>Go to the original source (Valley Ledger)</p>'],
  ])('%s: no claim', (_name, line) => {
    expect(findReadMore(page(EN, line))).toEqual([]);
  });

  test.each([
    ['"click here" to the site’s own app', '<p>To read the full article in our app, click here</p>'],
    ['"click here" with nothing named', '<p>Pour lire la suite, cliquez ici</p>'],
    [
      'a bare "read the article online" with no link and no credit',
      '<p>Continue reading the article online (free)</p>',
    ],
  ])('%s: no claim', (_name, line) => {
    expect(findReadMore(page(EN, line))).toEqual([]);
  });
});

describe('findReadMore: what is not an excerpt naming its source', () => {
  test.each([
    [
      'related story: "Read more:" and a headline',
      '<p>Read more: <a href="https://harbour-gazette.example/x">Why the ferries run late</a></p>',
    ],
    ['newsletter', '<p>Read more in our weekly newsletter.</p>'],
    ['app', '<p>Continue reading in the app</p>'],
    [
      'bare read-more to its own site',
      '<p><a href="https://daily-digest-aggregator.example/item/42/full">Continue reading</a></p>',
    ],
    ['bare read-more without a link', '<p>Continue reading</p>'],
    [
      'a sentence that goes on',
      '<p>Read the full story at the harbour, where the ferries were waiting for the wind to turn.</p>',
    ],
  ])('%s', (_name, line) => {
    expect(findReadMore(page(EN, line))).toEqual([]);
  });

  test('a lone read-more line in the middle of a long article is a related link, not where an excerpt ends', () => {
    const long = Array.from({ length: 8 }, () => EN[0] ?? '');
    const mid = `${long
      .slice(0, 3)
      .map((p) => `<p>${p}</p>`)
      .join('')}<p>Read more at Harbour Gazette</p>${long
      .slice(3)
      .map((p) => `<p>${p}</p>`)
      .join('')}`;
    expect(findReadMore(page([], mid))).toEqual([]);
  });

  test('the page naming itself: "Read more on <its own brand>" is dropped by the scan', () => {
    const p = page(EN, '<p>Read more on Daily Digest Aggregator</p>', {
      head: '<meta property="og:site_name" content="Daily Digest Aggregator">',
    });
    expect(findReadMore(p).length).toBe(1);
    const scan = scanPageData(p);
    expect(scan.signals.filter((s) => s.kind === 'read-more')).toEqual([]);
    expect(scan.claims).toEqual([]);
  });
});

describe('detectReadMore: evidence', () => {
  test('one signal quoting the line, targeting the claim, at the end of the text', () => {
    const { signals, claims } = detectReadMore(page(EN, '<p>Keep reading on Harbour Gazette</p>'));
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({
      kind: 'read-more',
      quote: 'Keep reading on Harbour Gazette',
      target: 'Harbour Gazette',
      place: 'article-end',
    });
    expect(claims).toEqual([{ value: 'Harbour Gazette', type: 'name', via: 'source-line' }]);
  });

  test('a read-more lead the source-line detector already reads is left to it (one line, one piece of evidence)', () => {
    const p = page(
      EN,
      '<p>Read more at <a href="https://harbour-gazette.example/ferries/2026">Harbour Gazette</a></p>',
    );
    expect(findReadMore(p)).toHaveLength(1);
    expect(detectReadMore(p).signals).toEqual([]);
    expect(scanPageData(p).signals.map((s) => s.kind)).toContain('source-line');
  });
});

describe('read-more patterns: hostile text stays linear', () => {
  const budget = 2000;
  const cases: [string, string][] = [
    ['phrase repeated without an outlet end', `${'Read more at '.repeat(2000)}\n`],
    ['outlet of dots and spaces', `Continue reading on ${'. '.repeat(5000)}x`],
    ['sentence ends without a phrase', `${'a. '.repeat(20000)}`],
    ['CJK outlet-first run', `${'続きは港湾'.repeat(4000)}`],
    ['tail phrase never closed', `Hier geht es zum Artikel auf der ${'x-'.repeat(5000)}`],
    ['bare phrase repeated', `${'Continue reading. '.repeat(3000)}`],
    ['"to read … in" stretch never closed', `To read the full article ${'in x, '.repeat(4000)}`],
    ['click-here run after an outlet', `Read more at X${', click here'.repeat(3000)}`],
    ['brackets never closed', `Continue reading at X ${'('.repeat(5000)}`],
  ];
  test.each(cases)('%s', (_name, text) => {
    const start = Date.now();
    // Every pattern at every start a line offers (sticky regexes: each tried where a line starts or a sentence ends).
    for (const at of startsOf(text)) {
      const { outlet, outletFirst, bare } = readMoreMatchers();
      for (const re of [...outlet.map((p) => p.re), outletFirst, bare]) {
        if (!re) continue;
        re.lastIndex = at;
        re.exec(text);
      }
    }
    findReadMore(page([text], `<p>${text}</p>`));
    expect(Date.now() - start).toBeLessThan(budget);
  });
});

// Pages written for these tests: other outlets and other words than any real page, in the families the packs write
// ("the complete note at X", "full story: X", "source and full text: X", "the rest at X", "details in X's video",
// a paper's initials in brackets, a link whose text is only "here").
describe('findReadMore: the outlet written after a full-story noun, in brackets, or behind a generic link', () => {
  // The same families with words the tables do not hold: casing, decorations and a note after the outlet.
  test.each([
    ['upper case and an arrow', '<p>→ FULL STORY: Lakeside Courier »</p>', 'Lakeside Courier'],
    ['a note after the outlet', '<p>The whole article at Lakeside Courier (free to read)</p>', 'Lakeside Courier'],
    [
      'a host after "the complete text"',
      '<p>The complete text on lakeside-courier.example</p>',
      'lakeside-courier.example',
    ],
  ])('perturbed: %s', (_name, line, claimed) => {
    expect(findReadMore(page(EN, line)).map((f) => f.claim.value)).toEqual([claimed]);
  });

  test.each([
    ['a format in capitals', '<p>Zum vollständigen Artikel (PDF)</p>'],
    ['two capitals (a language code)', '<p>Read the full story (EN)</p>'],
    ['a medium in capitals', '<p>Read the full story (MP4)</p>'],
    [
      '"here" linked to the site’s own page',
      '<p>Read the full article <a href="https://daily-digest-aggregator.example/item/42/2">here</a>.</p>',
    ],
    ['"read more about" a topic', '<p>Read more about the ferry timetable here</p>'],
    ['"full story:" and a headline in lower case', '<p>Full story: why the ferries run late again</p>'],
    ['the rest of a sentence', '<p>The rest of the island will have to wait for the next ferry.</p>'],
    ['a data source’s report', '<p>More details in the statistics office report.</p>'],
  ])('no claim: %s', (_name, line) => {
    expect(findReadMore(page(EN, line))).toEqual([]);
  });

  test('a "related articles" list after the excerpt is no read-more line', () => {
    const related =
      '<h3>Related articles</h3><ul><li><a href="https://lakeside-courier.example/a">Ferries: the full story</a></li><li><a href="https://lakeside-courier.example/b">Read more at the harbour museum</a></li></ul>';
    expect(findReadMore(page(EN, null, { after: related }))).toEqual([]);
  });

  test('the site’s own "continue reading" pagination names nobody', () => {
    const next = '<p><a href="https://daily-digest-aggregator.example/item/42?page=2">Continue reading here →</a></p>';
    expect(findReadMore(page(EN, next))).toEqual([]);
  });

  test('"full story at <its own brand>" is dropped by the scan (page identity)', () => {
    const p = page(EN, '<p>The full story at Daily Digest Aggregator</p>', {
      head: '<meta property="og:site_name" content="Daily Digest Aggregator">',
    });
    expect(scanPageData(p).claims).toEqual([]);
  });
});

describe('findReadMore: a text capture whose read-more line is followed by the page’s chrome', () => {
  const url = 'https://regional-aggregator.example/news/ferries';
  const read = (text: string) => findReadMore(readPage(textToDocument(text, url, parse), url));

  test('related headlines and a tag list under the line', () => {
    const text = [
      'New ferry timetable approved',
      '',
      `${EN[0]}`,
      'The first boats run on the new schedule from Monday, the authority said.',
      'Full story: Lakeside Courier.',
      'Why the night ferry was cancelled twice this month?',
      'News tagged "ferries"',
      'Most read',
    ].join('\n');
    expect(read(text).map((f) => f.claim.value)).toEqual(['Lakeside Courier']);
  });

  test('a read-more line followed by more of the article is not where the excerpt ends', () => {
    const text = [
      'New ferry timetable approved',
      '',
      `${EN[0]}`,
      'Full story: Lakeside Courier.',
      'The first boats run on the new schedule from Monday, the authority said in a statement on Tuesday.',
    ].join('\n');
    expect(read(text)).toEqual([]);
  });
});

describe('read-more families of this session: hostile text stays linear', () => {
  const budget = 2000;
  test.each([
    ['"the complete" repeated without an outlet', `${'The complete note at the complete '.repeat(2000)}`],
    ['a noun and "complete:" repeated', `${'la nota completa: '.repeat(3000)}`],
    ['brackets of capitals never closed', `Read the full story ${'(ABCDEF '.repeat(4000)}`],
    ['case endings without a noun', `Ətraflı ${"X-in X'nin ".repeat(4000)}`],
    ['dashes between "подробнее" and "в"', `Подробнее ${'— в '.repeat(5000)}`],
    ['"here" repeated', `Read the full article ${'here '.repeat(6000)}`],
    ['headline-like lines without end', `${'A headline without a stop\n'.repeat(3000)}Full story: X`],
  ])('%s', (_name, text) => {
    const start = Date.now();
    for (const at of startsOf(text)) {
      const { outlet, outletFirst, bare } = readMoreMatchers();
      for (const re of [...outlet.map((p) => p.re), outletFirst, bare]) {
        if (!re) continue;
        re.lastIndex = at;
        re.exec(text);
      }
    }
    findReadMore(page([text], `<p>${text.replace(/\n/gu, '<br>')}</p>`));
    expect(Date.now() - start).toBeLessThan(budget);
  });
});
