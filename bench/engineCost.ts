/**
 * (b) The engine in Node: `checkHtml` per page of the bench web (the corpus cases with their history, fetching from
 * the offline web) against a linkedom parse of the same page, the least any check must do.
 */
import { performance } from 'node:perf_hooks';
import type { Ports } from '../src/core/ports.ts';
import type { BenchWeb } from './benchPages.ts';
import { summarize, type Summary } from './stats.ts';

export interface EngineCostResult {
  checks: number;
  failed: number;
  firstError: string | null;
  ms: { parse: Summary; check: Summary };
  ratio: Summary;
  slowest: { ms: number; url: string };
}

export async function engineCost(web: BenchWeb, log: (s: string) => void): Promise<EngineCostResult> {
  // Loaded here, not at the top, so that the other parts of the bench still run while the engine does not build.
  const { checkHtml } = await import('../src/core/check.ts');
  const { directoryFromSites } = await import('../src/core/match/directoryFromSites.ts');
  const { makeNodePorts } = await import('../src/cli/nodePorts.ts');
  const { loadOfflineWeb } = await import('../src/cli/offlineWeb.ts');
  const { parseHtmlLinkedom } = await import('../src/adapters/parseHtmlLinkedom.ts');
  const offline = await loadOfflineWeb(web.webJson);
  // The publisher directory is read once per run (homepages, robots, feeds), as the CLI does; not timed per check.
  const directory = await directoryFromSites(offline.homepages, makeNodePorts({ fetch: offline.fetch }), {
    readFeeds: true,
  });
  // Fresh ports (and memory) per check, so that checks never see each other's history.
  const portsFor = async (): Promise<Ports> => makeNodePorts({ fetch: offline.fetch, directory });
  const parse: number[] = [];
  const check: number[] = [];
  const ratio: number[] = [];
  let failed = 0;
  let firstError: string | null = null;
  let slowest = { ms: 0, url: '' };

  // One untimed pass over a few pages so that the first timed pages do not pay for JIT warm-up alone.
  for (const c of web.checks.slice(0, 5)) {
    const html = (await offline.fetch(c.url).catch(() => null))?.text;
    if (html) await checkHtml(html, c.url, await portsFor(), { history: c.history }).catch(() => undefined);
  }
  for (const [i, c] of web.checks.entries()) {
    const res = await offline.fetch(c.url).catch(() => null);
    if (!res) continue;
    const ports = await portsFor();
    let t0 = performance.now();
    parseHtmlLinkedom(res.text, res.url);
    const parseMs = performance.now() - t0;
    t0 = performance.now();
    try {
      await checkHtml(res.text, res.url, ports, { history: c.history });
    } catch (e) {
      failed++;
      firstError ??= `${c.url}: ${(e as Error).message}`;
      continue;
    }
    const checkMs = performance.now() - t0;
    parse.push(parseMs);
    check.push(checkMs);
    ratio.push(checkMs / Math.max(parseMs, 0.001));
    if (checkMs > slowest.ms) slowest = { ms: checkMs, url: c.url };
    if ((i + 1) % 50 === 0) log(`  ${i + 1}/${web.checks.length} checks`);
  }
  return {
    checks: check.length,
    failed,
    firstError,
    ms: { parse: summarize(parse), check: summarize(check) },
    ratio: summarize(ratio),
    slowest,
  };
}
