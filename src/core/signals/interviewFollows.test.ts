import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { readPage } from '../page/readPage.ts';
import { textToDocument } from '../text/textToDocument.ts';
import { pageIdentity } from '../page/pageIdentity.ts';
import { interviewFollows } from './interviewFollows.ts';
import { readLeadCredits } from './readLeadCredit.ts';

// Pages written for these tests (none from a real page): an interview with a beekeeper, introduced by a paragraph
// that credits the interviewing outlet (an acronym the directory does not know), then dashed question/answer turns.
const URL = 'https://farm-digest.example/2026/05/bees';
const parse = (html: string) => parseHTML(html).document as unknown as Document;
const capture = (text: string, url = URL) => readPage(textToDocument(text, url, parse), url);
const identityOf = (p: ReturnType<typeof capture>) =>
  pageIdentity({ url: p.url, title: p.title, meta: p.meta, jsonLd: p.jsonLd });

const TITLE = 'Marta Oliva: «The hives came back after the cold spring»';
const INTRO_EN =
  'Marta Oliva has kept bees on the northern slopes for thirty years and lost half her hives in the frost of March. She rebuilt them with swarms from her neighbours and a new kind of winter cover, as she told KRB on Thursday.';
const INTRO_IT =
  "Marta Oliva alleva api sulle colline del nord da trent'anni e a marzo ha perso metà degli alveari per il gelo. Li ha ricostruiti con gli sciami dei vicini e una nuova copertura invernale, come ha spiegato ieri a RVM.";
const TURNS = [
  '— How did you notice the frost had reached the hives?',
  '— The bees stopped flying in the morning, and the entrances were silent for three days in a row.',
  '— What will you do differently next winter?',
  '— Cover them earlier, and keep the strongest colonies near the wall where the sun comes first.',
];
const PROSE = [
  'The cooperative plans to share the covers with other beekeepers in the valley next autumn.',
  'Honey prices rose by a tenth over the summer, the cooperative said in its report.',
];

const interview = (intro: string, after: string[], url = URL) => capture([TITLE, intro, ...after].join('\n\n'), url);
const strongCredits = (p: ReturnType<typeof capture>) =>
  readLeadCredits(p, identityOf(p))
    .filter((c) => c.strong)
    .map((c) => c.claim.value);

describe('interviewFollows: dashed question/answer turns after an introduction', () => {
  test('turns in the blocks after, or in the lines of the same block', () => {
    const apart = interview(INTRO_EN, TURNS);
    expect(interviewFollows(apart, apart.blocks.find((b) => b.text.startsWith('Marta Oliva has'))!)).toBe(true);
    const joined = capture([TITLE, [INTRO_EN, ...TURNS].join('\n')].join('\n\n'));
    expect(interviewFollows(joined, joined.blocks.find((b) => b.text.startsWith('Marta Oliva has'))!)).toBe(true);
  });

  test('prose, one dashed aside, or a dashed range of figures is no interview', () => {
    for (const after of [PROSE, [PROSE[0]!, TURNS[0]!, PROSE[1]!], ['– 12 to 15 hives', '– 30 %', '- 4 kg']]) {
      const p = interview(INTRO_EN, after);
      expect(interviewFollows(p, p.blocks.find((b) => b.text.startsWith('Marta Oliva has'))!)).toBe(false);
    }
  });
});

describe('interviewFollows: the dash precheck refuses no interview', () => {
  // Turns written with each dash the turn pattern takes, indented, in the blocks after the introduction or in the
  // lines of its own block: the precheck (a block writing one of the dashes) must let each through.
  const introOf = (p: ReturnType<typeof capture>) => p.blocks.find((b) => b.text.startsWith('Marta Oliva has'))!;
  test.each([['—'], ['–'], ['―']])('turns opened by %s', (dash) => {
    const turns = TURNS.map((t) => `  ${dash}${t.slice(1)}`);
    const apart = interview(INTRO_EN, turns);
    expect(interviewFollows(apart, introOf(apart))).toBe(true);
    const joined = capture([TITLE, [INTRO_EN, ...turns].join('\n')].join('\n\n'));
    expect(interviewFollows(joined, introOf(joined))).toBe(true);
  });

  test('turns behind a hyphen or a bullet are none', () => {
    const p = interview(
      INTRO_EN,
      TURNS.map((t) => `-${t.slice(1)}`),
    );
    expect(interviewFollows(p, introOf(p))).toBe(false);
  });
});

describe("readLeadCredits: an interview's introduction credits the interviewer", () => {
  test('the outlet the introduction credits is a strong claim when turns follow (English, Italian)', () => {
    expect(strongCredits(interview(INTRO_EN, TURNS))).toEqual(['KRB']);
    expect(
      strongCredits(
        interview(
          INTRO_IT,
          TURNS.map((t) => t.replace(/^— /u, '– ')),
        ),
      ),
    ).toEqual(['RVM']);
  });

  test('the same sentence followed by prose is a cited fact: weak', () => {
    expect(strongCredits(interview(INTRO_EN, PROSE))).toEqual([]);
  });

  test("on the interviewer's own site the credit names the page itself", () => {
    expect(strongCredits(interview(INTRO_EN, TURNS, 'https://krb.example/2026/05/bees'))).toEqual([]);
  });

  test('a credit inside the turns (an answer citing an outlet) is not the introduction', () => {
    const answer = '— As I told KRB last year, the cold is not the worst of it.';
    expect(strongCredits(interview(INTRO_EN.replace(', as she told KRB on Thursday', ''), [...TURNS, answer]))).toEqual(
      [],
    );
  });

  test('pathological input stays fast: many dashes, many lines, many blocks', () => {
    const pages = [
      interview(INTRO_EN, ['— '.repeat(50_000)]),
      interview(INTRO_EN, [`${'—\n'.repeat(50_000)}`]),
      interview(
        INTRO_EN,
        Array.from({ length: 3000 }, () => '—'),
      ),
      capture(`${TITLE}\n\n${`${INTRO_EN}\n\n`.repeat(400)}`),
    ];
    // The turns are looked for after every credited block: each look is bounded whatever the page holds.
    const start = Date.now();
    for (const p of pages) for (const b of p.blocks.slice(0, 400)) interviewFollows(p, b);
    expect(Date.now() - start).toBeLessThan(1000);
  });
});
