/**
 * (a) What the content script costs a page, measured inside real Chromium on every HTML page of the bench web:
 * `snapshotPage(document)` against a plain TreeWalker walk of the page's text and a Readability parse, in the same
 * page, the same run. Ratios are per page (method ÷ walk), then summarised over the pages.
 */
import { launch } from '../test/e2e/launch.ts';
import { startTestWeb } from '../test/e2e/server.ts';
import type { BenchWeb } from './benchPages.ts';
import { bundleForPage, PAGE_GLOBAL } from './bundleForPage.ts';
import type { PageTiming } from './pageEntry.ts';
import { summarize, type Summary } from './stats.ts';

export interface PageCostResult {
  pages: number;
  skipped: number;
  /** Per-run ms of each method over the pages. */
  ms: { walk: Summary; snapshot: Summary; readability: Summary };
  /** Per-page ratio to the plain walk. */
  ratio: { snapshot: Summary; readability: Summary };
  /** The longest single (cold) run of the capture on any page, and where. */
  longestSnapshot: { ms: number; url: string };
  longestReadability: { ms: number; url: string };
  /** Pages the capture's "is it an article?" gate let through. */
  snapshotsSent: number;
}

export async function pageCost(web: BenchWeb, log: (s: string) => void): Promise<PageCostResult> {
  const code = await bundleForPage();
  const server = await startTestWeb({ webJson: web.webJson });
  const browser = await launch({ web: server, extension: false });
  const timings: { url: string; t: PageTiming }[] = [];
  let skipped = 0;
  try {
    const page = await browser.context.newPage();
    // Pages' own scripts stay on (they are part of a real page), but a page must not navigate us away mid-measure.
    for (const [i, p] of web.htmlPages.entries()) {
      try {
        await page.goto(p.url, { waitUntil: 'load', timeout: 20_000 });
        // page.evaluate runs in the main world through the debugger, so a page's CSP cannot block the bundle.
        await page.evaluate(code);
        const t = await page.evaluate((g) => (globalThis as unknown as Record<string, { measure(): PageTiming }>)[g]!.measure(), PAGE_GLOBAL);
        timings.push({ url: p.url, t });
      } catch (e) {
        skipped++;
        log(`  skipped ${p.url}: ${(e as Error).message.split('\n')[0]}`);
      }
      if ((i + 1) % 50 === 0) log(`  ${i + 1}/${web.htmlPages.length} pages`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const col = (f: (t: PageTiming) => number): number[] => timings.map(({ t }) => f(t));
  const longest = (m: 'snapshot' | 'readability'): { ms: number; url: string } =>
    timings.reduce((best, { url, t }) => (t.first[m] > best.ms ? { ms: t.first[m], url } : best), { ms: 0, url: '' });
  // A page with (almost) no text makes the walk ~0 and any ratio meaningless; the timer floor avoids dividing by it.
  const floor = (x: number): number => Math.max(x, 0.0001);
  return {
    pages: timings.length,
    skipped,
    ms: { walk: summarize(col((t) => t.perRun.walk)), snapshot: summarize(col((t) => t.perRun.snapshot)), readability: summarize(col((t) => t.perRun.readability)) },
    ratio: {
      snapshot: summarize(col((t) => t.perRun.snapshot / floor(t.perRun.walk))),
      readability: summarize(col((t) => t.perRun.readability / floor(t.perRun.walk))),
    },
    longestSnapshot: longest('snapshot'),
    longestReadability: longest('readability'),
    snapshotsSent: timings.filter(({ t }) => t.snapshotSent).length,
  };
}
