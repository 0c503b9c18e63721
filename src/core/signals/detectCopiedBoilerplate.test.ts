import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { noticeOutlet, rightsLineOutlet } from './detectCopiedBoilerplate.ts';
import { scanPage } from './scanPage.ts';

describe('noticeOutlet: an outlet named by its own notice', () => {
  const cases: [string, string, string][] = [
    // [label, sentence, outlet as written]
    ['a wire rights notice', 'Copyright 2023 The Associated Press. All rights reserved.', 'The Associated Press'],
    [
      'a redistribution notice naming the agency',
      'This material may not be published, broadcast, rewritten or redistributed without permission from Reuters.',
      'Reuters',
    ],
    ['German rights notice', '© dpa. Alle Rechte vorbehalten.', 'dpa'],
    ['French rights notice', '© AFP. Tous droits réservés.', 'AFP'],
    ['Spanish rights notice', '© EFE 2024. Todos los derechos reservados.', 'EFE'],
    ['Korean rights notice', '<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>', '연합뉴스'],
    [
      'an agency subscriber notice, Arabic, a preposition attached',
      'هذه الأخبار مختصرة لجزء من خدمة الأخبار المقدمة للمشتركين لدى وكالة الأناضول.',
      'وكالة الأناضول',
    ],
    [
      'a newsletter edition naming its paper',
      'This is an edition of The Guardian Weekly Briefing, a newsletter about the week.',
      'The Guardian',
    ],
  ];
  // Reprint notices written verb-final or around the outlet, as agencies of these languages word them.
  cases.push(
    [
      'Lithuanian, verb-final reprint notice',
      'Naujienų agentūros ELTA informaciją kopijuoti, platinti ar skelbti be raštiško sutikimo draudžiama.',
      'ELTA',
    ],
    ['Polish, reprint forbidden', 'Przedruk materiałów PAP bez pisemnej zgody wydawcy jest zabroniony.', 'PAP'],
    ['Finnish, copying forbidden', 'STT:n uutisten kopiointi ja julkaiseminen ilman lupaa on kielletty.', 'STT'],
    [
      'Russian, reproduction forbidden',
      'Воспроизведение материалов ТАСС без письменного разрешения запрещено.',
      'ТАСС',
    ],
    [
      'Hungarian, copying forbidden',
      'A Magyar Távirati Iroda anyagainak másolása és terjesztése tilos.',
      'Magyar Távirati Iroda',
    ],
  );
  it.each(cases)('%s', (_label, sentence, written) => {
    expect(noticeOutlet(sentence)?.written).toBe(written);
  });

  const negatives: [string, string][] = [
    ['a notice naming no outlet the tables know', '© 2024 Stadtportal Beispiel. Alle Rechte vorbehalten.'],
    ['a notice without an outlet', 'All rights reserved.'],
    ['an outlet without a notice', 'Reuters reported the figures on Monday.'],
    ['a picture credit with a rights notice', 'Photo: © AFP. All rights reserved.'],
    ['a picture agency', '© Getty Images. All rights reserved.'],
    ['an agency word alone', 'The news agency said all rights reserved.'],
    ['a prohibition naming no outlet, verb-final', 'Rūkyti parke be raštiško savininko sutikimo draudžiama.'],
    ['a quote to an agency, no notice', 'Departamento direktorius BNS sakė, kad Seimas dirba kaip dirbęs.'],
    ['Polish, copying a key without consent', 'Kopiowanie klucza bez zgody zarządcy jest zabronione.'],
  ];
  it.each(negatives)('no outlet: %s', (_label, sentence) => {
    expect(noticeOutlet(sentence)).toBeNull();
  });
});

const story = (title: string, paragraphs: string[]) =>
  `<html><head><title>${title}</title></head><body><article><h1>${title}</h1><div class="entry-content">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></article><footer><p>© 2024 This Site. All rights reserved.</p></footer></body></html>`;
const scan = (html: string, url: string) => scanPage(parseHTML(html).document as unknown as Document, url);
const body = [
  'The central bank raised its main rate by a quarter point on Tuesday, the third increase this year.',
  'Analysts had expected the move after inflation figures published last week came in above forecasts.',
  'Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
];

describe('detectCopiedBoilerplate on pages', () => {
  it("a copy carrying an agency's rights notice names the agency", () => {
    const r = scan(story('Central bank raises rates', body), 'https://regional-news.example/bank');
    expect(r.claims).toContainEqual({ value: 'The Associated Press', type: 'name', via: 'copied-boilerplate' });
    expect(r.signals.find((s) => s.kind === 'copied-boilerplate')).toMatchObject({
      target: 'The Associated Press',
      place: 'text',
    });
  });

  it("the agency's own notice on its own site names no one", () => {
    const r = scan(story('Central bank raises rates', body), 'https://apnews.com/article/bank');
    expect(r.signals.filter((s) => s.kind === 'copied-boilerplate')).toEqual([]);
    expect(r.claims).toEqual([]);
  });

  it("an agency's verb-final reprint notice on its own site names no one", () => {
    const notice = 'Naujienų agentūros ELTA informaciją atgaminti ar platinti be raštiško sutikimo draudžiama.';
    const r = scan(story('Seimas', [...body.slice(0, 2), notice]), 'https://www.elta.lt/lt/naujienos/1');
    expect(r.signals.filter((s) => s.kind === 'copied-boilerplate')).toEqual([]);
    const copy = scan(story('Seimas', [...body.slice(0, 2), notice]), 'https://regional-news.example/seimas');
    expect(copy.claims).toContainEqual({ value: 'ELTA', type: 'name', via: 'copied-boilerplate' });
  });

  it('verb-final notice phrases stay fast on hostile text', () => {
    const hostile = [
      `${'kopijuoti '.repeat(100_000)}`,
      `be raštiško ${'sutikimo be raštiško '.repeat(50_000)}`,
      `${'Przedruk '.repeat(100_000)}bez`,
      `${'másolása '.repeat(100_000)}csak`,
    ];
    const started = performance.now();
    for (const t of hostile) noticeOutlet(t.slice(0, 400_000));
    for (const t of hostile) scan(story('x', [t.slice(0, 200_000)]), 'https://regional-news.example/x');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("the site's own footer notice is not read", () => {
    const r = scan(story('Central bank raises rates', body.slice(0, 2)), 'https://regional-news.example/bank');
    expect(r.signals).toEqual([]);
  });
});

describe('rightsLineOutlet: a line that is only a dated rights line', () => {
  it.each([
    ['sign, year, holder', '© 2019 Kyodo News', 'Kyodo News'],
    ['holder, then the year', '(c) ANSA 2017', 'ANSA'],
    ['the word, the sign, the holder, the year', 'Copyright © Anadolu Agency 2016', 'Anadolu Agency'],
    ['the word and a year, lower-case agency', 'Copyright 2021 dpa', 'dpa'],
  ])('%s', (_label, line, written) => {
    expect(rightsLineOutlet(line)?.written).toBe(written);
  });

  it.each([
    ['no year: a picture credit', '© Reuters'],
    ['a picture agency', '© Getty Images 2020'],
    ['a media label before the sign', 'Foto: © AFP 2019'],
    ['a photographer after the agency', '© AFP/Jane Roe 2019'],
    ['a holder the tables do not know', '© 2023 Stadtportal Beispiel'],
    ['a sentence going on after the notice', '© 2019 Kyodo News, which reported the figures first'],
    ['no sign nor word', 'Kyodo News 2019'],
  ])('no outlet: %s', (_label, line) => {
    expect(rightsLineOutlet(line)).toBeNull();
  });

  const wire = [
    'The central bank raised its main rate by a quarter point on Tuesday, the third increase this year.',
    'Analysts had expected the move after inflation figures published last week came in above forecasts.<br>© 2019 Kyodo News',
  ];
  it("a copy keeping the agency's rights line under the story names the agency", () => {
    const r = scan(story('Central bank raises rates', wire), 'https://regional-news.example/bank');
    expect(r.claims).toContainEqual({ value: 'Kyodo News', type: 'name', via: 'copied-boilerplate' });
  });

  it("the agency's own rights line on its own site names no one", () => {
    const r = scan(story('Central bank raises rates', wire), 'https://english.kyodonews.net/news/bank');
    expect(r.signals.filter((s) => s.kind === 'copied-boilerplate')).toEqual([]);
  });
});
