/**
 * Golden pages: every folder of test/fixtures/pages is checked with checkUrl over its own small offline web and the
 * stable part of the report is compared with its expected.json. A changed verdict, original, source, credit or
 * evidence kind fails here with a diff. When a change is intended, rewrite the expectations with
 * `npm run capture-fixture -- --refresh <name>` and review the diff; capture new pages with
 * `npm run capture-fixture -- <name> <url> --offline <web.json>`.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listFixtures, PAGES_DIR, readCase, runFixture, type Golden } from '../fixtures/pages/golden.ts';
import { loadOfflineWeb } from '../../src/cli/offlineWeb.ts';

const fixtures = listFixtures();

describe('golden pages', () => {
  test('there are fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(12);
  });

  test.each(fixtures)('%s is a complete fixture', async (name) => {
    const dir = path.join(PAGES_DIR, name);
    const c = await readCase(dir);
    expect(existsSync(path.join(dir, 'expected.json')), 'expected.json missing: run capture-fixture --refresh').toBe(
      true,
    );
    const web = await loadOfflineWeb(path.join(dir, 'web.json'));
    // The page under test is the folder's own source file, and the history is in the small web too.
    expect(path.basename(web.find(c.url)?.file ?? '')).toMatch(/^source\.(html|txt)$/);
    for (const h of c.history ?? []) expect(web.find(h), `history URL ${h} not in web.json`).not.toBeNull();
  });

  test.each(fixtures)('%s gives its expected report', async (name) => {
    const dir = path.join(PAGES_DIR, name);
    const expected = JSON.parse(await readFile(path.join(dir, 'expected.json'), 'utf8')) as Golden;
    const { golden, result, case: c } = await runFixture(dir);
    const context = [
      c.note ?? '',
      `candidates: ${JSON.stringify(result.report.candidates)}`,
      `errors: ${JSON.stringify(result.report.errors)}`,
      `reasons: ${result.report.reasons.join(', ')}`,
    ].join('\n');
    expect(golden, context).toEqual(expected);
    // Whatever the verdict, the report is plain JSON.
    expect(JSON.parse(JSON.stringify(result.report))).toEqual(result.report);
  });
});
