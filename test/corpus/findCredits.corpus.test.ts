/**
 * Measures findCredits on the shared corpus (skipped when it is absent): for every copy case, the credits of its
 * original page against `expect.authors`, compared with the scorer's own normName. Prints recall and the names
 * found that the labels do not list.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../src/core/text/extractArticle.ts';
import { findCredits } from '../../src/core/credits/findCredits.ts';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
const present = fs.existsSync(path.join(CORPUS, 'cases.jsonl')) && fs.existsSync(path.join(CORPUS, 'score.mjs'));

interface Page { url: string; file: string; type: string }
interface Case { id: string; url: string; expect: { verdict: string; originalUrl: string | null; authors: string[] } }

// Reads every corpus original: a hang guard rather than vitest's 20 s default, which a loaded machine exceeds.
describe.runIf(present)('findCredits on the corpus originals', { timeout: 90_000 }, () => {
  test('author recall ≥ 90 % with few extra names', async () => {
    const { normName } = (await import(pathToFileURL(path.join(CORPUS, 'score.mjs')).href)) as { normName: (s: string) => string };
    const pages = new Map<string, Page>((JSON.parse(fs.readFileSync(path.join(CORPUS, 'web.json'), 'utf8')) as { pages: Page[] }).pages.map((p) => [p.url, p]));
    const cases = fs.readFileSync(path.join(CORPUS, 'cases.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Case);
    const memo = new Map<string, string[]>();
    let expected = 0;
    let found = 0;
    let extra = 0;
    const misses: string[] = [];
    const extras: string[] = [];
    for (const c of cases) {
      if (c.expect.verdict !== 'copy' || !c.expect.originalUrl) continue;
      const url = c.expect.originalUrl;
      let authors = memo.get(url);
      if (!authors) {
        const page = pages.get(url);
        if (!page) continue;
        const doc = parseHTML(fs.readFileSync(path.join(CORPUS, page.file), 'utf8')).document as unknown as Document;
        authors = findCredits(doc, extractArticle(doc, url), url).authors;
        memo.set(url, authors);
        const want = new Set(c.expect.authors.map(normName));
        for (const a of authors) if (!want.has(normName(a))) extras.push(`${url}: ${a}`);
      }
      const got = new Set(authors.map(normName));
      for (const a of c.expect.authors) {
        expected++;
        if (got.has(normName(a))) found++;
        else misses.push(`${c.id} ${url}: want ${a}, got ${JSON.stringify(authors)}`);
      }
      extra += authors.filter((a) => !c.expect.authors.map(normName).includes(normName(a))).length;
    }
    console.log(`author recall on copy cases: ${found}/${expected} = ${(found / expected).toFixed(3)}; extra names (per case): ${extra}`);
    console.log(`distinct originals: ${memo.size}; extra names there: ${extras.length}`);
    if (misses.length) console.log(`missed:\n  ${misses.join('\n  ')}`);
    if (extras.length) console.log(`extra:\n  ${extras.join('\n  ')}`);
    expect(found / expected).toBeGreaterThanOrEqual(0.9);
    expect(extras.length).toBeLessThanOrEqual(Math.ceil(memo.size * 0.1));
  });
});
