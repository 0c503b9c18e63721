/**
 * Golden pages: every folder of test/fixtures/pages is checked with checkUrl over its own small offline web and the
 * WHOLE report (quotes, places, reasons, candidates tried, overlap, credits, errors) is compared with its
 * report.json, with only the volatile fields masked. A changed quote, place, verdict, original, source or credit
 * fails here with the JSON paths that changed. When a change is intended, rewrite the reports with
 * `npm run golden -- --update <name>` and review what it prints; capture new pages with
 * `npm run capture-fixture -- <name> <url> --offline <web.json>`.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
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
  SITES_DIR,
  webOf,
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
    const web = await webOf(dir, c);
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

/** Every body file under a folder, recursively, except the web.json that lists them. */
function bodies(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name !== 'web.json')
    .map((d) => path.join(d.parentPath, d.name));
}

describe('golden pages share what they fetch instead of copying it', () => {
  const sites = readdirSync(SITES_DIR);
  const named = fixtures.map(
    (name) => JSON.parse(readFileSync(path.join(PAGES_DIR, name, 'case.json'), 'utf8')).sites ?? [],
  );

  test('every site a case names exists, and every shared site is named by two fixtures or more', () => {
    for (const host of named.flat()) expect(sites, `case names a missing site ${host}`).toContain(host);
    for (const host of sites)
      expect(
        named.filter((n: string[]) => n.includes(host)).length,
        `${host} is used once: keep it in its fixture`,
      ).toBeGreaterThanOrEqual(2);
  });

  test('no body file of a fixture or a site is a byte-for-byte copy of another', () => {
    const files = [
      ...fixtures.flatMap((name) => bodies(path.join(PAGES_DIR, name, 'web'))),
      ...sites.flatMap((host) => bodies(path.join(SITES_DIR, host))),
    ];
    const seen = new Map<string, string>();
    const copies: string[] = [];
    for (const file of files) {
      const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
      const first = seen.get(hash);
      if (first) copies.push(`${path.relative(PAGES_DIR, file)} = ${path.relative(PAGES_DIR, first)}`);
      else seen.set(hash, file);
    }
    expect(copies, 'move the shared pages to test/fixtures/sites/<host>/ and name it in case.json "sites"').toEqual([]);
  });
});
