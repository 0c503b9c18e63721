/**
 * The language packs the first pages compile (signals/packsForPage.ts): each pack a page pulls in is compiled on a
 * cold engine's first page, so a guard that lets an ordinary word pull one in costs every reader who meets such a
 * page. The seed copy (Vietnamese) and the clean English page of the fixture web are what the benchmarks' first page
 * and the check worker's warm-up stand for; a pack that comes back here is a guard grown weak.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseHtmlLinkedom } from '../../src/adapters/parseHtmlLinkedom.ts';
import { readPage } from '../../src/core/page/readPage.ts';
import { packsForPage } from '../../src/core/signals/packsForPage.ts';
import { FIXTURE_WEB, PAGES } from '../e2e/fixturePages.ts';

const web = JSON.parse(fs.readFileSync(FIXTURE_WEB, 'utf8')) as { pages: Array<{ url: string; file: string }> };

function packsOf(url: string): string[] {
  const entry = web.pages.find((p) => p.url === url);
  if (!entry) throw new Error(`not in the fixture web: ${url}`);
  const html = fs.readFileSync(path.join(path.dirname(FIXTURE_WEB), entry.file), 'utf8');
  return [...packsForPage(readPage(parseHtmlLinkedom(html, url), url)).codes].sort();
}

describe('the packs the fixture web’s first pages compile', () => {
  test('the seed copy: English and Vietnamese', () => {
    // Croatian came in by its April abbreviation "tra", a Vietnamese word ("kiểm tra"): a guard word that is an
    // everyday word of another language guards nothing now (data/lang/everydayElsewhere.ts).
    expect(packsOf(PAGES.seedCopy)).toEqual(['en', 'vi']);
  });

  test('the seed original: the same set as its copy, so verifying it compiles nothing more', () => {
    // A French label guarded by a word Vietnamese writes daily once pulled French in here: every reader of the
    // original's scan compiled a second time on the first page (the cold check's candidates stage 110 -> 300 ms).
    expect(packsOf(PAGES.seedOriginal)).toEqual(['en', 'vi']);
  });

  test('the clean English page: English alone', () => {
    // No pack pieced together from three-letter stretches of different words (Norwegian, Romanian before), nor
    // Portuguese by the everyday English word "base" (its whole-word guard before).
    expect(packsOf(PAGES.clean)).toEqual(['en']);
  });
});
