/**
 * Agency and outlet credits where a byline goes, in several languages and scripts (invented names and lines; the
 * agencies are the directory's), and the picture credits and citations that look alike and are not.
 */
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { scanPage } from './scanPage.ts';
import { textToDocument } from '../text/textToDocument.ts';
import { readAgencyService, readCreditByline } from './readCreditByline.ts';

describe('readCreditByline: an outlet where the byline goes', () => {
  test.each([
    // signed: names, then the outlet
    ['Jonas Petraitis, ELTA', 'ELTA', 'signed'],
    ['- Marta Kowalska i Jan Nowak, PAP', 'PAP', 'signed'],
    ['Jane Roe and John Doe | Reuters', 'Reuters', 'signed'],
    ['Иван Петров, ТАСС', 'ТАСС', 'signed'],
    ['Jan Novák a Eva Malá – ČTK', 'ČTK', 'signed'],
    ['Anna van Dijk, ANP', 'ANP', 'signed'],
    // dated: the outlet and when, nothing else
    ['4. mája 2021 o 09:12 TASR', 'TASR', 'dated'],
    ['- NTB12 min', 'NTB', 'dated'],
    ['• NTB 08:05', 'NTB', 'dated'],
    ['Reuters · 5 min ago', 'Reuters', 'dated'],
    ['AFP, 7 juin 2018 à 14:02', 'AFP', 'dated'],
    ['vor 20 Min. dpa', 'dpa', 'dated'],
    ['STT 3 t sitten', 'STT', 'dated'],
    // alone: an agency and nothing else
    ['NTB', 'NTB', 'alone'],
    ['(APA)', 'APA', 'alone'],
    ['/ritzau/', 'ritzau', 'alone'],
    ['[AFP]', 'AFP', 'alone'],
    ['Associated Press', 'Associated Press', 'alone'],
    // labelled: an author label, then the outlet (alone, signed or dated)
    ['Autor: ČTK', 'ČTK', 'labelled'],
    ['Автор: ТАСС', 'ТАСС', 'labelled'],
    ['Yazar: AA', 'AA', 'labelled'],
    ['Text: Jana Nová, dpa', 'dpa', 'labelled'],
    ['Autore: ANSA, 12 marzo 2021 10:30', 'ANSA', 'labelled'],
    ['Autor: Le Monde', 'Le Monde', 'labelled'],
    // paired: an outlet and an agency, or an agency and its editor's initials, joined by a slash of any script
    ['ABENDZEITUNG/dpa', 'dpa', 'paired'],
    ['Stadtbote／APA', 'APA', 'paired'],
    ['Lusa/ RM', 'Lusa', 'paired'],
    ['Autor: Kvällsposten/TT', 'TT', 'labelled'],
    // opening: an enclosed agency opening the line, the site's own note glued after it
    ['(AA)Bu haber editörümüz tarafından yayına hazırlandı', 'AA', 'opening'],
    ['（共同）この記事は編集部が再構成しました', '共同', 'opening'],
    ['【ANSA】La redazione ha curato questa versione', 'ANSA', 'opening'],
  ])('%s → %s (%s)', (line, written, how) => {
    expect(readCreditByline(line)).toMatchObject({ written, how });
  });

  test.each([
    // picture credits keep their own shapes
    ['AFP / J. Doe'],
    ['Pavel Novák/ČTK'],
    ['(Joan Serra, ACN)'],
    ['| ACN'],
    ['Foto: ANP'],
    ['© Reuters'],
    ['Photo: AFP/Getty'],
    ['Foto Jan Novák, ČTK'],
    ['APA/Hans Muster'],
    ['Getty Images'],
    ['Foto: ANP 12:30'],
    // citations and sentences
    ['President Roe speaks in Washington, Reuters'],
    ['Hergeholt aus — Le Monde'],
    ['AFP 3 dead in floods'],
    ['共同通信社は1945年の創立以来、国内のニュースを配信しています。'],
    ['共同通信社とは'],
    // names and places with no outlet the directory knows
    ['Anna Roe, Freelance Writer'],
    ['Newsdesk Team, Springfield | Aug 17, 2010, 05:26AM'],
    ['- Kari Nordmann17 min'],
    // an author label before a reporter, or before a picture credit
    ['Autor: Jan Novák'],
    ['Text: Jan Novák | Foto: ČTK'],
    ['Text: Jan Novák, foto: ČTK'],
    ['Autor: Jan Novák / ČTK'],
    // a pair that credits a picture: an agency and a photographer, a picture library or agency
    ['ANSA/Marta Bianchi'],
    ['AFP/Getty'],
    ['EPA/Jan Novák'],
    // an enclosed agency opening a dateline (the dateline readers' shape) or a caption
    ['(AP) — The storm reached the coast on Monday'],
    ['(AFP) Photo shows the harbour at dawn'],
    // an enclosed section or date opening a line
    ['(Politik) Der Stadtrat tagt am Montag'],
    ['(12.05.2021) Der Stadtrat tagt am Montag'],
  ])('no outlet credited: %s', (line) => {
    expect(readCreditByline(line)).toBeNull();
  });
});

describe('readAgencyService: a heading naming an agency service', () => {
  test.each([
    ['DHA YURT BÜLTENİ - 4 Sivas’ta kar', 'DHA'],
    ['Aa Haber Bülteni-12', 'Aa'],
    ['AFP Top News', 'AFP'],
    ['ANSA Notiziario', 'ANSA'],
    ['ТАСС Новости', 'ТАСС'],
    ['2021-05-04 EFE Noticias', 'EFE'],
  ])('%s → %s', (line, written) => {
    expect(readAgencyService(line)?.written).toBe(written);
  });

  test.each([['Reuters News Agency'], ['Reuters: oil prices rise'], ['AFP says 3 dead'], ['Le Monde News'], ['News']])(
    'not a service heading: %s',
    (line) => {
      expect(readAgencyService(line)).toBeNull();
    },
  );
});

const P =
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.';
const parse = (html: string, _url: string) => parseHTML(html).document as unknown as Document;
const URL = 'https://regional-digest.example/2024/story/';
function scanText(text: string, url = URL) {
  return scanPage(textToDocument(text, url, parse), url);
}
function scanHtml(body: string, url = URL) {
  const html = `<html><head><title>A story</title></head><body><article><h1>Headline</h1><div class="entry-content">${body}</div></article></body></html>`;
  return scanPage(parse(html, url), url);
}
const targets = (s: ReturnType<typeof scanText>) =>
  s.signals.filter((x) => x.kind === 'source-line').map((x) => x.target);

describe('credits in byline positions, through the scan', () => {
  test.each([
    ['a signed byline under the title', `Headline of the day\n\nJonas Petraitis, ELTA\n\n${P}\n\n${P}`, 'ELTA'],
    ['a dated byline', `Headline\n\n4. mája 2021 o 09:12 TASR\n\n${P}\n\n${P}`, 'TASR'],
    [
      'a live feed entry signed by the agency',
      `Live\n\n- Kari Nordmann 12 min\nOwn story.\n- NTB 08:05\n${P}\n\n${P}`,
      'NTB',
    ],
    ['an agency alone after the entry', `Headline\n\n${P}\n\n${P}\n\nNTB\n\nMore news`, 'NTB'],
    ['an enclosed agency closing the text', `Headline\n\n${P}\n\n${P}\n\n(APA)`, 'APA'],
    [
      'a Devanagari sentence end',
      `शीर्षक\n\n${'यह एक लंबा वाक्य है जो समाचार के बारे में बताता है। '.repeat(3)}(आईएएनएस)।\n\n${P}`,
      'आईएएनएस',
    ],
    ['an agency bulletin named in the title', `DHA Yurt Bülteni - 4\n\n${P}\n\n${P}`, 'DHA'],
    ['a credit pair under the entry', `Headline\n\n${P}\n\n${P}\n\nABENDZEITUNG/dpa\n\nMore news`, 'dpa'],
    ["an agency and the editor's initials", `Headline\n\n${P}\n\n${P}\n\nLusa/ RM`, 'Lusa'],
    [
      "an opening agency, the site's note glued",
      `Headline\n\n${P}\n\n${P}\n\n(İHA)Bu haber editörümüz tarafından hazırlandı`,
      'İHA',
    ],
    ['a bare agency after the last sentence', `Headline\n\n${P}\n\n${P} ${P} dpa`, 'dpa'],
  ])('%s', (_name, text, target) => {
    expect(targets(scanText(text))).toContain(target);
  });

  test.each([
    ['a picture credit under a caption', `Headline\n\n${P}\n\nThe harbour at dawn.\nAFP / J. Doe\n\n${P}\n\n${P}`],
    [
      'an agency alone under a caption mid-article',
      `Headline\n\n${P}\n\nThe harbour at dawn.\nReuters\n\n${P}\n\n${P}\n\n${P}`,
    ],
    [
      'a commentary citing the agency',
      `Headline\n\n${P} According to Reuters, the port reopened.\n\n${P} The minister told the AP it would.\n\n${P}`,
    ],
    ['a name and an agency inside parentheses', `Headline\n\n${P}\n\nThe harbour at dawn (Joan Serra, ACN)\n\n${P}`],
    [
      // A list page's thumbnails credit their pictures above each headline: an agency alone heads no item.
      'an agency alone above a headline and its teaser',
      `Tag: Harbour\n\nSTA\nThe harbour reopens after the storm\n${P}`,
    ],
    [
      'a bare agency after a caption of one sentence',
      `Headline\n\n${P}\n\n${P}\n\nThe harbour at dawn on Tuesday, seen from the old lighthouse on the hill. AFP`,
    ],
    [
      'an agency and a photographer under a caption',
      `Headline\n\n${P}\n\nThe harbour at dawn.\nANSA/Marta Bianchi\n\n${P}`,
    ],
    ["an agency alone above a date: the page's own byline", `Headline\n\nAFP\n3 mai 2016 à 08:12\n\n${P}\n\n${P}`],
    [
      "the page's own agency in a pair",
      `Headline\n\n${P}\n\n${P}\n\nReuters/ab`,
      'https://www.reuters.com/world/story/',
    ],
    [
      'an agency that is the page itself',
      `Headline\n\nJane Roe, Reuters\n\n${P}\n\n${P}`,
      'https://www.reuters.com/world/story/',
    ],
  ])('%s', (_name, text, url = URL) => {
    expect(targets(scanText(text, url))).toEqual([]);
  });

  test("a credits box in the markup is the picture's, an authors box the site's own", () => {
    expect(targets(scanHtml(`<p>${P}</p><p>${P}</p><p class="credits">AP</p><h2>Next</h2><p>${P}</p>`))).toEqual([]);
    expect(targets(scanHtml(`<p>${P}</p><p>${P}</p><div class="authors-container"><span>AFP</span></div>`))).toEqual(
      [],
    );
  });

  test('"By Jane Roe | Outlet": the outlet after the bar', () => {
    expect(targets(scanText(`Headline\n\nBy Jane Roe | Reuters\n\n${P}\n\n${P}`))).toContain('Reuters');
    expect(targets(scanText(`Headline\n\nBy the graphics desk | Source: Reuters\n\n${P}\n\n${P}`))).toEqual([]);
  });
});

describe('pathological input stays fast', () => {
  test('long lines of separators, digits, times and names', () => {
    const inputs = [
      `${'Jan Novák, '.repeat(5000)}ČTK`,
      `${'12:30 '.repeat(20_000)}NTB`,
      `${'5 min ago '.repeat(10_000)}`,
      `${'- '.repeat(30_000)}NTB`,
      `(${'('.repeat(30_000)}APA)`,
      `${'DHA '.repeat(20_000)}Bülteni`,
      `${'a '.repeat(50_000)}, Reuters`,
      `${'1'.repeat(60_000)}:00 dpa`,
      `Autor: ${'Autor: '.repeat(30_000)}ČTK`,
      `Text:${' :'.repeat(30_000)} dpa`,
      `${'A/'.repeat(30_000)}dpa`,
      `(AA)${'(AA)'.repeat(20_000)}`,
      `【${'ANSA】【'.repeat(10_000)}`,
    ];
    const started = performance.now();
    for (const t of inputs) {
      readCreditByline(t);
      readAgencyService(t);
    }
    // Whole pages of such lines through the scan (the per-line readers and their neighbour checks).
    scanText(`Headline\n\n${Array.from({ length: 2000 }, () => 'NTB\n- NTB 08:05\nJane Roe, dpa').join('\n')}`);
    // Agencies alone heading items, pairs and opening credits, line after line.
    scanText(`Headline\n\n${Array.from({ length: 2000 }, () => 'STA\nKURIER/APA\n(AA)note').join('\n')}`);
    expect(performance.now() - started).toBeLessThan(4000);
  });
});
