/**
 * The held-out draw generator (npm run draw): a draw is in the shared corpus's format (every case's page, original
 * and history in its web.json, files where web.json says), the same seed builds the same draw, another seed another
 * one, and the originals are not the shared corpus's.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildDraw } from '../../bench/draw/buildDraw.mjs';

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
});
