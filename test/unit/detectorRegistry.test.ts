/**
 * The detector registry's meta-test: every evidence kind of the report has a detector (or is found by comparing
 * texts), a label in every UI locale, and every page detector is pinned by at least one golden fixture. Adding a
 * kind without any of these fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { SIGNAL_KINDS } from '../../src/core/report.ts';
import {
  CLAIM_ORDER,
  DETECTOR_SPECS,
  EVIDENCE_LABELS,
  GATHER_ORDER,
  MATCH_SPECS,
  PAGE_KINDS,
  SHOWN_ORDER,
} from '../../src/core/signals/detectorSpecs.ts';
import { PAGE_DETECTORS } from '../../src/core/signals/pageDetectors.ts';
import { listFixtures, PAGES_DIR, REPORT_FILE } from '../fixtures/pages/golden.ts';

const LOCALES_DIR = path.resolve(import.meta.dirname, '../../public/_locales');
const locales = readdirSync(LOCALES_DIR);
const messagesOf = (locale: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8'));
const fixtureKinds = new Set(
  listFixtures().flatMap((name) =>
    (
      JSON.parse(readFileSync(path.join(PAGES_DIR, name, REPORT_FILE), 'utf8')) as { signals: { kind: string }[] }
    ).signals.map((s) => s.kind),
  ),
);

describe('detector registry', () => {
  test('every evidence kind is either a page detector or found by comparing, exactly once', () => {
    const kinds = [...DETECTOR_SPECS.map((d) => d.kind), ...MATCH_SPECS.map((m) => m.kind)];
    expect([...kinds].sort()).toEqual([...SIGNAL_KINDS].sort());
    expect(new Set(kinds).size).toBe(kinds.length);
  });

  test('every spec has its detector, in the spec order', () => {
    expect(PAGE_DETECTORS.map((d) => d.kind)).toEqual(DETECTOR_SPECS.map((d) => d.kind));
    for (const d of PAGE_DETECTORS) expect(typeof d.detect, d.kind).toBe('function');
    expect([...PAGE_KINDS]).toEqual(DETECTOR_SPECS.map((d) => d.kind));
  });

  test('claim ranks are each a strict order over the claiming detectors', () => {
    const claiming = DETECTOR_SPECS.filter((d) => d.claims !== null);
    for (const rank of ['gathered', 'tried', 'shown'] as const) {
      const values = claiming.map((d) => d.claims?.[rank]);
      expect(new Set(values).size, rank).toBe(claiming.length);
    }
    expect(GATHER_ORDER.length).toBe(claiming.length);
    expect(SHOWN_ORDER.length).toBe(claiming.length);
    expect(Object.keys(CLAIM_ORDER).sort()).toEqual(claiming.map((d) => d.kind).sort());
  });

  test.each(locales)('every evidence kind has a label in the %s locale', (locale) => {
    const messages = messagesOf(locale);
    for (const kind of SIGNAL_KINDS) {
      const key = EVIDENCE_LABELS[kind];
      expect(messages[key]?.message, `${kind} → ${key} in ${locale}`).toBeTruthy();
    }
  });

  test.each(DETECTOR_SPECS.map((d) => d.kind))('%s is pinned by a golden fixture', (kind) => {
    expect(fixtureKinds.has(kind), `no test/fixtures/pages/*/report.json reports ${kind}`).toBe(true);
  });
});
