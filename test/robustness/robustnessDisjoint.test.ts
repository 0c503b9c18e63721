/**
 * The robustness suite measures pages written by others only if its wordings are not the engine's own. This test
 * proves that every list of heldOutPhrases.ts is disjoint from the engine's tables, case- and accent-insensitively:
 * - no fixed part of a wording IS a table phrase (language packs, credit labels, byline prefixes);
 * - no rendered line STARTS with a table phrase (the engine's line patterns read from the start, and a label like
 *   "Source" would read "Source of this article: X"), nor holds an "originally published" or feed-footer phrase
 *   anywhere (those are searched anywhere): checked with matchers compiled from accent-folded table phrases;
 * - the engine's own compiled matchers (source labels, leads, origin phrases, feed footers, posters, photo credits,
 *   spam families, data-provider and picture-source names) do not match a rendered line;
 * - no wording is copied from the text of a data table file (its examples in comments included).
 * The held-out draws' wording (bench/draw/wording.mjs) is checked the same way, and kept apart from this suite's.
 * Negative lists (data notes, photo credits, theme footers) may carry a source label on purpose; what must be
 * unseen there is what the engine dismisses them by.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { phrasesOf } from '../../src/core/data/lang/phrasesOf.ts';
import { AUTHOR_LABELS, PHOTO_BY_WORDS, PHOTO_LABELS } from '../../src/core/data/creditLabels.ts';
import { BYLINE_PREFIXES } from '../../src/core/data/bylinePrefixes.ts';
import { DATA_PROVIDER_NAME, MEDIA_OR_DATA_LABEL, PICTURE_SOURCE_NAME } from '../../src/core/data/citationContexts.ts';
import { SPAM_HOST_ALONE, SPAM_HOST_HOW, SPAM_HOST_WHAT } from '../../src/core/data/spamFooters.ts';
import { spamFamiliesOf } from '../../src/core/signals/detectSpamFooter.ts';
import { sourceLinePatterns } from '../../src/core/signals/sourceLinePatterns.ts';
import { clippingMatchers } from '../../src/core/signals/readClipping.ts';
import { phraseAlternation, phraseMatcher } from '../../src/core/text/compilePhrases.ts';
import * as HELD_OUT from './heldOutPhrases.ts';
import * as DRAW from '../../bench/draw/wording.mjs';

// Every pack's clipping matchers (outside a scan the active pack set is every pack).
const { lead: CLIPPING_RE, from: CLIPPING_FROM_RE } = clippingMatchers();
const {
  label: LABEL_RE,
  bareLabel: BARE_LABEL_RE,
  tightLabel: TIGHT_LABEL_RE,
  lead: LEAD_RE,
  origins: ORIGIN_RES,
} = sourceLinePatterns();

const NAME = 'Zorblat Gazette';
const TITLE = 'Quiet harbour reopens';

/** Case- and accent-folded: "Nguồn" and "nguon", "Źródło" and "zrodlo" are one phrase. */
const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘ʼ]/gu, "'")
    .toLowerCase()
    .normalize('NFC');
/** A wording reduced to its words, for equality with a table phrase. */
const words = (s: string): string =>
  fold(s)
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();

const CLAIM_PHRASES = [
  ...phrasesOf(
    'sourceLabels',
    'sourceLeads',
    'readMore',
    'originPhrases',
    'clippingLeads',
    'feedFooters',
    'posterLabels',
  ),
  ...PHOTO_LABELS,
  ...AUTHOR_LABELS,
  ...BYLINE_PREFIXES,
];
const TABLE_WORDS = new Set(CLAIM_PHRASES.map(words));
// The engine's decorations before a credit (sourceLinePatterns' PREFIX), then any table phrase ending a word there
// (the engine's own bare-label pattern, unbounded, is checked below as it is).
const DECOR = '^[\\s\\d\\-–—*•·>»|\\[(【「『#:：/.年月日時时分]*';
const STARTS_WITH_TABLE = new RegExp(`${DECOR}${phraseAlternation(CLAIM_PHRASES.map(fold), { bounded: true })}`, 'iu');
const HOLDS_ANYWHERE = phraseMatcher(phrasesOf('originPhrases', 'feedFooters').map(fold));
// The engine's own matchers, unfolded, as it compiles them.
const ENGINE_LINE: readonly [string, RegExp][] = [
  ['source label', LABEL_RE],
  ['bare source label', BARE_LABEL_RE],
  ['tight source label', TIGHT_LABEL_RE],
  ['clipping lead', CLIPPING_RE],
  ['clipping "from"', CLIPPING_FROM_RE],
  ['source lead / read more', LEAD_RE],
  ...ORIGIN_RES.map((re): [string, RegExp] => ['origin phrase', re]),
  ['feed footer', phraseMatcher(phrasesOf('feedFooters'))],
  ['poster label', new RegExp(`^${phraseAlternation(phrasesOf('posterLabels'), { bounded: true })}`, 'iu')],
  // findPhotoCredits: a photo label, then a colon or a "by" word, anywhere after a space or a bracket.
  [
    'photo credit',
    new RegExp(
      `(?:^|[\\s(\\[|–—-])${phraseAlternation(PHOTO_LABELS)}\\s*(?:[:：=／]|\\s${phraseAlternation(PHOTO_BY_WORDS)}\\s)`,
      'iu',
    ),
  ],
];

const DATA_DIR = path.resolve(import.meta.dirname, '..', '..', 'src', 'core', 'data');
function tableFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? tableFiles(path.join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [path.join(dir, e.name)]
        : [],
  );
}
const TABLE_TEXT = words(
  tableFiles(DATA_DIR)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n'),
);

/** A template with its placeholders filled and its markup dropped: the line as a reader (and the engine) sees it. */
const render = (t: string): string =>
  t
    .replace(/%s|%2/g, NAME)
    .replace(/%1/g, TITLE)
    .replace(/<[^>]*>/g, '');
/** The fixed words of a template: the parts around its placeholders. */
const fixedParts = (t: string): string[] =>
  t
    .split(/%[s12]/)
    .map(words)
    .filter(Boolean);

/** Why a positive wording is not held out ([] when it is). */
function readByTables(template: string): string[] {
  const line = render(template);
  const why: string[] = [];
  for (const part of fixedParts(template)) if (TABLE_WORDS.has(part)) why.push(`is the table phrase "${part}"`);
  const folded = fold(line);
  const start = STARTS_WITH_TABLE.exec(folded);
  if (start) why.push(`starts with the table phrase "${start[0].trim()}"`);
  const anywhere = HOLDS_ANYWHERE.exec(folded);
  if (anywhere) why.push(`holds the table phrase "${anywhere[0]}"`);
  for (const [what, re] of ENGINE_LINE) if (re.test(line)) why.push(`matched by the engine's ${what} matcher`);
  for (const part of fixedParts(template))
    if (part.split(' ').length >= 3 && TABLE_TEXT.includes(part)) why.push(`copied from a data table: "${part}"`);
  return why;
}

const POSITIVE: readonly [string, readonly string[]][] = [
  ['source labels', HELD_OUT.SOURCE_LABELS.map(([label, colon]) => `${label}${colon} %s`)],
  ['source leads', HELD_OUT.SOURCE_LEADS],
  ['name forms', HELD_OUT.NAME_FORMS],
  ['feed-footer templates', HELD_OUT.FEED_TEMPLATES],
  ['poster labels', HELD_OUT.POSTER_LABELS.map((l) => `${l} %s`)],
  // The held-out draws' wording (npm run draw): excerpt endings, source lines, feed footers, originals naming themselves.
  ['draw excerpt endings', DRAW.EXCERPT_ENDINGS.map(([, t]) => t)],
  ['draw source lines', DRAW.SOURCE_LINES.map(([, t]) => t)],
  ['draw feed footers', DRAW.FEED_FOOTERS.map(([, t]) => t)],
  ['draw self-naming lines', DRAW.SELF_NAMING],
];

describe('robustness wordings are disjoint from the engine tables', () => {
  // Generous timeout: the first use of the engine's large matchers compiles them, slowly on a loaded machine.
  test.each(POSITIVE)(
    '%s: no table phrase, no compiled matcher reads them',
    { timeout: 120_000 },
    (_what, templates) => {
      expect(templates.length).toBeGreaterThanOrEqual(10);
      const read = templates.map((t) => [t, readByTables(t)] as const).filter(([, why]) => why.length);
      expect(read, 'wordings the engine reads by its tables').toEqual([]);
    },
  );

  test('spam phrases are no table example and their hosts are outside the host-word family', () => {
    const copied = HELD_OUT.SPAM_PHRASES.filter((p) => TABLE_TEXT.includes(words(p)));
    expect(copied, 'copied from a data table').toEqual([]);
    const hostWords = [...HELD_OUT.SPAM_HOST_WORDS, ...HELD_OUT.SPAM_HOST_HOW];
    const family = (w: string) =>
      [SPAM_HOST_WHAT, SPAM_HOST_HOW, SPAM_HOST_ALONE].some((re) => new RegExp(re.source).test(w));
    expect(hostWords.filter(family), 'host words of the engine family').toEqual([]);
  });

  test('spam phrases: the share the families match is measured, not chosen (some are, some are not)', () => {
    const matched = HELD_OUT.SPAM_PHRASES.filter((p) => spamFamiliesOf(p).length > 0).length;
    console.log(`spam families match ${matched} of ${HELD_OUT.SPAM_PHRASES.length} held-out warez phrases`);
    expect(matched).toBeLessThan(HELD_OUT.SPAM_PHRASES.length);
  });

  test('data notes name providers the data-provider family does not know, with no media or data word', () => {
    const known = HELD_OUT.DATA_CITATIONS.filter((c) => {
      const name = c.split(/[:：]/).slice(1).join(':');
      return DATA_PROVIDER_NAME.test(name) || MEDIA_OR_DATA_LABEL.test(c) || TABLE_TEXT.includes(words(name));
    });
    expect(known, 'dismissed by a table, not by reading the page').toEqual([]);
  });

  test('photo credits carry no photo label and no picture-library name of the tables', () => {
    const known = HELD_OUT.PHOTO_CREDITS.filter(
      (c) =>
        STARTS_WITH_TABLE.test(fold(c)) ||
        PICTURE_SOURCE_NAME.test(c) ||
        MEDIA_OR_DATA_LABEL.test(c) ||
        ENGINE_LINE.some(([, re]) => re.test(c)),
    );
    expect(known, 'dismissed by a table').toEqual([]);
  });

  test('theme footers are no table example and match no spam family', () => {
    const known = HELD_OUT.POWERED_BY.filter((p) => TABLE_TEXT.includes(words(p)) || spamFamiliesOf(p).length > 0);
    expect(known).toEqual([]);
  });

  test('the draws and the robustness suite share no wording', () => {
    const suite = new Set(POSITIVE.filter(([w]) => !w.startsWith('draw')).flatMap(([, ts]) => ts.flatMap(fixedParts)));
    const shared = POSITIVE.filter(([w]) => w.startsWith('draw'))
      .flatMap(([, ts]) => ts.flatMap(fixedParts))
      .filter((p) => suite.has(p));
    expect(shared).toEqual([]);
  });

  test('the check can fail: table phrases and their accent-less spellings are caught', () => {
    expect(readByTables('Read more at %s')).not.toEqual([]);
    expect(readByTables('Nguon: %s')).not.toEqual([]);
    expect(readByTables('ZRODLO: %s')).not.toEqual([]);
    expect(readByTables('Source of this article: %s')).not.toEqual([]);
    expect(readByTables('This story was originally published by %s.')).not.toEqual([]);
    expect(readByTables('Provenance: %s')).toEqual([]);
  });
});
