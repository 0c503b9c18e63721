/**
 * Measures compareTexts and sketch on the shared corpus (skipped silently when it is absent): every copy page against
 * its original (true pairs) and against other articles of the original's site (decoys). Prints the distributions
 * the SAME_ARTICLE thresholds come from, and fails when the thresholds no longer separate them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { compareTexts, judgeOverlap, SAME_ARTICLE } from '../../src/core/text/compareTexts.ts';
import { extractArticle, type Article } from '../../src/core/text/extractArticle.ts';
import { textToDocument } from '../../src/core/text/textToDocument.ts';
import { resemblance, sketch } from '../../src/core/text/sketch.ts';
import { slugMatches } from '../../src/core/text/slugify.ts';

const CORPUS = path.resolve(import.meta.dirname, '../../../shared/corpus');
const present = fs.existsSync(path.join(CORPUS, 'cases.jsonl'));

interface Page { url: string; file: string; type: string }
interface Case { id: string; url: string; history: string[]; tags: string[]; expect: { verdict: string; originalUrl: string | null; signals: string[] } }

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;

interface Corpus { cases: Case[]; pages: Map<string, Page>; article: (url: string) => Article | null }
let loaded: Corpus | null = null;
/** Read once per file: the three measurements share the parsed pages. */
const loadCorpus = (): Corpus => (loaded ??= readCorpus());

function readCorpus(): Corpus {
  const pages = new Map<string, Page>((JSON.parse(fs.readFileSync(path.join(CORPUS, 'web.json'), 'utf8')) as { pages: Page[] }).pages.map((p) => [p.url, p]));
  const cases = fs.readFileSync(path.join(CORPUS, 'cases.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Case);
  const cache = new Map<string, Article | null>();
  const article = (url: string): Article | null => {
    if (cache.has(url)) return cache.get(url) ?? null;
    const p = pages.get(url);
    let a: Article | null = null;
    if (p && (p.type === 'text/html' || p.type === 'text/plain')) {
      const body = fs.readFileSync(path.join(CORPUS, p.file), 'utf8');
      const doc = p.type === 'text/plain' ? textToDocument(body, url, (h) => parse(h)) : parse(body);
      a = extractArticle(doc, url);
    }
    cache.set(url, a);
    return a;
  };
  return { cases, pages, article };
}

/** Other article pages of the same host (not the homepage, not the original itself). */
function decoysOf(url: string, pages: Map<string, Page>, n: number): string[] {
  const host = new URL(url).host;
  return [...pages.values()]
    .filter((p) => p.type === 'text/html' && p.url !== url && new URL(p.url).host === host && new URL(p.url).pathname.length > 1)
    .slice(0, n)
    .map((p) => p.url);
}

const quantiles = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (f: number): string => (s[Math.min(s.length - 1, Math.floor(f * s.length))] ?? NaN).toFixed(3);
  return `n=${s.length} min=${q(0)} p10=${q(0.1)} p50=${q(0.5)} p90=${q(0.9)} max=${q(0.999)}`;
};

// Reads and compares the whole corpus: minutes on a loaded machine, so a hang guard rather than vitest's 20 s default.
describe.runIf(present)('compareTexts on the corpus', { timeout: 90_000 }, () => {
  test('true pairs score above SAME_ARTICLE, decoys below it', () => {
    const { cases, pages, article } = loadCorpus();
    const truth: number[] = [];
    const decoy: number[] = [];
    const misses: string[] = [];
    const falseHits: string[] = [];
    for (const c of cases) {
      if (c.expect.verdict !== 'copy' || !c.expect.originalUrl) continue;
      const copy = article(c.url);
      const orig = article(c.expect.originalUrl);
      if (!copy || !orig) continue;
      const side = (u: string, a: Article) => ({ url: u, title: a.title, paragraphs: a.paragraphs });
      const r = compareTexts(side(c.url, copy), side(c.expect.originalUrl, orig));
      truth.push(r.overlap.containment);
      if (judgeOverlap(r.overlap, r.matchedWords) !== 'same') misses.push(`${c.id} ${r.overlap.containment} words=${r.matchedWords} ${c.tags.join(',')}`);
      for (const d of decoysOf(c.expect.originalUrl, pages, 5)) {
        const da = article(d);
        if (!da) continue;
        const dr = compareTexts(side(c.url, copy), side(d, da));
        decoy.push(dr.overlap.containment);
        if (judgeOverlap(dr.overlap, dr.matchedWords) === 'same') falseHits.push(`${c.id} vs ${d} ${dr.overlap.containment}`);
      }
    }
    console.log(`containment, copy vs its original: ${quantiles(truth)}`);
    console.log(`containment, copy vs other articles of the original's site: ${quantiles(decoy)}`);
    console.log(`thresholds: same ≥ ${SAME_ARTICLE.containment} (and ≥ ${SAME_ARTICLE.minMatchedWords} words), different < ${SAME_ARTICLE.different}`);
    if (misses.length) console.log(`true pairs not judged same:\n  ${misses.join('\n  ')}`);
    if (falseHits.length) console.log(`decoys judged same:\n  ${falseHits.join('\n  ')}`);
    expect(truth.length).toBeGreaterThan(50);
    expect(falseHits).toEqual([]);
    expect(misses.length / truth.length).toBeLessThan(0.03);
  });

  test('the sketch finds a paraphrased copy\'s original among the pages read before', () => {
    const { cases, article } = loadCorpus();
    const own: number[] = [];
    const others: number[] = [];
    let ranked = 0;
    let total = 0;
    for (const c of cases) {
      if (!c.tags.includes('paraphrase-history') || !c.expect.originalUrl) continue;
      const copy = article(c.url);
      if (!copy) continue;
      const s = sketch(copy.text);
      const scored = c.history.map((u) => ({ u, r: resemblance(s, sketch(article(u)?.text ?? '')) }));
      for (const x of scored) (x.u === c.expect.originalUrl ? own : others).push(x.r);
      scored.sort((a, b) => b.r - a.r);
      total++;
      if (scored[0]?.u === c.expect.originalUrl) ranked++;
    }
    console.log(`resemblance, paraphrase vs its original: ${quantiles(own)}`);
    console.log(`resemblance, paraphrase vs other pages in history: ${quantiles(others)}`);
    console.log(`original ranked first: ${ranked}/${total}`);
    expect(total).toBeGreaterThan(5);
    expect(ranked).toBe(total);
  });

  test('slugMatches holds where the labels require slug-match, and rarely elsewhere', () => {
    const { cases, article } = loadCorpus();
    let required = 0;
    let found = 0;
    let extra = 0;
    const misses: string[] = [];
    for (const c of cases) {
      if (c.expect.verdict !== 'copy' || !c.expect.originalUrl) continue;
      const title = article(c.expect.originalUrl)?.title ?? '';
      const hit = slugMatches(c.url, title);
      if (c.expect.signals.includes('slug-match')) {
        required++;
        if (hit) found++;
        else misses.push(`${c.id} ${c.url} | ${title}`);
      } else if (hit) extra++;
    }
    console.log(`slug-match: ${found}/${required} required found, ${extra} more on copies not requiring it`);
    if (misses.length) console.log(`missed:\n  ${misses.join('\n  ')}`);
    expect(found / required).toBeGreaterThanOrEqual(0.9);
  });
});
