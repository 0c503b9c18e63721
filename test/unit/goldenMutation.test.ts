/**
 * The golden reports must catch a wrong quote, not only a wrong verdict. Two mutation checks:
 *
 * - on every fixture's stored report.json, each mutation below (a quote replaced by another line of the same page, a
 *   place, a reason, a candidate tried, a passage, a credit) makes the comparison the golden test uses report that
 *   field, by its JSON path;
 * - end to end: a copy of a fixture whose source line is reworded (same claim, same URL, same verdict) gives a
 *   report that no longer matches the stored one, and the difference is the quote; the old summary (verdict,
 *   original, claimed source, credits, evidence kinds) would have let it through.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { SIGNAL_PLACES } from '../../src/core/report.ts';
import { diffGolden, type Golden, listFixtures, PAGES_DIR, readGolden, runFixture } from '../fixtures/pages/golden.ts';

interface GoldenSignal {
  kind: string;
  quote: string;
  place?: string;
}
interface GoldenReport {
  reasons: string[];
  signals: GoldenSignal[];
  candidates: { url: string; outcome: string }[];
  credits: { authors: string[] };
  original: { overlap: { passages: { text: string }[] } } | null;
}

/** The visible text lines of a fixture's page, crudely (test pages are ours): text between tags, long enough. */
async function pageLines(dir: string): Promise<string[]> {
  const file = (await readFile(path.join(dir, 'source.html'), 'utf8').catch(() => null)) ?? '';
  const text = file || (await readFile(path.join(dir, 'source.txt'), 'utf8'));
  const chunks = file ? text.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').split(/<[^>]+>/) : text.split(/\n+/);
  return [...new Set(chunks.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length >= 20))];
}

const fixtures = listFixtures();
const load = async (name: string) => {
  const dir = path.join(PAGES_DIR, name);
  return { golden: (await readGolden(dir)) as Golden, lines: await pageLines(dir) };
};
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Each mutation edits a copy of a stored report and returns the JSON path it touched, or null when not applicable. */
const MUTATIONS: [string, (r: GoldenReport, lines: string[]) => string | null][] = [
  [
    'a signal quotes a different line of the page',
    (r, lines) => {
      const i = r.signals.findIndex((s) => s.quote);
      const other = lines.find((l) => r.signals.every((s) => s.quote !== l));
      if (i < 0 || !other) return null;
      r.signals[i]!.quote = other;
      return `signals[${i}].quote`;
    },
  ],
  [
    'a signal is placed elsewhere',
    (r) => {
      const i = r.signals.findIndex((s) => s.place);
      if (i < 0) return null;
      r.signals[i]!.place = SIGNAL_PLACES.find((p) => p !== r.signals[i]!.place);
      return `signals[${i}].place`;
    },
  ],
  [
    'two signals swap ranks',
    (r) => {
      if (r.signals.length < 2) return null;
      [r.signals[0], r.signals[1]] = [r.signals[1]!, r.signals[0]!];
      return 'signals[0]';
    },
  ],
  [
    'a reason is lost',
    (r) => {
      r.reasons.pop();
      return `reasons[${r.reasons.length}]`;
    },
  ],
  [
    'a candidate tried ends differently',
    (r) => {
      if (!r.candidates.length) return null;
      r.candidates[0]!.outcome = r.candidates[0]!.outcome === 'verified' ? 'different' : 'verified';
      return 'candidates[0].outcome';
    },
  ],
  [
    'a candidate is not tried',
    (r) => {
      if (!r.candidates.length) return null;
      r.candidates.shift();
      return `candidates[${r.candidates.length}]`;
    },
  ],
  [
    'a matched passage is another line',
    (r, lines) => {
      const passages = r.original?.overlap.passages;
      const other = lines.find((l) => passages?.every((p) => p.text !== l));
      if (!passages?.length || !other) return null;
      passages[0]!.text = other;
      return 'original.overlap.passages[0].text';
    },
  ],
  [
    'an author is added',
    (r) => {
      r.credits.authors.push('Someone Else');
      return `credits.authors[${r.credits.authors.length - 1}]`;
    },
  ],
];

describe('golden reports catch what the old summary missed', () => {
  test.each(MUTATIONS.map(([name]) => name))(
    '%s: the comparison names the field, on every fixture it applies to',
    async (name) => {
      const mutate = MUTATIONS.find(([n]) => n === name)![1];
      let applied = 0;
      for (const fixture of fixtures) {
        const { golden, lines } = await load(fixture);
        const mutated = clone(golden) as unknown as GoldenReport;
        const touched = mutate(mutated, lines);
        if (touched === null) continue;
        applied++;
        const changes = diffGolden(golden, mutated);
        expect(changes.length, `${fixture}: ${name}`).toBeGreaterThan(0);
        expect(
          changes.some((c) => c.startsWith(touched)),
          `${fixture}: ${changes.join('; ')}`,
        ).toBe(true);
      }
      // Each mutation is exercised on most fixtures, not on one lucky page.
      expect(applied).toBeGreaterThanOrEqual(Math.min(10, fixtures.length));
    },
  );

  test('a reworded source line changes the quote, and only the whole report sees it', async () => {
    const name = 'vi-autoblog-url-trailing-dot';
    const stored = (await readGolden(path.join(PAGES_DIR, name))) as Golden;
    const dir = await mkdtemp(path.join(tmpdir(), 'golden-mutation-'));
    try {
      await cp(path.join(PAGES_DIR, name), dir, { recursive: true });
      const page = await readFile(path.join(dir, 'source.html'), 'utf8');
      const line = (stored as unknown as GoldenReport).signals.find((s) => s.kind === 'source-line')!.quote;
      expect(page).toContain('Nguồn : ');
      await writeFile(path.join(dir, 'source.html'), page.replace('Nguồn : ', 'Nguồn bài viết: '));

      const { golden } = await runFixture(dir);
      const changes = diffGolden(stored, golden);
      const i = (stored as unknown as GoldenReport).signals.findIndex((s) => s.kind === 'source-line');
      expect(
        changes.some((c) => c.startsWith(`signals[${i}].quote`)),
        changes.join('\n'),
      ).toBe(true);
      expect((golden as unknown as GoldenReport).signals[i]!.quote).not.toBe(line);
      // What the old summary pinned is the same: it would have passed.
      const summary = (g: Golden) => {
        const r = g as unknown as GoldenReport & Record<string, unknown>;
        return [r.verdict, r.trust, r.claimedSource, r.credits, [...new Set(r.signals.map((s) => s.kind))].sort()];
      };
      expect(summary(golden)).toEqual(summary(stored));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
