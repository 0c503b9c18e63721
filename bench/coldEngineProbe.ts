/**
 * One cold check in a process of its own (bench/coldEngine.ts bundles this file and runs it in a fresh Node
 * process): the engine's modules evaluated, the publisher directory built, then one check of a page, each stage
 * timed by CPU time (the machine is shared: wall time would measure the neighbours), then the same check again warm.
 * Prints one JSON line. Arguments: the offline web's web.json and the page's URL; optionally a page checked first
 * and the reader's languages warmed after it (a warm check worker's state, timed as `warmUp`).
 */
import { performance } from 'node:perf_hooks';

const cpu = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const [webJson, url, firstUrl, readerLanguages] = process.argv.slice(2);
if (!webJson || !url) throw new Error('usage: coldEngineProbe <web.json> <url> [<first url> [<reader languages>]]');

const start = cpu();
const wallStart = performance.now();
const { checkHtml } = await import('../src/core/check.ts');
const { parseHtmlLinkedom } = await import('../src/adapters/parseHtmlLinkedom.ts');
const { ALL_PUBLISHERS } = await import('../src/core/data/publishers/allPublishers.ts');
const { makePublisherDirectory } = await import('../src/core/match/publisherDirectory.ts');
const evaluated = cpu();
const { loadOfflineWeb } = await import('../src/cli/offlineWeb.ts');
const web = await loadOfflineWeb(webJson);
const html = (await web.fetch(url)).text;
const beforeDirectory = cpu();
// As the check worker builds it (offthread/serveChecks.ts).
const directory = makePublisherDirectory(ALL_PUBLISHERS.map((p) => ({ ...p })));
const built = cpu();
const marks: number[] = [];
const ports = {
  fetch: web.fetch,
  parseHtml: parseHtmlLinkedom,
  directory,
  clock: { now: () => Date.now() },
  sha256: async () => '0',
  // Called between the check's stages (core/checkpoint.ts): before parsing, then after parse, scan, extract, ….
  yieldToHost: async () => void marks.push(cpu()),
};
// A check worker's warm-up, when asked: a page checked first (as the worker's built-in English page), then the packs of
// the reader's languages (comma-separated tags) compiled, as serveChecks does; the check below is then the first page.
const warmUpStart = cpu();
if (firstUrl) {
  await checkHtml((await web.fetch(firstUrl)).text, firstUrl, { ...ports, yieldToHost: async () => undefined });
  if (readerLanguages) {
    const { packSetOfLanguages } = await import('../src/core/data/lang/packSet.ts');
    const { warmPackSet } = await import('../src/core/data/lang/warmPackSet.ts');
    for (const _ of warmPackSet(packSetOfLanguages(readerLanguages.split(',')))) {
      // Every step at once: the worker yields between them, which costs no CPU.
    }
  }
}
const warmUp = cpu() - warmUpStart;
const checkStart = cpu();
const { report } = await checkHtml(html, url, ports);
const checkEnd = cpu();
const wall = performance.now() - wallStart;
const warmStart = cpu();
await checkHtml(html, url, { ...ports, yieldToHost: async () => undefined });
const warm = cpu() - warmStart;
const at = (i: number): number => marks[i] ?? checkEnd;
process.stdout.write(
  `${JSON.stringify({
    verdict: report.verdict,
    evaluate: evaluated - start,
    directory: built - beforeDirectory,
    parse: at(1) - at(0),
    scan: at(2) - at(1),
    extract: at(3) - at(2),
    rest: checkEnd - at(3),
    check: checkEnd - checkStart,
    warm,
    warmUp,
    wall,
  })}\n`,
);
