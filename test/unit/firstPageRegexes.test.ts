/**
 * What a first page compiles: a regex is paid for on its first use (V8 compiles it then), so a pattern built from
 * every language's words costs every reader's first page, whatever its language. The byline's "time ago" was one
 * (every language's units and "ago" words), the read-more lines and copied notices were the set's every phrase; now
 * each is built from the phrases the text at hand could hold (text/firstWordIndex.ts). This test fails when one of
 * them is built from every language again: it records every regex the engine constructs while it scans the clean
 * English page of the fixture web, with modules of its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, vi } from 'vitest';
import { FIXTURE_WEB, PAGES } from '../e2e/fixturePages.ts';

const web = JSON.parse(fs.readFileSync(FIXTURE_WEB, 'utf8')) as { pages: Array<{ url: string; file: string }> };

function htmlOf(url: string): string {
  const entry = web.pages.find((p) => p.url === url);
  if (!entry) throw new Error(`not in the fixture web: ${url}`);
  return fs.readFileSync(path.join(path.dirname(FIXTURE_WEB), entry.file), 'utf8');
}

/** The sources of every regex constructed (not the literals) while `run` runs, modules loaded inside it. */
async function compiledBy(run: () => Promise<void>): Promise<string[]> {
  const sources: string[] = [];
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const pattern = args[0] as unknown;
      sources.push(pattern instanceof Original ? pattern.source : String(pattern));
      return Reflect.construct(target, args, newTarget) as object;
    },
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return sources;
}

test('the clean English page compiles no other language’s time units, read-more lines or notices it does not hold', async () => {
  vi.resetModules();
  const html = htmlOf(PAGES.clean);
  const sources = await compiledBy(async () => {
    const { parseHtmlLinkedom } = await import('../../src/adapters/parseHtmlLinkedom.ts');
    const { readPage } = await import('../../src/core/page/readPage.ts');
    const { scanPageData } = await import('../../src/core/signals/scanPage.ts');
    const { packsForPage } = await import('../../src/core/signals/packsForPage.ts');
    const page = readPage(parseHtmlLinkedom(html, PAGES.clean), PAGES.clean);
    scanPageData(page, packsForPage(page));
  });
  expect(sources.length).toBeGreaterThan(100); // the recorder saw the engine's regexes
  const held = (word: string) => sources.filter((s) => s.includes(word)).map((s) => s.slice(0, 120));
  // Byline times: Vietnamese, Russian, Hungarian, Finnish units and "ago" words (the page is English).
  for (const word of ['giờ', 'phút', 'trước', 'назад', 'ezelőtt', 'minuuttia']) expect(held(word)).toEqual([]);
  // Read-more lines of a pack in the page's set (Portuguese, by the word "base") that no line of it starts with,
  // and an English copied notice the page does not hold.
  expect(held('continuar\\s+lendo')).toEqual([]);
  expect(held('continue\\s+reading')).toEqual([]);
  expect(held('reproduced\\s+without')).toEqual([]);
});
