/**
 * Hostile text against every pattern family: source labels, leads and read-more lines, "first published" phrases,
 * feed footers, datelines, credits and posters, spam families, obfuscation and mojibake, and the text helpers they
 * run on. Each case is shaped to make a backtracking or quadratic matcher take minutes (long runs of near-misses:
 * a label with no separator, an opening bracket that never closes, a phrase's first word repeated forever) and must
 * finish inside a generous budget, which only a linear matcher (or a cap) meets on a loaded 2-core machine.
 *
 * Two layers: every detector of the registry (detectorSpecs.ts) on a hostile PAGE, read as the scan reads it (a
 * meta-test fails when a detector has no case), and each family's matcher or function on hostile TEXT directly,
 * past the page's caps, so the family itself is shown linear rather than merely capped.
 */
import { describe, expect, test } from 'vitest';
import { parseHtmlLinkedom } from '../../src/adapters/parseHtmlLinkedom.ts';
import { readPage, type PageData } from '../../src/core/page/readPage.ts';
import { pageIdentity } from '../../src/core/page/pageIdentity.ts';
import { DETECTOR_SPECS, type PageKind } from '../../src/core/signals/detectorSpecs.ts';
import { PAGE_DETECTORS } from '../../src/core/signals/pageDetectors.ts';
import { sourceLinePatterns } from '../../src/core/signals/sourceLinePatterns.ts';
import { clippingMatchers } from '../../src/core/signals/readClipping.ts';
import { spamFamiliesOf } from '../../src/core/signals/detectSpamFooter.ts';
import { readDateline } from '../../src/core/signals/readDateline.ts';
import { readPressCredit } from '../../src/core/signals/readPressCredit.ts';
import { readEndCredit } from '../../src/core/signals/readEndCredit.ts';
import { noticeOutlet, rightsLineOutlet } from '../../src/core/signals/detectCopiedBoilerplate.ts';
import { endsWithDate } from '../../src/core/signals/nameWithoutDate.ts';
import { markSpans } from '../../src/core/signals/clippingMarks.ts';
import { DATED_HEAD, QUOTED_HEAD } from '../../src/core/signals/readCitation.ts';
import { namedOutlet } from '../../src/core/signals/namedOutlet.ts';
import { splitShapedLine } from '../../src/core/signals/readSourceShape.ts';
import { scoreSourceShapes } from '../../src/core/signals/scoreSourceShape.ts';
import { linksByBlock } from '../../src/core/page/linksByBlock.ts';
import { isTemplateLine } from '../../src/core/signals/isTemplateLine.ts';
import { nameWithoutDate } from '../../src/core/signals/nameWithoutDate.ts';
import { phrasesOf } from '../../src/core/data/lang/phrasesOf.ts';
import { phraseMatcher } from '../../src/core/text/compilePhrases.ts';
import { unmaskText } from '../../src/core/text/unmaskText.ts';
import { repairMojibake } from '../../src/core/text/repairMojibake.ts';
import { cleanText } from '../../src/core/text/cleanText.ts';
import { foldLatin } from '../../src/core/text/foldLatin.ts';
import { tokenize } from '../../src/core/text/tokenize.ts';
import { slugify } from '../../src/core/text/slugify.ts';
import { splitNames } from '../../src/core/credits/splitNames.ts';
import { photoCreditsIn } from '../../src/core/credits/findPhotoCredits.ts';
import { findPoster } from '../../src/core/credits/findPoster.ts';
import { namePieces } from '../../src/core/match/guessPublisherSite.ts';
import { isSameName } from '../../src/core/match/publisherDirectory.ts';
import { creditOf } from '../../src/core/signals/creditAbove.ts';
import { creditsPiece } from '../../src/core/signals/findPointerPost.ts';
import { unwrapFeedRedirect } from '../../src/core/url/unwrapFeedRedirect.ts';
import { creditPatterns, readLeadCredits } from '../../src/core/signals/readLeadCredit.ts';
import { findReadMore } from '../../src/core/signals/findReadMore.ts';

// Every pack's clipping matchers (outside a scan the active pack set is every pack).
const { lead: CLIPPING_RE, from: CLIPPING_FROM_RE } = clippingMatchers();
const {
  label: LABEL_RE,
  bareLabel: BARE_LABEL_RE,
  tightLabel: TIGHT_LABEL_RE,
  lead: LEAD_RE,
  origins: ORIGIN_RES,
} = sourceLinePatterns();

/** Characters of hostile text per text case: a quadratic matcher needs ~10^11 steps on it, a linear one milliseconds. */
const N = 300_000;
/** Generous on purpose (a loaded, shared machine): it catches minutes, not a slowdown. */
const TEXT_BUDGET_MS = 3_000;
const PAGE_BUDGET_MS = 5_000;
const URL_ = 'https://copy.example.com/2024/05/story';

const times = (unit: string, chars = N): string => unit.repeat(Math.ceil(chars / unit.length));
const para = (text: string): string => `<p>${text}</p>`;
const page = (body: string, head = ''): string =>
  `<html><head><title>Story</title>${head}</head><body><article>${para('A sentence of the story. '.repeat(40))}${body}</article><footer>© 2024</footer></body></html>`;

function timed(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

// ─────────────────────────── every registry detector on a hostile page ───────────────────────────

interface PageCase {
  what: string;
  html: () => string;
}

/** At least one hostile page per detector kind; the Record type and the meta-test below keep it complete. */
const DETECTOR_CASES: Record<PageKind, readonly PageCase[]> = {
  'spam-footer': [
    {
      what: '5,000 footer links of warez words that never form a family, and a long base64-looking script',
      html: () =>
        page(
          `<div style="display:none">${'<a href="https://themes-x.example/">free premium download wordpress</a> '.repeat(5_000)}</div>`,
          `<script>document.write(atob("${times('QUJD', 200_000)}"))</script>`,
        ),
    },
  ],
  'source-line': [
    {
      what: '20,000 short lines starting with a source label and never reaching a separator',
      html: () => page(para(`Source ${'Nguồn '.repeat(50)}`).repeat(20_000)),
    },
    {
      what: '20,000 short lines shaped "head: link to another site" (read by their shape), in the middle',
      html: () =>
        page(
          para('Words of an article. '.repeat(20)) +
            para('Ein Kopf: <a href="https://other.example/a-b-c-d">Other</a>').repeat(20_000) +
            para('Words of an article. '.repeat(20)),
        ),
    },
    {
      what: 'one 300 kB block of labels, leads and read-more words with no source after them',
      html: () => page(para(times('Source Read more at Theo Originally published on ', N))),
    },
  ],
  'feed-footer': [
    {
      what: 'the feed footer\'s first words 30,000 times with no "appeared first on"',
      html: () => page(para(times('The post <a href="https://x.example/a">a</a> ', 900_000))),
    },
  ],
  canonical: [
    {
      what: '10,000 canonical and amphtml links with long addresses',
      html: () =>
        page(
          '',
          `<link rel="canonical" href="https://orig.example/${'a/'.repeat(400)}">`.repeat(5_000) +
            `<link rel="amphtml" href="https://orig.example/${'b/'.repeat(400)}amp/">`.repeat(5_000),
        ),
    },
  ],
  'syndication-meta': [
    {
      what: '10,000 syndication and original-source meta tags',
      html: () =>
        page(
          '',
          `<meta name="syndication-source" content="https://orig.example/${'x'.repeat(500)}">`.repeat(5_000) +
            `<meta name="original-source" content="${'https://'.repeat(60)}">`.repeat(5_000),
        ),
    },
  ],
  'hotlinked-media': [
    {
      what: '20,000 images on distinct foreign hosts with long srcsets',
      html: () =>
        page(
          Array.from(
            { length: 20_000 },
            (_, i) =>
              `<img src="https://cdn${i}.host${i % 97}.example/p.jpg" srcset="${'https://cdn.other.example/x.jpg 2x, '.repeat(20)}">`,
          ).join(''),
        ),
    },
  ],
  'wire-dateline': [
    {
      what: 'a first paragraph of capitals and opening brackets that never close',
      html: () =>
        `<html><body><article>${para(times('BERLIN (dpa ', N))}${para('A sentence. '.repeat(50))}</article></body></html>`,
    },
  ],
  'read-more': [
    {
      what: '20,000 excerpt paragraphs each ending in sentence ends and read-more phrases with no outlet after them',
      html: () => page(para(`${'Read more at. Leia mais em… 続きは。 '.repeat(40)}`).repeat(20_000)),
    },
    {
      what: 'one 300 kB block of read-more phrases, sentence ends and dots, never closing a line',
      html: () => page(para(times('Continue reading on . . . Weiterlesen bei » ', N))),
    },
    {
      what: '20,000 items each credited above ("Outlet: headline", "headline | Outlet") and closed by a bare read-more',
      html: () =>
        page(
          `${para('Le Monde: “A headline” | Der Spiegel')}${para('An excerpt. Une phrase.')}${para('Keep reading')}`.repeat(
            20_000,
          ),
        ),
    },
    {
      what: 'a "to read … in <outlet>, click here" line whose stretch never closes, 300 kB',
      html: () => page(para(`To read the full article ${times('in x, click here (', N)}`)),
    },
  ],
  'copied-boilerplate': [
    {
      what: '20,000 paragraphs each a copyright sign, a rights notice and capitalised words the tables might know',
      html: () =>
        page(
          para(`© 2024 The Daily News Times Reuters Press. All rights reserved. Follow The Times on WhatsApp. `).repeat(
            20_000,
          ),
        ),
    },
    {
      what: 'one 300 kB block of notice phrases and copyright signs, never a sentence end',
      html: () => page(para(times('© Copyright (c) all rights reserved may not be reproduction Reuters ', N))),
    },
  ],
  'obfuscated-text': [
    {
      what: 'every letter padded with a combining grapheme joiner, a zero-width space and a soft hyphen',
      html: () => page(para(times('a\u034fb\u200bc\u00ad'))),
    },
  ],
  'mis-decoded-text': [
    {
      what: '300 kB of UTF-8 read as cp1252, with no text it decodes to',
      html: () => page(para(times('Ã©Ã¨â€™ì•ˆë…• '))),
    },
  ],
};

function pageOf(html: string): PageData {
  return readPage(parseHtmlLinkedom(html, URL_), URL_);
}

describe('every registry detector finishes on hostile pages', () => {
  test('each detector of the registry has a pathological page (add one with a new detector)', () => {
    const missing = DETECTOR_SPECS.map((s) => s.kind).filter((k) => !(DETECTOR_CASES[k]?.length > 0));
    expect(missing).toEqual([]);
    expect(Object.keys(DETECTOR_CASES).sort()).toEqual(DETECTOR_SPECS.map((s) => s.kind).sort());
  });

  const cases = DETECTOR_SPECS.flatMap((spec) =>
    (DETECTOR_CASES[spec.kind] ?? []).map((c) => [spec.kind, c.what, c] as const),
  );
  test.each(cases)('%s: %s', { timeout: 120_000 }, (kind, _what, c) => {
    const data = pageOf(c.html());
    const detector = PAGE_DETECTORS.find((d) => d.kind === kind);
    if (!detector) throw new Error(`no detector for ${kind}`);
    const identity = pageIdentity({ url: data.url, title: data.title, meta: data.meta, jsonLd: data.jsonLd });
    let found: ReturnType<typeof detector.detect> | null = null;
    const ms = timed(() => {
      found = detector.detect(data, { identity });
    });
    console.log(`${kind}: ${ms.toFixed(0)} ms — ${c.what}`);
    expect(found).not.toBeNull();
    expect(ms).toBeLessThan(PAGE_BUDGET_MS);
  });
});

// ─────────────────────────── each pattern family on hostile text, past the page caps ───────────────────────────

const FEED_FOOTER_RE = phraseMatcher(phrasesOf('feedFooters'));
/** The first letters of many phrases, never a whole one: each start position tries every alternative and fails. */
const NEAR_MISSES = 'Sou Rea Ori Fir The Đă Ng 来 Ист ';

/** The packs' interview credits ("told @", "said … to @"), every compiled matcher run over the whole text. */
function interviewCreditsOver(text: string): void {
  const c = creditPatterns(phrasesOf('interviewCredits'));
  for (const re of [c.after, c.afterGap, c.before, c.middle].flat()) {
    re.lastIndex = 0;
    re.exec(text);
  }
}

const TEXT_CASES: readonly [family: string, what: string, run: () => unknown][] = [
  [
    'interview credits',
    'a verb of saying, then a stretch that never reaches the preposition',
    () => interviewCreditsOver(`said ${times('on Friday in the morning ')}`),
  ],
  [
    'read-more brackets',
    'a bare read-more phrase, then brackets that open and never close, in every paragraph',
    () =>
      findReadMore(
        readPage(
          parseHtmlLinkedom(page(times(para(`Go to the original source ${'( '.repeat(200)}(Reuters`), 50_000)), URL_),
          URL_,
        ),
      ),
  ],
  [
    'interview credits',
    'prepositions repeated, never an outlet',
    () => interviewCreditsOver(times('told to aan tegen à ao ')),
  ],
  [
    'interview credits',
    'every sentence of a page tells a capitalised name something',
    () => readLeadCredits(readPage(parseHtmlLinkedom(page(para(times('The mayor told Aa Bb that. '))), URL_), URL_)),
  ],
  ['source labels', 'a label repeated with no separator', () => LABEL_RE.exec(times('Source Nguồn Quelle '))],
  ['source labels', 'decorations then a label, never a colon', () => LABEL_RE.exec(`${times('- • » ')}Source x`)],
  ['source labels', 'bare label followed by 300 kB', () => BARE_LABEL_RE.exec(`Source${times('ab ')}`)],
  ['source labels', 'a CJK label then Latin letters forever', () => TIGHT_LABEL_RE.exec(`来源 ${times('ab ')}`)],
  ['template slots', 'brackets and braces that never close', () => isTemplateLine(times('[ab {{ cd %'))],
  ['source shapes', 'dashes and bars that never end a head', () => splitShapedLine(times('ab - | '), [])],
  ['source shapes', 'words, never a colon, URL or link text', () => splitShapedLine(times('word '), [{ text: 'x y' }])],
  [
    'edge outlet lines',
    'a capture of lone outlet names and addresses forever, each its own block',
    () => {
      const data = pageOf(page(times('<p>Kyodo</p><p>island-courier.example</p><p>x</p>', 20_000)));
      const identity = pageIdentity({ url: data.url, title: data.title, meta: data.meta, jsonLd: data.jsonLd });
      return scoreSourceShapes(data, identity, linksByBlock(data), () => false);
    },
  ],
  [
    'source shapes',
    'spaces then a URL that never ends',
    () => splitShapedLine(`a ${times(' ')}https://${times('a')}`, []),
  ],
  [
    'clippings',
    'clipping leads repeated, never a paper',
    () => CLIPPING_RE.exec(times('Article paru dans Dal giornale ')),
  ],
  ['clippings', 'decorations then a lead, then 300 kB', () => CLIPPING_RE.exec(`- ${times('Article published in ')}`)],
  [
    'clippings',
    'a quoted headline that never closes, then leads with gaps',
    () => CLIPPING_RE.exec(`“${times('Ecco l’articolo pubblicato da X ')}`),
  ],
  [
    'clippings',
    '"from" and an opening mark forever, never a paper',
    () => CLIPPING_FROM_RE.exec(times('From « da “ ')),
  ],
  ['clippings', 'dates forever after a paper', () => endsWithDate(times('3 May 2019, vendredi 24 octobre '))],
  ['clippings', 'a date, then page marks forever', () => endsWithDate(`3 May 2019${times(', p. 4 nr 5 № 6')}`)],
  ['clippings', 'marks forever, never a name', () => markSpans(times('p. 4 s. 5 nr. 6 第1版 '))],
  [
    'clippings',
    'a citation whose quote never closes, then one whose bracket never closes',
    () => [QUOTED_HEAD.exec(times('Roe, “a ')), DATED_HEAD.exec(times('Roe (2019 a '))],
  ],
  [
    'clippings',
    'a lead, then periodical nouns forever, never a capitalised name',
    () => CLIPPING_RE.exec(`Articolo apparso sul ${times('quotidiano il settimanale the weekly ')}`),
  ],
  ['source leads / read more', 'a lead repeated forever', () => LEAD_RE.exec(times('Read more at Theo '))],
  ['source leads / read more', 'CJK lead repeated, no colon', () => LEAD_RE.exec(times('阅读原文转载自'))],
  [
    'origin phrases',
    '"originally" forever, never "published"',
    () => ORIGIN_RES.map((re) => re.exec(times('originally first '))),
  ],
  ['feed footers', "the footer's first words forever", () => FEED_FOOTER_RE.exec(times('The post appeared '))],
  [
    'origin phrases',
    'first letters of many phrases, never a whole one',
    () => ORIGIN_RES.map((re) => re.exec(times(NEAR_MISSES))),
  ],
  ['feed footers', 'first letters of many phrases, never a whole one', () => FEED_FOOTER_RE.exec(times(NEAR_MISSES))],
  ['datelines', 'capitals and an opening bracket that never closes', () => readDateline(times('BERLIN (dpa '))],
  ['datelines', 'dashes and brackets alternating', () => readDateline(times('(AP) — ( — '))],
  ['datelines, glued', 'a title run into capitals and places forever', () => readDateline(times('aRoma, 13 dic. ('))],
  ['datelines, glued', 'sentence ends before capitals, never a credit', () => readDateline(times('x. KUALA (NNN-'))],
  ['datelines, dotted', 'place and date runs that never close', () => readDateline(times('КИЇВ. 9 жовтня. УНН '))],
  ['datelines, byline', 'a byline word and agencies, never a colon', () => readDateline(times('By IANS and AFP '))],
  ['datelines, dashed', 'places and dashes forever, never an agency', () => readDateline(times('کرمانشاه - تهران -'))],
  ['press credits', 'outlets and "=" forever, never a title', () => readPressCredit(times('연합뉴스=홍길동 '))],
  ['press credits', 'names and a title cut short forever', () => readPressCredit(times('아주=홍길동 기'))],
  [
    'copied notices',
    'a notice phrase and capitalised words forever',
    () => noticeOutlet(times('All rights reserved Le Monde The ')),
  ],
  ['copied notices', 'copyright signs and years forever', () => noticeOutlet(times('© 2024 (c) Copyright 1999-2024 '))],
  [
    'copied notices',
    'verb-final notice words forever, never the verdict word',
    () => noticeOutlet(times('atgaminti be raštiško BNS sutikimo kopijuoti ')),
  ],
  ['copied notices', 'a rights line that never ends', () => rightsLineOutlet(times('© 2019 Kyodo '))],
  ['end credits, enclosed', 'a sentence end and an opening mark forever', () => readEndCredit(times('x. (Reuters '))],
  [
    'date tails',
    'a name then date links and numbers forever',
    () => nameWithoutDate(`Le Monde ${times('du 18/08 del 1 marzo ')}`),
  ],
  ['outlet names', 'a long run of capitalised words', () => namedOutlet(times('The Daily News Times '))],
  // The acronym-before-word split ("CNNMoney") is the backtracking shape: capitals that never meet a lower case.
  ['publisher name pieces', 'capitals forever, then one lower-case letter', () => namePieces(`${times('ABC')}x`)],
  ['publisher name pieces', 'capitals and digits that never meet a lower case', () => namePieces(times('AB1'))],
  ['publisher name pieces', 'CamelCase pieces forever', () => namePieces(times('MoneyCNN'))],
  [
    'publisher name identity',
    "a homepage's names against a long name",
    () => isSameName(times('Daily News '), [times('News Daily '), times('CNNMoney')]),
  ],
  [
    'spam families',
    'warez words that never form a family (uncapped)',
    () => spamFamiliesOf(times('free download premium '), Infinity),
  ],
  ['spam families', 'the default cap on 300 kB', () => spamFamiliesOf(times('nulled wordpress plugins themes '))],
  [
    'credits: names',
    'names joined by commas and conjunctions forever',
    () => splitNames(times('Anna Berg, and Jan Olsen và ')),
  ],
  ['credits: photo', 'photo labels forever with no name', () => photoCreditsIn([times('Photo: Ảnh: Foto: ')])],
  [
    'credits: poster',
    'a poster line 300 kB long',
    () => findPoster(pageOf(page(para(`Posted by ${times('admin ')}`)))),
  ],
  [
    'obfuscation',
    'combining joiners and zero-width marks after every letter',
    () => unmaskText(times('a\u034f\u200b')),
  ],
  [
    'obfuscation',
    'Cyrillic and Greek look-alikes and full-width forms mixed in',
    () => unmaskText(times('pаypаlΑΒＡＢ ')),
  ],
  ['mojibake', 'UTF-8 read as cp1252, never decodable', () => repairMojibake(times('Ã©â€™Ã'))],
  ['mojibake', 'Korean UTF-8 read as Latin-1', () => repairMojibake(times('ì•ˆë…•í•˜ì„¸ìš” '))],
  ['text helpers', 'cleanText on control characters and spaces', () => cleanText(times('\u0000 \u00a0\t\u200b'))],
  ['text helpers', 'foldLatin on combining marks', () => foldLatin(times('e\u0301\u0302\u0303'))],
  ['text helpers', 'tokenize on one endless word', () => tokenize('x'.repeat(N))],
  ['text helpers', 'slugify on punctuation runs', () => slugify(times('-- ..'))],
  [
    'read-more credits',
    'separators and outlet names forever',
    () => creditOf(pageOf(page('')), times('Le Monde | : - ')),
  ],
  [
    'pointer posts',
    'article words and author links forever, never a capital',
    () => creditsPiece(times('article de by ')),
  ],
  ['pointer posts', 'article words with no publishing verb after them', () => creditsPiece(times('report story x '))],
  [
    'feed redirects',
    'an aggregator id 300 kB long of field tags',
    () => unwrapFeedRedirect(`https://news.google.com/rss/articles/${times('IiIi')}`),
  ],
];

describe('every pattern family is linear on hostile text', () => {
  test.each(TEXT_CASES)('%s: %s', { timeout: 60_000 }, (family, what, run) => {
    const ms = timed(run);
    console.log(`${family}: ${ms.toFixed(0)} ms — ${what}`);
    expect(ms).toBeLessThan(TEXT_BUDGET_MS);
  });
});
