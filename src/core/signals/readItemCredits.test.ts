/**
 * Source lines wherever pages write them (issue 11, families 3, 6 and 7): in other wrappers, as clippings, signed
 * at the end of a paragraph, one per item of an archive page; and the lines that look alike but name no source
 * (picture and data credits, the page's own brand). Read through scanPage, so the page's identity applies.
 */
import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { scanPage } from './scanPage.ts';
import { textToDocument } from '../text/textToDocument.ts';

const URL = 'https://regional-digest.example/2024/story/';
const P =
  '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>';
const parse = (html: string, _url: string) => parseHTML(html).document as unknown as Document;

function scanHtml(body: string, head = '<title>A story</title>', url = URL) {
  const html = `<html><head>${head}</head><body><header class="site-header"><p>Regional Digest</p></header><article><h1>Headline</h1><div class="entry-content">${body}</div></article><footer><p>© 2024</p></footer></body></html>`;
  return scanPage(parse(html, url), url);
}
const sourceLine = (s: ReturnType<typeof scanHtml>) =>
  s.signals.filter((x) => x.kind === 'source-line').map((x) => x.target);

describe('source lines in other wrappers', () => {
  test.each([
    ['blockquote > cite', `${P}${P}${P}<blockquote><p>Quelle: <cite>Die Zeit</cite></p></blockquote>`, 'Die Zeit'],
    ['cite alone', `${P}${P}${P}<cite>Fuente: El País</cite>`, 'El País'],
    ['small', `${P}${P}${P}<p><small>Źródło: PAP</small></p>`, 'PAP'],
    [
      'boxed div with a link',
      `${P}${P}${P}<div class="box"><div><span>Nguồn:</span> <a href="https://nhandan.vn/a-1.html">Nhân Dân</a></div></div>`,
      'https://nhandan.vn/a-1.html',
    ],
    ['table cell', `${P}${P}${P}<table><tr><td>Fonte: ANSA</td></tr></table>`, 'ANSA'],
    ['last item of a list', `${P}${P}${P}<ul><li>Lorem</li><li>Ipsum</li><li>Источник: ТАСС</li></ul>`, 'ТАСС'],
    [
      'next to a captioned figure',
      `${P}${P}<figure><img src="https://img.example/a.jpg"><figcaption>The harbour at dawn</figcaption></figure><p>Source: Kyodo</p>${P}`,
      'Kyodo',
    ],
    [
      'inline at the end of the last paragraph',
      `${P}${P}${P}<p>Lorem ipsum dolor sit amet, the minister said on Tuesday. – AFP</p>`,
      'AFP',
    ],
    ['before the title', `<p>Kaynak: AA</p><h2>Başlık</h2>${P}${P}${P}`, 'AA'],
    ['Thai label, a space, a name', `<p>ที่มา prachatai</p>${P}${P}${P}`, 'prachatai'],
    ['an outlet and a date heading an item', `<p>Kyodo<br>3/5/2019</p>${P}${P}${P}`, 'Kyodo'],
    ['one field of a meta line', `<p>Regional Digest   2019-05-03   来源：新华社</p>${P}${P}${P}`, '新华社'],
    ['a byline crediting an agency', `<p>By Jane Roe and AFP</p>${P}${P}${P}`, 'AFP'],
    [
      'paired label "Source / Date"',
      `<p>Sumber / Tarikh: Utusan Malaysia 4 Mei 2010</p>${P}${P}${P}`,
      'Utusan Malaysia',
    ],
  ])('%s', (_name, body, target) => {
    expect(sourceLine(scanHtml(body))).toContain(target);
  });
});

describe('clippings name the paper, without their date', () => {
  test.each([
    ['en', '<p>Article published in The Hindu, 4 March 2019, page 6</p>', 'The Hindu'],
    ['fr', '<p>Article paru le 12 mai 2015 dans le Parisien</p>', 'le Parisien'],
    ['fr, author between', '<p>(Article de Jeanne Dupont dans Ouest-France)</p>', 'Ouest-France'],
    ['it', '<p>Dal quotidiano IL TIRRENO del 4/5/2019</p>', 'IL TIRRENO'],
    ['de', '<p>Ein Artikel aus der Frankfurter Rundschau vom 3.4.2018</p>', 'Frankfurter Rundschau'],
    ['es', '<p>Artículo publicado en Clarín, 8 de junio de 2020</p>', 'Clarín'],
    ['pt', '<p>Publicado no jornal Zero Hora em 2 de maio de 2016</p>', 'Zero Hora'],
    ['pl', '<p>Artykuł ukazał się w Rzeczpospolitej z dnia 3.04.2012</p>', 'Rzeczpospolitej'],
    ['ru', '<p>Статья опубликована в Ведомостях от 12 января 2015</p>', 'Ведомостях'],
    ['zh', '<p>原载于2019年5月3日人民日报</p>', '人民日报'],
  ])('%s', (_lang, line, target) => {
    expect(sourceLine(scanHtml(`${P}${P}${P}${line}`))).toContain(target);
  });
});

describe('multi-item pages: each item ends in its own label', () => {
  test('a plain-text archive capture: every item read, not one claim for the page', () => {
    const text = [
      'Archive: economy',
      '',
      'Ports report record traffic',
      'Container traffic rose by a tenth in the first quarter, port authorities said, the third record in a row.',
      'Fuente: La Nación, abril 3 de 2021',
      'Steel prices climb again as orders from builders pick up across the region and stocks run low.',
      'Fuente: El Tiempo, abril 2 de 2021',
      'The harvest was the largest in a decade, according to growers, though prices fell sharply.',
      '— BERNAMA',
    ].join('\n');
    const url = 'https://trade-association.example/news/page/7';
    const s = scanPage(textToDocument(text, url, parse), url);
    expect(s.claims.map((c) => c.value)).toEqual(expect.arrayContaining(['La Nación', 'El Tiempo', 'BERNAMA']));
  });

  test('an HTML archive whose items each end with an agency signature', () => {
    const item = (t: string, a: string) =>
      `<h2>${t}</h2><p>Officials met on Monday to discuss the plan, which had been delayed twice. The vote is expected next month.</p><p>– ${a}</p>`;
    const s = scanHtml(item('One', 'Kyodo') + item('Two', 'Yonhap') + item('Three', 'ANTARA'));
    expect(sourceLine(s)).toEqual(expect.arrayContaining(['Kyodo', 'Yonhap', 'ANTARA']));
  });
});

describe('not a source: picture and data credits, the page itself', () => {
  test.each([
    [
      'a photo credit under a picture',
      `${P}${P}<figure><img src="https://img.example/a.jpg"></figure><p>Foto: Reuters</p>${P}`,
    ],
    [
      'a data source in a table cell',
      `${P}<table><tr><td>12.4</td></tr><tr><td>Source: Eurostat</td></tr></table>${P}${P}`,
    ],
    ['figures in table cells', `${P}<table><tr><td>1.2 MB (-92%)</td><td>7.7 MB (-52%)</td></tr></table>${P}${P}`],
    [
      'a chart source under a chart',
      `${P}${P}<figure><img src="https://img.example/chart.png"></figure><p>Source: Reuters</p>${P}`,
    ],
    [
      'commentary citing an outlet mid-text',
      `${P}<p>The figures were first reported by Reuters, which cited two officials.</p>${P}${P}`,
    ],
    ['a dash and an unknown word', `${P}${P}${P}<p>That is all for today. – Editor</p>`],
    ['a section line', `<p>Published in Politics</p>${P}${P}${P}`],
    ["a graphic's byline and its data source", `${P}${P}<p>By The Daily Planet | Source: Reuters</p>${P}${P}`],
    [
      "the page's own byline: an agency, a date and a time",
      `<p>AFP<br>3 mai 2016 à 08:12 (mis à jour à 09:40)</p>${P}${P}${P}`,
    ],
    [
      "a box about another of the site's stories, its agency linked to the site's author page",
      `${P}${P}<div class="teaser"><p>Another story of ours.</p><span>Zdroj: <a href="${URL}authors/ctk/">ČTK</a></span></div>${P}${P}`,
    ],
  ])('%s', (_name, body) => {
    expect(sourceLine(scanHtml(body))).toEqual([]);
  });

  test('"– Reuters" signed on a page that is itself Reuters', () => {
    const s = scanHtml(
      `${P}${P}${P}<p>The talks resume next week, the spokesman added. – Reuters</p>`,
      '<title>Talks resume | Reuters</title><meta property="og:site_name" content="Reuters">',
      'https://www.reuters.com/world/talks-resume-2024/',
    );
    expect(sourceLine(s)).toEqual([]);
  });
});

describe('an outlet and its writer, or a desk and its wire, where a byline stands (issue 11)', () => {
  // Invented writers and wording; outlets the directory knows that no dev page is about.
  const SENT =
    'A farmacêutica regional anunciou ontem que vai abrir uma nova fábrica perto do porto, com duzentos postos de trabalho.';
  const PARA = `<p>${SENT} ${SENT}</p>`;
  test.each([
    ['an outlet and a writer at the top', `<p>RTÉ/ Siobhán Ní Bhriain</p>${PARA}${PARA}${PARA}`, 'RTÉ'],
    ['a writer and an outlet at the end', `${PARA}${PARA}${PARA}<p>Mirela Dobre / Le Soir</p>`, 'Le Soir'],
    ['an agency and initials closing the text', `${PARA}${PARA}<p>${SENT} (kp/MTI)</p>`, 'MTI'],
    ['initials and a lower-case agency, a comma between', `${PARA}${PARA}<p>${SENT} (tv, bta)</p>`, 'bta'],
  ])('%s', (_name, body, target) => {
    expect(sourceLine(scanHtml(body))).toContain(target);
  });

  test.each([
    [
      'the pair mid-text, where pictures are credited',
      `${PARA}${PARA}${PARA}<p>RTÉ/ Siobhán Ní Bhriain</p>${PARA}${PARA}${PARA}${PARA}`,
    ],
    [
      'the pair beside a picture',
      `<figure><img src="https://img.example/a.jpg"></figure><p>RTÉ/ Siobhán Ní Bhriain</p>${PARA}${PARA}`,
    ],
    ['a photo credit', `<p>Foto: RTÉ/ Siobhán Ní Bhriain</p>${PARA}${PARA}${PARA}`],
    ['a photo credit in brackets', `${PARA}${PARA}<p>${SENT} (Foto: kp/MTI)</p>`],
    ["a person's name alone", `<p>Siobhán Ní Bhriain</p>${PARA}${PARA}${PARA}`],
    ['two people', `<p>Mirela Dobre / Siobhán Ní Bhriain</p>${PARA}${PARA}${PARA}`],
    ['an agency and a photographer under the title', `<p>MTI / K. Szabó</p>${PARA}${PARA}${PARA}`],
    ['a data source in brackets', `${PARA}${PARA}<p>${SENT} (fonte: Eurostat)</p>`],
    ['initials and a date', `${PARA}${PARA}<p>${SENT} (kp, 12.05.2021)</p>`],
    ['initials and a section', `${PARA}${PARA}<p>${SENT} (kp, Economia)</p>`],
  ])('no claim: %s', (_name, body) => {
    expect(sourceLine(scanHtml(body))).toEqual([]);
  });

  test("the page's own outlet and its writer is the page's byline", () => {
    const s = scanHtml(
      `<p>RTÉ/ Siobhán Ní Bhriain</p><p>${SENT} ${SENT}</p>`,
      '<title>Nova fábrica | RTÉ</title>',
      'https://www.rte.ie/news/2024/fabrica/',
    );
    expect(sourceLine(s)).toEqual([]);
  });
});

describe('pathological input stays bounded', () => {
  test('a long capture of label-like and dash-signed lines', () => {
    const lines: string[] = ['Title'];
    for (let i = 0; i < 3000; i++)
      lines.push(i % 2 ? `Source: ${'X'.repeat(200)} 12/3/2020` : `${'a '.repeat(300)}. – ${'B'.repeat(50)}`);
    const url = 'https://hostile.example/x';
    const started = performance.now();
    scanPage(textToDocument(lines.join('\n'), url, parse), url);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  test('blocks of outlet-writer pairs and bracketed initials', () => {
    const blocks: string[] = ['Title'];
    for (let i = 0; i < 1000; i++)
      blocks.push(i % 2 ? `RTÉ/ ${'Ab '.repeat(100)}` : `${'a '.repeat(200)}. (${'x, '.repeat(100)}mti)`);
    const url = 'https://hostile.example/x';
    const started = performance.now();
    scanPage(textToDocument(blocks.join('\n\n'), url, parse), url);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
