import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs script module without types
import { setOf } from '../../scripts/real-add.mjs';
// @ts-expect-error: a plain .mjs script module without types
import { normUrl } from '../../scripts/real-metrics.mjs';

// The real-page sets must stay well-formed and disjoint: every case served by its own offline web, every page in the
// set its URL hashes to (so the held-out set is exactly what the split says, whoever adds pages), and every label
// explained. Checks shapes only; it prints no held-out content.
const REAL = path.resolve(import.meta.dirname, '../real');
const KINDS = new Set([
  'dateline',
  'source-label',
  'read-more',
  'originally-published',
  'repost',
  'clipping',
  'boilerplate',
  'self-reference',
  'data-source',
  'photo-credit',
  'commentary',
  'original',
  'wordpress-theme',
  'own-dateline',
]);

interface Case {
  id: string;
  url: string;
  kind: string;
  lang: string;
  how: string;
  label_note: string;
  added?: string;
  expect: { verdict: string; originalUrl: string | null; claimedSource: string | null };
}

function load(set: string) {
  const cases = readFileSync(path.join(REAL, set, 'cases.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
  const web = JSON.parse(readFileSync(path.join(REAL, set, 'web.json'), 'utf8')) as {
    pages: { url: string; file: string; type: string }[];
  };
  return { cases, web };
}

describe.each(['dev', 'heldout'])('test/real/%s', (set) => {
  const { cases, web } = load(set);

  test('every case is a page of its own offline web, saved as a text file', () => {
    const pages = new Map(web.pages.map((p) => [p.url, p]));
    const missing = cases.filter(
      (c) =>
        !pages.has(c.url) ||
        !existsSync(path.join(REAL, set, pages.get(c.url)!.file)) ||
        pages.get(c.url)!.type !== 'text/plain',
    );
    expect(missing.map((c) => c.id)).toEqual([]);
  });

  test('every page lies in the set its URL hashes to', () => {
    expect(cases.filter((c) => setOf(c.url) !== set).map((c) => c.id)).toEqual([]);
  });

  test('every label is a known kind, explained, with a claimed source exactly when the page names one', () => {
    const bad = cases.filter(
      (c) =>
        !KINDS.has(c.kind) ||
        !/^[a-z]{2,3}$/.test(c.lang) ||
        !c.label_note.trim() ||
        !c.how.trim() ||
        (c.added !== undefined && !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(c.added)) ||
        c.expect.originalUrl !== null ||
        !['suspected', 'clean'].includes(c.expect.verdict) ||
        (c.expect.verdict === 'suspected') !== Boolean(c.expect.claimedSource),
    );
    expect(bad.map((c) => c.id)).toEqual([]);
  });
});

test('the two sets share no page', () => {
  const dev = new Set(load('dev').cases.map((c) => normUrl(c.url)));
  expect(
    load('heldout')
      .cases.filter((c) => dev.has(normUrl(c.url)))
      .map((c) => c.id),
  ).toEqual([]);
});
