import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { textToDocument } from '../text/textToDocument.ts';
import { detectReadMore } from './detectReadMore.ts';
import { findCreditedItems } from './findCreditedItems.ts';
import { scanPageData } from './scanPage.ts';

// Every page, outlet and paragraph here is written for these tests; no outlet is in the directory.
const URL = 'https://newsbundle.example/topic/harbours';
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const capture = (text: string, url = URL) => readPage(textToDocument(text, url, parse), url);
const html = (body: string, url = URL, title = 'Harbours') =>
  readPage(parse(`<html><head><title>${title}</title></head><body><main>${body}</main></body></html>`), url);

const EN = [
  'The regional council approved a new budget for the ferry service on Tuesday, after weeks of debate with the island communities.',
  'Engineers began inspecting the old lighthouse on Wednesday; the survey is expected to take two months and cost less than planned.',
  'A storm closed the northern pier for the weekend, and the harbour master said repairs to the breakwater would start next month.',
];
const ES = [
  'El ayuntamiento aprobó el martes un nuevo calendario de obras para los puentes del norte de la ciudad tras semanas de debate vecinal.',
  'Los pescadores del puerto viejo denunciaron el miércoles la subida del precio del gasóleo, que según ellos amenaza la campaña de invierno.',
  'La biblioteca municipal abrirá los domingos a partir de enero, después de que el pleno aprobara por unanimidad la ampliación del horario.',
];
const ET = [
  'Vallavolikogu kiitis teisipäeval heaks uue praamiliikluse eelarve, mille üle vaieldi saarte kogukondadega mitu nädalat järjest ja pikalt.',
  'Insenerid alustasid kolmapäeval vana tuletorni ülevaatust, mis peaks kestma kaks kuud ja minema maksma vähem, kui esialgu arvati ning loodeti.',
];

const first = (page: ReturnType<typeof capture>) => findCreditedItems(page)?.items[0];

describe('findCreditedItems: items each carrying their own credit in one position', () => {
  test('a news-in-brief page: each paragraph closes with its outlet after the last sentence (et, plain text)', () => {
    const page = capture(`Lühidalt\n\nPraamide eelarve\n\n${ET[0]} VALGUS\n\nTuletorni ülevaatus\n\n${ET[1]} VALGUS`);
    const found = findCreditedItems(page);
    expect(found?.shape).toBe('closing');
    expect(found?.items.map((i) => i.claim.value)).toEqual(['VALGUS', 'VALGUS']);
    // The item's text, without its credit, is what the outlet's original must contain.
    expect(found?.items[0]?.excerpt.join(' ')).toBe(ET[0]);
  });

  test('article cards with the outlet alone under each excerpt (es, article > p)', () => {
    const cards = ES.map(
      (p, i) => `<article><h2>Titular ${i + 1}</h2><p>${p}</p><p>Costa Norte Noticias</p></article>`,
    );
    const found = findCreditedItems(html(cards.join('')));
    expect(found?.shape).toBe('alone');
    expect(found?.items).toHaveLength(3);
    expect(first(html(cards.join('')))?.claim).toEqual({
      value: 'Costa Norte Noticias',
      type: 'name',
      via: 'source-line',
    });
  });

  test('a headline digest in a list, each title ending with its outlet after a dash (de, ul > li)', () => {
    const list = [
      'Neue Fähre für die Inseln beschlossen – FLUSSBOTE',
      'Leuchtturm wird zwei Monate lang geprüft – Hafenblatt Online',
      'Sturm schließt den Nordpier am Wochenende – FLUSSBOTE',
    ];
    const body = `<ul>${list.map((t, i) => `<li>${t}<br>${EN[i]}</li>`).join('')}</ul>`;
    const found = findCreditedItems(html(body));
    expect(found?.shape).toBe('dash-tail');
    expect(found?.items.map((i) => i.claim.value)).toEqual(['FLUSSBOTE', 'Hafenblatt Online', 'FLUSSBOTE']);
  });

  test('a tag page whose items open with a date and the outlet (en, divs with classes)', () => {
    const body = EN.map((p, i) => `<div class="entry"><p>${i + 2} May 2024; KESTREL: ${p}</p></div>`).join('');
    const found = findCreditedItems(html(body));
    expect(found?.shape).toBe('dated-head');
    expect(found?.items[0]?.claim.value).toBe('KESTREL');
    expect(found?.items[0]?.excerpt[0]).toBe(EN[0]);
  });

  test('a paper’s briefs, each under an agency and its city, the abbreviation in any case (es, plain text)', () => {
    const text = ES.map((p, i) => `Titular breve ${i + 1}\n${['Efe, Lima', 'Ansa, Roma', 'EFE, Quito'][i]}\n${p}`).join(
      '\n\n',
    );
    const found = findCreditedItems(capture(`Breves\n\n${text}`));
    expect(found?.shape).toBe('agency-head');
    expect(found?.items.map((i) => i.claim.value)).toEqual(['EFE', 'ANSA', 'EFE']);
    expect(found?.items[0]?.excerpt).toEqual([ES[0]]);
  });

  test('a headline digest flattened into one line, each title followed by its address and date (en)', () => {
    const line = [
      '1 FERRY BUDGET APPROVED FOR THE ISLANDS WWW.RIVERPOST.EXAMPLE PUBLISHED:2025/03/01',
      '2 LIGHTHOUSE SURVEY TO TAKE TWO MONTHS WWW.RIVERPOST.EXAMPLE PUBLISHED:2025/03/01',
      '3 NORTHERN PIER CLOSED FOR THE WEEKEND WWW.COASTWIRE.EXAMPLE PUBLISHED:2025/02/28',
    ].join('      ');
    const found = findCreditedItems(capture(line));
    expect(found?.shape).toBe('inline-host');
    expect(found?.items.map((i) => i.claim)).toEqual([
      { value: 'riverpost.example', type: 'host', via: 'source-line' },
      { value: 'riverpost.example', type: 'host', via: 'source-line' },
      { value: 'coastwire.example', type: 'host', via: 'source-line' },
    ]);
    expect(found?.items[0]?.excerpt).toEqual(['1 FERRY BUDGET APPROVED FOR THE ISLANDS']);
  });

  test('a ticker whose titles each end with the same quoted paper (el, one line)', () => {
    const ticker =
      'Νέο πλοίο για τα νησιά εγκρίθηκε από το συμβούλιο. «Ακτή» Ο φάρος θα ελεγχθεί για δύο μήνες από μηχανικούς. «Ακτή» Κλειστή η βόρεια προβλήτα λόγω καταιγίδας. «Ακτή»';
    const found = findCreditedItems(capture(`Ειδήσεις\n\n${ticker}\n\n${EN[0]}`));
    expect(found?.shape).toBe('inline-quoted');
    expect(found?.items.map((i) => i.claim.value)).toEqual(['Ακτή', 'Ακτή', 'Ακτή']);
  });

  test('a list of headlines each closed by its outlet’s host, no separator (lt, plain text)', () => {
    const text = [
      '- Savivaldybė patvirtino naują keltų biudžetą salų gyventojams riverpost.example',
      '- Inžinieriai pradėjo tikrinti seną švyturį prie uosto coastwire.example',
      '- Audra uždarė šiaurinę prieplauką savaitgaliui riverpost.example',
    ].join('\n');
    const found = findCreditedItems(capture(text));
    expect(found?.shape).toBe('bare-tail');
    expect(found?.items.map((i) => i.claim.value)).toEqual([
      'riverpost.example',
      'coastwire.example',
      'riverpost.example',
    ]);
  });

  test('the evidence: one read-more signal naming the first item’s outlet, every outlet claimed in page order', () => {
    const text = ['Fähre beschlossen neu heute', 'Leuchtturm wird geprüft jetzt', 'Nordpier bleibt geschlossen']
      .map((t, i) => `${t} – ${i === 1 ? 'Hafenblatt Online' : 'FLUSSBOTE'}\n${EN[i]}`)
      .join('\n\n');
    const { signals, claims } = detectReadMore(capture(text));
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ kind: 'read-more', target: 'FLUSSBOTE' });
    expect(claims.map((c) => c.value)).toEqual(['FLUSSBOTE', 'Hafenblatt Online']);
  });

  test('perturbation: other dashes, other outlet words, the same shape', () => {
    const text = ['Ferry budget approved today', 'Lighthouse survey begins now', 'Northern pier is closed']
      .map((t, i) => `${t} | Gulf Coast Gazette\n${EN[i]}`)
      .join('\n\n');
    expect(first(capture(text))?.claim.value).toBe('Gulf Coast Gazette');
  });
});

describe('findCreditedItems: what is not an aggregation', () => {
  test('a section page of the site’s own writers: a person’s name under each item', () => {
    const text = EN.map((p, i) => `Headline ${i}\n\n${p}\n\n${['Jane Roe', 'Marek Nowak', 'Ana Souza'][i]}`).join(
      '\n\n',
    );
    expect(findCreditedItems(capture(text))).toBeNull();
  });

  test('a section page of the site’s own correspondents: a writer and a city under each headline', () => {
    const text = ES.map(
      (p, i) => `Titular ${i}\n${['Ana Souza, Lima', 'Tom Hill, Roma', 'Ana Souza, Quito'][i]}\n${p}`,
    ).join('\n\n');
    expect(findCreditedItems(capture(text))).toBeNull();
  });

  test('a section page crediting the site itself: the scan drops its own brand', () => {
    const text = ['Ferry budget approved today', 'Lighthouse survey begins now', 'Northern pier is closed']
      .map((t, i) => `${t} – Harbour Daily\n${EN[i]}`)
      .join('\n\n');
    const page = capture(text, 'https://harbourdaily.example/section/coast');
    const scan = scanPageData({ ...page, title: 'Coast | Harbour Daily' });
    expect(scan.claims.map((c) => c.value)).not.toContain('Harbour Daily');
    expect(scan.signals.filter((s) => s.kind === 'read-more')).toEqual([]);
  });

  test('a list of other outlets’ headlines under a long article (a related-links widget)', () => {
    const article = Array.from({ length: 6 }, (_, i) => EN[i % 3]).join('\n\n');
    const widget = ['Ferry budget approved today', 'Lighthouse survey begins now', 'Northern pier is closed']
      .map((t) => `${t} – Gulf Coast Gazette`)
      .join('\n');
    expect(findCreditedItems(capture(`${article}\n\nAround the web\n${widget}`))).toBeNull();
  });

  test('teasers under an article, each under a section word or a picture library, not an outlet', () => {
    const teasers = [EN[0], EN[1], EN[2], EN[0]]
      .map((p, i) => `${p}\n${['Gazette', 'Ferries in pictures', 'PIXABAY IMAGES', 'Gazette'][i]}`)
      .join('\n\n');
    expect(findCreditedItems(capture(`${EN.join('\n\n')}\n\n${teasers}`))).toBeNull();
  });

  test('a gallery: each picture’s caption paragraph over the agency alone that took it', () => {
    const gallery = [EN[0], EN[1], EN[2], EN[0], EN[1]].map(
      (p, i) => `${p}\n${['ANSA', 'EFE', 'ANSA', 'EFE', 'ANSA'][i]}`,
    );
    expect(findCreditedItems(capture(`${EN.join('\n\n')}\n\n${gallery.join('\n\n')}`))).toBeNull();
  });

  test('a comments thread: each comment followed by a reply button and its writer', () => {
    const text = EN.map((p, i) => `${p}\nReply\n${['Jane Roe', 'Tom Hill', 'Ana Souza'][i]}`).join('\n\n');
    expect(findCreditedItems(capture(text))).toBeNull();
  });

  test('a search results page: each result with its site', () => {
    const text = ['Ferry budget approved today', 'Lighthouse survey begins now', 'Northern pier is closed']
      .map((t, i) => `${t} – Gulf Coast Gazette\n${EN[i]}`)
      .join('\n\n');
    expect(findCreditedItems(capture(text, 'https://newsbundle.example/find?q=harbour'))).toBeNull();
  });

  test('a gallery: captions each closed by the picture agency', () => {
    const text = [
      'Fishermen mend their nets at dawn on the old pier. AFP',
      'The ferry leaves the harbour in heavy rain on Tuesday. AFP',
      'Engineers climb the lighthouse stairs for the survey. AFP',
    ].join('\n\n');
    expect(findCreditedItems(capture(text))).toBeNull();
    expect(findCreditedItems(capture(EN.map((p) => `${p}\nReuters`).join('\n\n')))).toBeNull();
  });

  test('a table of data sources flattened to lines', () => {
    const text =
      'Unemployment rate 4.1 % – Statistics Office\nHarbour traffic 2.3 million – Port Authority\nFerry users 820,000 – Statistics Office';
    expect(findCreditedItems(capture(text))).toBeNull();
  });

  test('headlines quoting an official after a comma and a dash, and a "read also" line repeating one', () => {
    const text = `Shelling damaged a school in the district, - REGION HEAD\n\nShort\n\n${EN[0]}\n\nRead also: Power cut in the north after the strike, - REGION HEAD`;
    expect(findCreditedItems(capture(text))).toBeNull();
    // Each headline over its own text: still the speaker, not an outlet.
    const items = EN.map((p, i) => `Shelling damaged school number ${i}, - REGION HEAD\n${p}`).join('\n\n');
    expect(findCreditedItems(capture(items))).toBeNull();
  });

  test('the same word closing two paragraphs is no credit unless it reads as an outlet', () => {
    const text = EN.map((p) => `${p} Tomorrow`).join('\n\n');
    expect(findCreditedItems(capture(text))).toBeNull();
  });
});

test('pathological input: 20,000 sibling items stay bounded', () => {
  const li = Array.from(
    { length: 20_000 },
    (_, i) => `<li>Headline number ${i} on the coast – Outlet ${i % 9} News</li>`,
  );
  const line = Array.from({ length: 20_000 }, (_, i) => `T${i} WWW.O${i % 5}.EXAMPLE 2025/03/01 «Ακτή». `).join('');
  const started = performance.now();
  findCreditedItems(html(`<ul>${li.join('')}</ul>`));
  findCreditedItems(capture(`${'. x'.repeat(30_000)}\n${line}`));
  expect(performance.now() - started).toBeLessThan(3000);
});
