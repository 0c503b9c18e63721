/**
 * The held-out draw generator (npm run draw): a draw is in the shared corpus's format (every case's page, original
 * and history in its web.json, files where web.json says), the same seed builds the same draw, another seed another
 * one, and the originals are not the shared corpus's.
 */
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildDraw, POOL_BEFORE, readOriginals } from '../../bench/draw/buildDraw.mjs';
import { EXCERPT_ENDINGS, FEED_FOOTERS, SELF_NAMING, SOURCE_LINES } from '../../bench/draw/wording.mjs';

const REAL = path.resolve(import.meta.dirname, '..', 'real', 'dev');
const SHARED = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'web.json');
const dir = mkdtempSync(path.join(tmpdir(), 'draw-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface DrawCase {
  url: string;
  history: string[];
  expect: { verdict: string; originalUrl: string | null; signals: string[] };
  tags: string[];
}
function read(out: string): { cases: DrawCase[]; pages: { url: string; file: string }[]; text: string } {
  const text = readFileSync(path.join(out, 'cases.jsonl'), 'utf8');
  const cases = text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as DrawCase);
  const pages = (
    JSON.parse(readFileSync(path.join(out, 'web.json'), 'utf8')) as { pages: { url: string; file: string }[] }
  ).pages;
  return { cases, pages, text };
}

describe('held-out draws', () => {
  const a = path.join(dir, 'a');
  const b = path.join(dir, 'b');
  const c = path.join(dir, 'c');
  buildDraw({ seed: 1, realDir: REAL, out: a, perDraw: 8 });
  buildDraw({ seed: 1, realDir: REAL, out: b, perDraw: 8 });
  buildDraw({ seed: 2, realDir: REAL, out: c, perDraw: 8 });

  test('are in the shared corpus format: every page a case needs is in web.json, its file on disk', () => {
    const { cases, pages } = read(a);
    const urls = new Set(pages.map((p) => p.url));
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const k of cases) {
      expect(urls.has(k.url), k.url).toBe(true);
      if (k.expect.originalUrl) expect(urls.has(k.expect.originalUrl)).toBe(true);
      for (const h of k.history) expect(urls.has(h)).toBe(true);
      if (k.expect.verdict === 'copy') expect(k.expect.signals).toContain('text-match');
    }
    for (const p of pages) expect(existsSync(path.join(a, p.file)), p.file).toBe(true);
    expect(cases.some((k) => k.expect.verdict === 'clean')).toBe(true);
    expect(cases.some((k) => k.tags.includes('aggregator-excerpt') || k.tags.includes('source-wrapper'))).toBe(true);
  });

  test('are deterministic in the seed, and another seed draws another corpus', () => {
    expect(read(b).text).toBe(read(a).text);
    expect(read(c).text).not.toBe(read(a).text);
  });

  test.runIf(existsSync(SHARED))('take no original of the shared corpus', () => {
    const shared = new Set(
      (JSON.parse(readFileSync(SHARED, 'utf8')) as { pages: { url: string }[] }).pages.map((p) => p.url),
    );
    const originals = read(a).cases.flatMap((k) => (k.expect.originalUrl ? [k.expect.originalUrl] : []));
    expect(originals.filter((u) => shared.has(u))).toEqual([]);
  });

  test.runIf(existsSync(SHARED))(
    'word nothing as the shared corpus does: no fixed part of a draw wording is in its pages',
    { timeout: 120_000 },
    () => {
      const fold = (t: string): string =>
        t
          .normalize('NFD')
          .replace(/\p{M}+/gu, '')
          .replace(/<[^>]*>/g, ' ')
          .replace(/[\s\p{P}\p{S}]+/gu, ' ')
          .toLowerCase();
      const root = path.dirname(SHARED);
      const pages = (JSON.parse(readFileSync(SHARED, 'utf8')) as { pages: { file: string; type: string }[] }).pages;
      // The corpus's short text blocks, where its credit lines, read-more lines and footers are.
      const lines = pages
        .filter((p) => p.type === 'text/html' || p.type === 'text/plain')
        .flatMap((p) => readFileSync(path.join(root, p.file), 'utf8').split(/<[^>]*>|\n/))
        .map((t) => ` ${fold(t).trim()} `)
        .filter((t) => t.length > 2 && t.length < 240);
      const wordings = [
        ...EXCERPT_ENDINGS.map(([, t]) => t),
        ...SOURCE_LINES.map(([, t]) => t),
        ...FEED_FOOTERS.map(([, t]) => t),
        ...SELF_NAMING,
      ];
      // A credit line starts with its wording; a feed footer's middle sits inside its line. Parts of one word of a
      // spaced script are everyone's words and prove nothing.
      const worded = (p: string): boolean => p.includes(' ') || /[\u3000-\u9fff\uac00-\ud7af]/u.test(p);
      const parts = wordings.flatMap((w) =>
        w
          .split(/%[s12]/)
          .map((p, i) => ({ p: fold(p).trim(), first: i === 0 }))
          .filter(({ p }) => p && worded(p)),
      );
      expect(parts.length).toBeGreaterThan(50);
      const said = parts
        .filter(({ p, first }) => lines.some((l) => (first ? l.startsWith(` ${p}`) : l.includes(p))))
        .map(({ p }) => p);
      expect(said, 'wording the shared corpus uses in a short line').toEqual([]);
      // The check can fail: the seed copy's own credit line is found.
      expect(lines.some((l) => l.startsWith(' nguon thong tin'))).toBe(true);
    },
  );
});

describe('the pool of originals is frozen', () => {
  // A dev page added after the cutoff (a clean page with text enough to be drawn), stamped as real-add.mjs stamps.
  const fresh = (dir: string, added: string | undefined): void => {
    const url = 'https://fresh-outlet.example.org/2030/a-fresh-article';
    const file = 'web/fresh-outlet.example.org/a-fresh-article.txt';
    mkdirSync(path.join(dir, 'web', 'fresh-outlet.example.org'), { recursive: true });
    const para = (i: number): string =>
      `Paragraph ${i} of a fresh article, long enough to be copied by a draw's templates.`;
    writeFileSync(
      path.join(dir, file),
      `A fresh article that no draw may take\n\n${[1, 2, 3, 4, 5, 6].map(para).join('\n\n')}\n`,
    );
    const web = JSON.parse(readFileSync(path.join(dir, 'web.json'), 'utf8')) as { pages: unknown[] };
    web.pages.push({ url, file, type: 'text/plain' });
    writeFileSync(path.join(dir, 'web.json'), JSON.stringify(web));
    const c = { id: 'real-en-fresh', url, kind: 'original', lang: 'en', ...(added ? { added } : {}) };
    appendFileSync(path.join(dir, 'cases.jsonl'), `${JSON.stringify(c)}\n`);
  };
  const newer = path.join(dir, 'newer');
  const older = path.join(dir, 'older');
  for (const [d, added] of [
    [newer, '2026-12-06T23:40'],
    [older, undefined],
  ] as const) {
    cpSync(REAL, d, { recursive: true });
    fresh(d, added);
  }
  const draws = Object.fromEntries(
    (
      [
        ['pinned', REAL],
        ['newer', newer],
        ['older', older],
      ] as const
    ).map(([name, real]) => {
      const out = path.join(dir, `draw-${name}`);
      buildDraw({ seed: 1, realDir: real, out });
      return [name, read(out).text];
    }),
  );

  test('the cutoff is a minute, after the day stamps of the pages it froze', () => {
    expect(POOL_BEFORE).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect('2026-12-06' < POOL_BEFORE).toBe(true);
  });

  test('a dev page added after the cutoff changes no draw', () => {
    expect(readOriginals(newer).map((o) => o.url)).toEqual(readOriginals(REAL).map((o) => o.url));
    expect(draws.newer).toBe(draws.pinned);
  });

  test('the check can fail: the same page in the pool reshuffles the draw', () => {
    expect(readOriginals(older).length).toBe(readOriginals(REAL).length + 1);
    expect(draws.older).not.toBe(draws.pinned);
  });
});
