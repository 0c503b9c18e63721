/**
 * (c) End to end, as a reader sees it: from the seed copy having loaded in Chromium with the extension to the badge
 * showing the verified verdict. A fresh profile per run, so every run checks from scratch (no remembered result).
 */
import { badgeOf, launch, tabIdOf } from '../test/e2e/launch.ts';
import { FIXTURE_WEB, PAGES } from '../test/e2e/fixturePages.ts';
import { startTestWeb } from '../test/e2e/server.ts';
import { summarize, type Summary } from './stats.ts';

/** The badge text of a verified copy (src/extension/background/badge.ts). */
const VERIFIED_BADGE = 'COPY';

export interface EndToEndResult {
  runs: number;
  failed: number;
  firstError: string | null;
  ms: Summary;
}

export async function endToEnd(runs: number, log: (s: string) => void): Promise<EndToEndResult> {
  const server = await startTestWeb({ webJson: FIXTURE_WEB });
  const times: number[] = [];
  let failed = 0;
  let firstError: string | null = null;
  try {
    for (let r = 0; r < runs; r++) {
      const browser = await launch({ web: server });
      try {
        const page = await browser.context.newPage();
        await page.goto(PAGES.seedCopy, { waitUntil: 'load' });
        const loaded = performance.now();
        const tabId = await tabIdOf(browser, PAGES.seedCopy);
        let text = '';
        while (performance.now() - loaded < 60_000) {
          text = (await badgeOf(browser, tabId)).text;
          if (text === VERIFIED_BADGE) break;
          await new Promise((res) => setTimeout(res, 20));
        }
        if (text !== VERIFIED_BADGE) throw new Error(`badge "${text}" after 60 s`);
        times.push(performance.now() - loaded);
        log(`  run ${r + 1}: ${Math.round(times[times.length - 1]!)} ms`);
      } catch (e) {
        failed++;
        firstError ??= (e as Error).message.split('\n')[0] ?? String(e);
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return { runs: times.length, failed, firstError, ms: summarize(times) };
}
