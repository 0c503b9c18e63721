import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { pageIdentity } from '../page/pageIdentity.ts';
import { textToDocument } from '../text/textToDocument.ts';
import { SUSPECT_STRENGTH } from '../decideVerdict.ts';
import { checkHtml } from '../check.ts';
import type { Ports } from '../ports.ts';
import { parseHtmlLinkedom } from '../../adapters/parseHtmlLinkedom.ts';
import { scanPageData } from './scanPage.ts';
import { MAX_CANDIDATES, readBareAddresses } from './readBareAddresses.ts';

// Pages and wording written for these tests (none from a real page, every outlet invented): a blog or board post
// copying a story about a ferry timetable, in several languages and scripts, with the story's address written out
// (no link, no label) somewhere in the post.
const URL = 'https://quayside-notes.example/posts/8812';
const ARTICLE = 'https://harbour-gazette.example/local/2026/03/ferry-timetable-changes';
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const capture = (text: string, url = URL) => readPage(textToDocument(text, url, parse), url);

const TITLE = 'Ferry timetable changes from April';
const STORY = [
  'The morning ferry to the island will leave twenty minutes earlier from the first of April, the operator said.',
  'Commuters had complained that the old timetable missed the first train on the mainland by a few minutes.',
  'The evening crossing keeps its hours, but the Sunday service will run twice more in the summer months.',
];
const STORIES: Record<string, string[]> = {
  de: [
    'Die Morgenfähre zur Insel legt ab dem ersten April zwanzig Minuten früher ab, teilte der Betreiber am Montag mit.',
    'Pendler hatten sich beschwert, dass der alte Fahrplan den ersten Zug auf dem Festland um wenige Minuten verpasste.',
    'Die Abendfahrt bleibt unverändert, am Sonntag fährt die Fähre im Sommer zweimal mehr.',
  ],
  ru: [
    'Утренний паром на остров с первого апреля будет отправляться на двадцать минут раньше, сообщил перевозчик.',
    'Пассажиры жаловались, что по старому расписанию они опаздывали на первый поезд на материке на несколько минут.',
    'Вечерний рейс останется прежним, а по воскресеньям летом паром будет ходить ещё два раза.',
  ],
  ja: [
    '島へ向かう朝のフェリーは四月一日から二十分早く出航すると運航会社が発表した。通勤客からは本土の始発列車に間に合わないとの声が上がっていた。',
    '夕方の便は変わらないが、夏の日曜日は二便増える。',
    '運航会社によると、新しい時刻表は来週から港の窓口とウェブサイトで配布される予定だ。',
  ],
  ar: [
    'ستغادر العبارة الصباحية إلى الجزيرة قبل عشرين دقيقة اعتبارا من الأول من أبريل، بحسب ما أعلنت الشركة المشغلة يوم الاثنين.',
    'واشتكى الركاب من أن الجدول القديم كان يفوتهم القطار الأول على البر الرئيسي ببضع دقائق.',
    'أما رحلة المساء فتبقى في موعدها، وستضاف رحلتان يوم الأحد خلال أشهر الصيف.',
  ],
  vi: [
    'Chuyến phà buổi sáng ra đảo sẽ khởi hành sớm hơn hai mươi phút kể từ ngày một tháng Tư, đơn vị vận hành cho biết.',
    'Hành khách phàn nàn rằng lịch cũ khiến họ lỡ chuyến tàu đầu tiên trên đất liền chỉ vài phút.',
    'Chuyến chiều giữ nguyên giờ, còn Chủ nhật mùa hè sẽ có thêm hai chuyến phà.',
  ],
};

/** A capture: the title, then `blocks` (each a list of lines), blank lines between blocks. */
const page = (blocks: string[][], url = URL) => capture([TITLE, ...blocks.map((b) => b.join('\n'))].join('\n\n'), url);
const read = (p: ReturnType<typeof capture>) =>
  readBareAddresses(p, pageIdentity({ url: p.url, title: p.title, meta: p.meta, jsonLd: p.jsonLd }));
const strongTargets = (p: ReturnType<typeof capture>) =>
  scanPageData(p)
    .signals.filter((s) => s.kind === 'source-line' && s.strength >= SUSPECT_STRENGTH)
    .map((s) => s.target);
const claims = (p: ReturnType<typeof capture>) => scanPageData(p).claims.map((c) => c.value);

describe('readBareAddresses: an address alone at the text’s edge beside the copied text is strong', () => {
  test('alone on its own line below the copied text', () => {
    const p = page([STORY, [ARTICLE]]);
    expect(read(p)).toMatchObject([{ claim: { value: ARTICLE, type: 'url' }, place: 'end', strong: true }]);
    expect(strongTargets(p)).toContain(ARTICLE);
  });

  test('the last line of the copied block, after a writer’s name', () => {
    expect(read(page([[...STORY, 'Mara Quell', ARTICLE]]))).toMatchObject([{ place: 'end', strong: true }]);
  });

  test('above the copied text, with a date line under it', () => {
    const p = page([[ARTICLE, '2026-03-11 08:15'], STORY]);
    expect(read(p)).toMatchObject([{ claim: { value: ARTICLE }, place: 'top', strong: true }]);
    expect(strongTargets(p)).toContain(ARTICLE);
  });

  test.each([
    [
      'de',
      'www.talbote.example/region/2026/03/faehre-frueher.',
      'https://www.talbote.example/region/2026/03/faehre-frueher',
    ],
    ['ru', '(https://primorye-vesti.example/news/48213)', 'https://primorye-vesti.example/news/48213'],
    [
      'ja',
      'https://minato-shimbun.example/articles/20260311.html。',
      'https://minato-shimbun.example/articles/20260311.html',
    ],
    ['ar', '🔗 https://sahil-news.example/ar/2026/03/11/88213', 'https://sahil-news.example/ar/2026/03/11/88213'],
    // No scheme, after the text: the host's suffix is a real one.
    [
      'vi',
      'bao-mien-bien.com.vn/tin-tuc/pha-ra-dao-12345.html',
      'https://bao-mien-bien.com.vn/tin-tuc/pha-ra-dao-12345.html',
    ],
  ])('in %s, written as "%s"', (lang, line, want) => {
    const p = page([STORIES[lang] ?? [], [line]]);
    expect(read(p)).toMatchObject([{ claim: { value: want }, strong: true }]);
    expect(strongTargets(p)).toContain(want);
  });

  test('an address the forum cut with a space is joined', () => {
    const cut = 'https://harbour-gazette.example/view.aspx?id=3F9A77C1D2E4B8 A61';
    expect(read(page([STORY, [cut]]))).toMatchObject([
      { claim: { value: 'https://harbour-gazette.example/view.aspx?id=3F9A77C1D2E4B8A61' }, strong: true },
    ]);
  });

  test('an address cut by a line break after a hyphen is joined', () => {
    const p = page([STORY, ['https://harbour-gazette.example/local/ferry-timetable-', 'changes-from-april']]);
    expect(read(p)[0]?.claim.value).toBe('https://harbour-gazette.example/local/ferry-timetable-changes-from-april');
  });
});

describe('readBareAddresses: elsewhere an address is a candidate only', () => {
  test('alone between the copied paragraphs: tried, not strong', () => {
    const p = page([[STORY[0] ?? '', ARTICLE, ...STORY.slice(1)]]);
    expect(read(p)).toMatchObject([{ claim: { value: ARTICLE }, place: 'middle', strong: false }]);
    expect(strongTargets(p)).toEqual([]);
    expect(claims(p)).toContain(ARTICLE);
  });

  test('inside a sentence at the end: tried, not strong', () => {
    const p = page([STORY, [`More on the old timetable in the paper’s report ${ARTICLE} from last year.`]]);
    expect(read(p)).toMatchObject([{ strong: false }]);
    expect(strongTargets(p)).toEqual([]);
  });

  test('a post sharing a link with a line of its own words: no article’s worth of text, not strong', () => {
    const p = page([['Odd one, I just stumbled on this report, what do you think?'], [ARTICLE]]);
    expect(read(p)).toMatchObject([{ strong: false }]);
    expect(strongTargets(p)).toEqual([]);
  });

  test('a page cannot make the engine fetch many addresses: at most MAX_CANDIDATES', () => {
    const three = [1, 2, 3].map((n) => `https://paper-${n}.example/local/2026/03/story-number-${n}`);
    expect(read(page([STORY, three])).length).toBeLessThanOrEqual(MAX_CANDIDATES);
  });
});

describe('readBareAddresses: hard negatives', () => {
  test.each([
    [
      'a reference list of studies',
      [
        STORY,
        [
          '[1] https://journal-a.example/articles/2026-0001',
          '[2] https://journal-b.example/vol-3/issue-2/paper-77',
          '[3] https://journal-c.example/abstract/123456',
          '[4] https://journal-d.example/full/98765',
        ],
      ],
    ],
    ['a study by its identifier', [STORY, ['https://doi.org/10.5555/ferry-2026-0311']]],
    ['a study’s PDF', [STORY, ['https://transport-institute.example/reports/ferry-demand-2026.pdf']]],
    ['an organisation’s more-info address', [STORY, ['More info: www.island-council.example']]],
    ['an organisation’s section', [STORY, ['More info at https://island-council.example/transport']]],
    ['a video', [STORY, ['https://www.youtube.com/watch?v=ferry-departure-2026']]],
    [
      'a press release’s contact',
      [STORY, ['Press contact: desk@island-ferries.example, +00 123 4567', 'www.island-ferries.example/press']],
    ],
    ['the page’s own permalink', [STORY, ['https://quayside-notes.example/posts/8812-ferry-timetable-changes']]],
    ['a tag page', [STORY, ['https://harbour-gazette.example/tag/ferries']]],
  ])('%s: no candidate', (_name, blocks) => {
    const p = page(blocks);
    expect(read(p)).toEqual([]);
    expect(strongTargets(p)).toEqual([]);
  });

  test('an address in the comments, beside a picture or in a table of an HTML page: not the article’s text', () => {
    const html = `<html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>${STORY.map(
      (s) => `<p>${s}</p>`,
    ).join(
      '',
    )}<figure><img src="/ferry.jpg"><figcaption>${ARTICLE}</figcaption></figure><table><tr><td>${ARTICLE}</td></tr></table></article><section id="comments" class="comments"><p>${ARTICLE}</p></section></body></html>`;
    const p = readPage(parse(html), URL);
    expect(read(p)).toEqual([]);
  });

  test('pathological input stays fast: long runs of dots, slashes, letters, addresses and lines', () => {
    const inputs = [
      [[`${'.'.repeat(100_000)}`], STORY],
      [[`${'/'.repeat(100_000)}`]],
      [[`${'a'.repeat(100_000)}.com/x`]],
      [[`${'www.'.repeat(25_000)}`], STORY],
      [STORY, [`${'https://a-b.example/x-y-z/'.repeat(4_000)}`]],
      [STORY, Array.from({ length: 5_000 }, (_, i) => `https://p${i}.example/local/story-${i}-a-b`)],
      [Array.from({ length: 20_000 }, () => 'x.co/a-b-c d')],
      Array.from({ length: 3_000 }, () => [STORY[0] ?? '', ARTICLE]),
    ].map((blocks) => page(blocks));
    const start = Date.now();
    for (const p of inputs) expect(read(p).length).toBeLessThanOrEqual(MAX_CANDIDATES);
    expect(Date.now() - start).toBeLessThan(3000);
  });
});

/** A whole check with an offline web holding the original: the address leads to it and its text verifies. */
describe('readBareAddresses: the candidate is verified by the usual fetch and comparison', () => {
  const ORIGINAL = `<html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1>${STORY.map(
    (s) => `<p>${s}</p>`,
  ).join('')}<p>The operator will publish the full timetable on its site next week.</p></article></body></html>`;
  const ports = (served: string): Ports => ({
    fetch: async (url) =>
      url === served
        ? { url, status: 200, contentType: 'text/html', text: ORIGINAL }
        : { url, status: 404, contentType: 'text/html', text: '' },
    parseHtml: parseHtmlLinkedom,
    clock: { now: () => 0 },
  });
  const html = (lines: string[]) =>
    `<html><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><p>${lines.join('<br>')}</p></article></body></html>`;

  test('an address between the paragraphs, weak before the fetch, is the verified original', async () => {
    const { report } = await checkHtml(html([STORY[0] ?? '', ARTICLE, ...STORY.slice(1)]), URL, ports(ARTICLE), {
      remember: false,
    });
    expect(report.verdict).toBe('copy');
    expect(report.original?.url).toBe(ARTICLE);
  });

  test('an address at the end that leads nowhere leaves the page suspected, its address the claimed source', async () => {
    const { report } = await checkHtml(html([...STORY, ARTICLE]), URL, ports('https://elsewhere.example/x'), {
      remember: false,
    });
    expect(report.verdict).toBe('suspected');
    expect(report.claimedSource).toBe(ARTICLE);
  });
});
