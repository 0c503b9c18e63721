/**
 * Golden pages: every folder of test/fixtures/pages is checked with checkUrl over its own small offline web and the
 * WHOLE report (quotes, places, reasons, candidates tried, overlap, credits, errors) is compared with its
 * report.json, with only the volatile fields masked. A changed quote, place, verdict, original, source or credit
 * fails here with the JSON paths that changed. When a change is intended, rewrite the reports with
 * `npm run golden -- --update <name>` and review what it prints; capture new pages with
 * `npm run capture-fixture -- <name> <url> --offline <web.json>`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadOfflineWeb } from '../../src/cli/offlineWeb.ts';
import {
  diffGolden,
  listFixtures,
  MASKED,
  maskedPaths,
  PAGES_DIR,
  REPORT_FILE,
  readCase,
  readGolden,
  runFixture,
} from '../fixtures/pages/golden.ts';

const fixtures = listFixtures();

describe('golden pages', () => {
  test('there are fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
  });

  test.each(fixtures)('%s is a complete fixture', async (name) => {
    const dir = path.join(PAGES_DIR, name);
    const c = await readCase(dir);
    expect(
      existsSync(path.join(dir, REPORT_FILE)),
      `${REPORT_FILE} missing: run npm run golden -- --update ${name}`,
    ).toBe(true);
    // The old summary format is gone: a fixture pins the whole report or nothing.
    expect(existsSync(path.join(dir, 'expected.json')), 'expected.json is the old format: use report.json').toBe(false);
    const web = await loadOfflineWeb(path.join(dir, 'web.json'));
    // The page under test is the folder's own source file, and the history is in the small web too.
    expect(path.basename(web.find(c.url)?.file ?? '')).toMatch(/^source\.(html|txt)$/);
    for (const h of c.history ?? []) expect(web.find(h), `history URL ${h} not in web.json`).not.toBeNull();
  });

  test.each(fixtures)('%s gives its whole expected report', async (name) => {
    const dir = path.join(PAGES_DIR, name);
    const expected = await readGolden(dir);
    const { golden, result, case: c } = await runFixture(dir);
    const changes = diffGolden(expected, golden);
    expect(changes, `${c.note ?? name}\nchanged (expected → now):\n${changes.join('\n')}`).toEqual([]);
    // Whatever the verdict, the report is plain JSON, and only the check's time is masked in it.
    expect(JSON.parse(JSON.stringify(result.report))).toEqual(result.report);
    expect(maskedPaths(result.report)).toEqual(['checkedAt']);
    expect(golden.checkedAt).toBe(MASKED);
  });
});
