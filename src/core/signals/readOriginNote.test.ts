import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { scanPage } from './scanPage.ts';
import { noteClaim, notePatterns, outletOf, readOriginNotes } from './readOriginNote.ts';
import { LANGUAGE_PACKS } from '../data/lang/languagePacks.ts';

// Wordings written for these tests, not copied from the packs or from the real pages: each is a note of a family
// (outlet first, in the middle, last; a label with an address) in its own words.
describe('noteClaim: the outlet a "first published elsewhere" note names', () => {
  test.each([
    [
      'en, last, Creative Commons',
      'This essay is republished from Ocean Review under a Creative Commons licence.',
      'Ocean Review',
    ],
    ['en, outlet first', 'The Harbour Gazette published the following piece on Monday.', 'The Harbour Gazette'],
    [
      'en, the following … appeared in',
      'The following interview originally appeared in Alpine Monthly.',
      'Alpine Monthly',
    ],
    [
      'en, label with an address',
      'Original post: https://example-news.org/2021/05/story.html',
      'https://example-news.org/2021/05/story.html',
    ],
    ['de, verb last', 'Der Text ist zuerst im Nordkurier erschienen und wird hier ergänzt.', 'Nordkurier'],
    [
      'de, verb last, article dropped',
      'Der Beitrag wurde ursprünglich in der Lausitzer Rundschau veröffentlicht.',
      'Lausitzer Rundschau',
    ],
    ['sv, with permission', 'Texten återpubliceras med tillstånd från Norrbottens Tidning.', 'Norrbottens Tidning'],
    [
      'sv, outlet first with a date between',
      'Värmlands Folkblad publicerade den 3 maj följande krönika.',
      'Värmlands Folkblad',
    ],
    ['nl, bracketed note', '(Overgenomen van Het Friesch Dagblad. Lees ook het vervolg.)', 'Het Friesch Dagblad'],
    ['pt, my column in a magazine', 'Minha crônica no número de março da revista Piauí:', 'Piauí'],
    ['fr, republished from', 'Ce texte est republié à partir de La Gazette des Alpes.', 'La Gazette des Alpes'],
    ['it, courtesy of', 'Pubblicato su gentile concessione del Giornale di Brescia.', 'Giornale di Brescia'],
    [
      'th, published in, with a link',
      'บทความเรื่องนี้ตีพิมพ์ใน Bangkok Daily https://bangkok-daily.example/a/1',
      'https://bangkok-daily.example/a/1',
    ],
    ['id, republished from', 'Tulisan ini diterbitkan ulang dari Jurnal Warga.', 'Jurnal Warga'],
    // A feed's closing line carried along: "this content is from «X»", "this report is taken from X".
    ['ar, content from a quoted paper', 'هذا المحتوى من «صوت الدلتا».. اضغط هنا للتعليق', 'صوت الدلتا'],
    ['ar, a report taken from a site', 'هذا التقرير مأخوذ من موقع النهار الجديد', 'النهار الجديد'],
  ])('%s', (_label, sentence, want) => {
    expect(noteClaim(sentence)?.value).toBe(want);
  });

  test.each([
    ['a person from a town (nl)', 'Zij is afkomstig uit Groningen en woont nu in Delft.'],
    ['"Original:" before a language, not an address', 'Original: Spanish, translated by the editors.'],
    ['permission from no one named', 'We reprinted it with permission from our neighbour.'],
    ['a lower-case slot', 'The following text first appeared in a local newsletter.'],
    ['no note at all', 'The council published its budget on Monday.'],
    ['ar, content "from" its own team', 'هذا المحتوى من إعداد فريق التحرير بالتعاون مع القراء'],
    ['ar, a topic "among" the most important', 'هذا الموضوع من أهم المواضيع التي تشغل الرأي العام'],
  ])('no claim: %s', (_label, sentence) => {
    expect(noteClaim(sentence)).toBeNull();
  });

  test('the outlet is read by shape: a date ends it, a connector inside a name is kept', () => {
    expect(outletOf('Gazette of Lyon 12/04 in print', 'last')?.value).toBe('Gazette of Lyon');
    expect(outletOf('friends of ours', 'last')).toBeNull();
    expect(outletOf('Corriere delle Rive, edizione locale', 'last')?.value).toBe('Corriere delle Rive');
    expect(outletOf('Φωνή της Πεδιάδας σήμερα', 'last')?.value).toBe('Φωνή της Πεδιάδας');
    expect(outletOf('Habari ya Bonde leo', 'last')?.value).toBe('Habari ya Bonde');
  });
});

describe('readOriginNotes on a page', () => {
  const P = '<p>Paragraph of the story itself, long enough to be read as the body of this article by the reader.</p>';
  const html = (body: string, head = '') =>
    `<html><head>${head}</head><body><article><h1>Title</h1><div class="entry-content">${body}</div></article></body></html>`;

  test('a note inside a long paragraph is read; a note under a picture is not', () => {
    const page = readPage(
      parseHTML(
        html(
          `<p>Our thanks go to the editors. This report is reprinted courtesy of Valley Ledger, where it ran last week, and it is shared here unchanged for our readers.</p>${P}${P}`,
        ),
      ).document as unknown as Document,
      'https://blog.example.org/post',
    );
    expect(readOriginNotes(page).map((n) => n.claim.value)).toEqual(['Valley Ledger']);
    const captioned = readPage(
      parseHTML(
        html(`${P}<figure><img src="a.jpg"><figcaption>Reprinted from Valley Ledger.</figcaption></figure>${P}`),
      ).document as unknown as Document,
      'https://blog.example.org/post',
    );
    expect(readOriginNotes(captioned)).toEqual([]);
  });

  test('the page naming itself is no claim; the same note elsewhere is', () => {
    const body = `${P}<p>The following column first appeared in Valley Ledger.</p>`;
    const head = '<title>A column | Valley Ledger</title><meta property="og:site_name" content="Valley Ledger">';
    const own = scanPage(parseHTML(html(body, head)).document as unknown as Document, 'https://valleyledger.com/c/1');
    expect(own.claims).toEqual([]);
    const other = scanPage(parseHTML(html(body)).document as unknown as Document, 'https://aggregator.example/c/1');
    expect(other.claims.map((c) => c.value)).toContain('Valley Ledger');
  });
});

describe('originNotes in the packs', () => {
  test('every note has exactly one outlet mark and compiles', () => {
    for (const pack of LANGUAGE_PACKS)
      for (const p of pack.originNotes) expect(p.split('@').length, `${pack.code}: ${p}`).toBe(2);
    expect(notePatterns().patterns.length).toBeGreaterThan(20);
  });

  test('pathological input stays fast: long runs of phrase starts, capitals and stops', () => {
    const inputs = [
      'republished from '.repeat(3000),
      `${'Aa '.repeat(20_000)}published the following`,
      `${'im Original auf '.repeat(2000)}${'X '.repeat(5000)}`,
      `${'original: '.repeat(5000)}https://`,
      `${'. Ab'.repeat(20_000)}`,
      `${'هذا المحتوى من '.repeat(20_000)}«`,
    ];
    const started = performance.now();
    for (const t of inputs) {
      noteClaim(t.slice(0, 400));
      const page = readPage(
        parseHTML(`<html><body><article><p>${t}</p><p>${t}</p></article></body></html>`)
          .document as unknown as Document,
        'https://x.example/a',
      );
      readOriginNotes(page);
    }
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
