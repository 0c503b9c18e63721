/**
 * Robustness against pages the engine has not seen: corpus cases re-served with another theme's markup, another
 * language's source label, other spam-footer phrases and hidings, other feed-footer locales, other poster labels,
 * and (on clean pages) honest credits that must not fire — checked through checkUrl over the offline web, as the CLI
 * does. The floors are a regression guard set just under what the engine measures; the table is printed.
 *
 * Runs when the shared corpus sits beside the repository (../shared/corpus); a fresh clone has nothing to measure.
 */
import { describe, expect, test } from 'vitest';
import {
  corpusAvailable,
  formatFailures,
  formatTable,
  readCases,
  runRobustness,
  table,
  type Outcome,
} from './harness.ts';
import { appliesTo, KINDS, perturb, type PerturbKind } from './perturb.ts';

/** Floors per kind: verdict accuracy, original-URL accuracy and required-signal recall (measured, minus a margin). */
const FLOORS: Partial<Record<PerturbKind, { verdict: number; original?: number; signals?: number; poster?: number }>> =
  {
    'rename-attrs': { verdict: 0.95, original: 0.95, signals: 0.95 },
    rewrap: { verdict: 0.95, original: 0.95, signals: 0.95 },
    'div-soup': { verdict: 0.95, original: 0.95, signals: 0.95 },
    'source-move': { verdict: 0.9, original: 0.95, signals: 0.9 },
    'source-label': { verdict: 0.95, original: 0.95, signals: 0.95 },
    'source-form': { verdict: 0.95, original: 0.95, signals: 0.95 },
    'source-lead': { verdict: 0.9, original: 0.9, signals: 0.9 },
    'source-name': { verdict: 0.9, original: 0.9, signals: 0.9 },
    'other-theme': { verdict: 0.9, original: 0.9, signals: 0.9 },
    'spam-phrase': { verdict: 0.95, original: 0.95, signals: 0.95 },
    'spam-hide': { verdict: 0.95, original: 0.95, signals: 0.95 },
    'feed-locale': { verdict: 0.95, original: 0.95, signals: 0.95 },
    'poster-label': { verdict: 0.95, poster: 0.9 },
    'hotlink-form': { verdict: 0.95, original: 0.95, signals: 0.95 },
    'canonical-form': { verdict: 0.95, original: 0.95, signals: 0.95 },
    'clean-citation': { verdict: 0.95 },
    'clean-photo-credit': { verdict: 0.95 },
    'clean-powered-by': { verdict: 0.95 },
    'clean-own-cdn': { verdict: 0.95 },
  };

const PER_KIND = 6;
const SEEDS = [1, 2];

if (!corpusAvailable()) {
  test('no shared corpus beside the repository: nothing to measure', () => {
    expect(corpusAvailable()).toBe(false);
  });
} else {
  describe('perturbations', () => {
    const cases = readCases();
    const spammy = cases.find((c) => c.expect.signals.includes('spam-footer') && c.tags.includes('wp-autoblog'));
    const html =
      '<html><body><article><div class="entry-content"><p>' +
      'Words of an article. '.repeat(20) +
      '</p><p>' +
      'More words here. '.repeat(20) +
      '</p></div></article><footer id="colophon" class="site-footer"><p>© 2024</p></footer></body></html>';

    test('are deterministic: the same seed gives the same page, another seed another one', () => {
      const c = spammy ?? cases[0];
      if (!c) throw new Error('no cases');
      const a = perturb(html, 'rename-attrs', c, 1);
      expect(a?.html).toBe(perturb(html, 'rename-attrs', c, 1)?.html);
      expect(a?.html).not.toBe(perturb(html, 'rename-attrs', c, 2)?.html);
      expect(a?.html).not.toContain('entry-content');
    });

    test('say when they do not apply (a clean page has no source line to move)', () => {
      const clean = cases.find((c) => c.expect.verdict === 'clean');
      if (!clean) throw new Error('no clean case');
      expect(appliesTo('source-move', clean)).toBe(false);
      expect(perturb(html, 'source-move', clean, 1, {})).toBeNull();
    });

    test('every kind applies to some corpus case', () => {
      for (const kind of KINDS)
        expect(
          cases.some((c) => appliesTo(kind, c)),
          kind,
        ).toBe(true);
    });
  });

  describe('the engine on perturbed corpus pages', () => {
    let outcomes: Outcome[] = [];

    test('runs every kind', { timeout: 180_000 }, async () => {
      outcomes = await runRobustness({ perKind: PER_KIND, seeds: SEEDS });
      console.log(`robustness (${PER_KIND} cases × ${SEEDS.length} seeds per kind):\n${formatTable(table(outcomes))}`);
      const failures = formatFailures(outcomes);
      if (failures) console.log(`robustness failures:\n${failures}`);
      for (const kind of KINDS)
        expect(
          outcomes.some((o) => o.kind === kind),
          `${kind} measured`,
        ).toBe(true);
    });

    test.each(KINDS)('%s holds its floors', (kind) => {
      const row = table(outcomes).find((r) => r.kind === kind);
      const floor = FLOORS[kind];
      expect(row, `${kind} was not measured`).toBeDefined();
      if (!row || !floor) return;
      expect(row.verdict, `${kind} verdict accuracy`).toBeGreaterThanOrEqual(floor.verdict);
      if (floor.original !== undefined && row.original !== null)
        expect(row.original, `${kind} original-URL accuracy`).toBeGreaterThanOrEqual(floor.original);
      if (floor.signals !== undefined && row.signals !== null)
        expect(row.signals, `${kind} signal recall`).toBeGreaterThanOrEqual(floor.signals);
      if (floor.poster !== undefined && row.poster !== null)
        expect(row.poster, `${kind} poster`).toBeGreaterThanOrEqual(floor.poster);
    });
  });
}
