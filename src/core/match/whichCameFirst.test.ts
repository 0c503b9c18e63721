import { describe, expect, test } from 'vitest';
import type { Signal } from '../report.ts';
import { whichCameFirst, type PageEvidence } from './whichCameFirst.ts';

const PAGE = 'https://www.observer.example/news/ferry-timetable-4471.html';
const OTHER = 'https://copy-farm.example/2024/05/ferry-timetable/';
const sig = (kind: Signal['kind'], target?: string, strength = 0.8): Signal => ({
  kind,
  quote: '',
  where: '',
  place: 'text',
  strength,
  ...(target ? { target } : {}),
});
const side = (url: string, over: Partial<PageEvidence> = {}): PageEvidence => ({
  url,
  published: null,
  signals: [],
  knownPublisher: false,
  words: 600,
  ...over,
});

describe('whichCameFirst', () => {
  test.each([
    [
      'the page names the other as canonical',
      side(PAGE, { signals: [sig('canonical', OTHER)] }),
      side(OTHER),
      'other',
      'canonical',
    ],
    [
      'the other names the page as canonical',
      side(PAGE),
      side(OTHER, { signals: [sig('canonical', PAGE)] }),
      'page',
      'canonical',
    ],
    ['copy signs on the other only', side(PAGE), side(OTHER, { signals: [sig('spam-footer')] }), 'page', 'copy-signs'],
    [
      'copy signs on the page only',
      side(PAGE, { signals: [sig('source-line', OTHER)] }),
      side(OTHER),
      'other',
      'copy-signs',
    ],
    [
      'weak signs are not copy signs',
      side(PAGE, { published: '2024-05-01T08:00:00Z' }),
      side(OTHER, { signals: [sig('hotlinked-media', undefined, 0.2)], published: '2024-05-01T07:00:00Z' }),
      'other',
      'published-earlier',
    ],
    [
      'the page published an hour earlier',
      side(PAGE, { published: '2024-05-01T08:00:00Z' }),
      side(OTHER, { published: '2024-05-01T09:00:00+00:00' }),
      'page',
      'published-earlier',
    ],
    [
      'times under a minute apart say nothing',
      side(PAGE, { published: '2024-05-01T08:00:00Z' }),
      side(OTHER, { published: '2024-05-01T08:00:30Z' }),
      'unclear',
      'no-evidence',
    ],
    [
      'one date only says nothing',
      side(PAGE, { published: '2024-05-01T08:00:00Z' }),
      side(OTHER),
      'unclear',
      'no-evidence',
    ],
    [
      'a known publisher against an unknown site',
      side(PAGE, { knownPublisher: true }),
      side(OTHER),
      'page',
      'known-publisher',
    ],
    [
      'a known publisher outweighs an earlier declared date',
      side(PAGE, { knownPublisher: true, published: '2024-05-01T09:00:00Z' }),
      side(OTHER, { published: '2020-01-01T00:00:00Z' }),
      'page',
      'known-publisher',
    ],
    ['nothing at all', side(PAGE), side(OTHER), 'unclear', 'no-evidence'],
    [
      'the other is fuller: the page dropped a paragraph',
      side(PAGE, { words: 500 }),
      side(OTHER, { words: 620 }),
      'other',
      'fuller-text',
    ],
    [
      'the page is fuller: the other is its excerpt',
      side(PAGE, { words: 900 }),
      side(OTHER, { words: 200 }),
      'page',
      'fuller-text',
    ],
    [
      'a few words apart say nothing',
      side(PAGE, { words: 600 }),
      side(OTHER, { words: 640 }),
      'unclear',
      'no-evidence',
    ],
    [
      'a fuller text outweighs the directory and dates',
      side(PAGE, { knownPublisher: true, published: '2020-01-01T00:00:00Z', words: 400 }),
      side(OTHER, { words: 700, published: '2024-01-01T00:00:00Z' }),
      'other',
      'fuller-text',
    ],
    [
      'both copy signs and dates: the signs win',
      side(PAGE, { published: '2020-01-01T00:00:00Z', signals: [sig('spam-footer')] }),
      side(OTHER, { published: '2024-01-01T00:00:00Z' }),
      'other',
      'copy-signs',
    ],
  ] as const)('%s', (_, page, other, first, why) => {
    expect(whichCameFirst(page, other)).toEqual({ first, why });
  });
});
