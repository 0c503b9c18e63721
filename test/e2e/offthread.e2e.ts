/**
 * Heavy work off the background's thread (src/extension/offthread): in Chromium the service worker's checks run in a
 * worker of an offscreen document, in Firefox in a worker the event page starts. A page that takes seconds of CPU to
 * check is opened in one tab; the popup of another tab is opened meanwhile and must show that tab's verdict, and the
 * heavy page still gets a final badge (its verdict, or an error at the 5 s budget). How long the popup took while
 * the heavy check ran is printed (machines differ; no timed assertion).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { e2eBrowsers, launchDriver, until, waitForBadge, type Driver } from './drivers/index.ts';
import { FIXTURE_WEB, PAGES } from './fixturePages.ts';
import { loadMessages } from './messages.ts';
import { startTestWeb, type TestWeb } from './server.ts';
import { isFinal } from './session.ts';

const msg = loadMessages('en');
const CLEAN_TITLE = msg('badgeClean');
const final = (b: { text: string; title: string }) => isFinal(b, CLEAN_TITLE);

const HEAVY = 'https://heavy-news.example.com/2024/budget-in-twenty-thousand-paragraphs/';
const SENTENCES = [
  'The council met on Tuesday to discuss the budget, and members said the schools would receive more money.',
  'Residents asked about the roads, the parks and the libraries, and the mayor promised a report next month.',
  'Opposition members said the plan relied on optimistic forecasts of tax revenue for the coming years.',
];
/** An article of 20,000 paragraphs (2.2 MB): seconds of parsing, scanning and extracting. */
const HEAVY_HTML = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Budget</title><meta property="og:type" content="article"></head><body><article><h1>Budget</h1>${Array.from(
  { length: 20_000 },
  (_, i) => `<p>${SENTENCES[i % 3]} (${i})</p>`,
).join('')}</article></body></html>`;

describe.each(e2eBrowsers())('%s', (name) => {
  let web: TestWeb;
  let driver: Driver;
  beforeAll(async () => {
    web = await startTestWeb({ webJson: FIXTURE_WEB });
    web.add({ url: HEAVY, file: '', type: 'text/html', body: HEAVY_HTML });
    driver = await launchDriver(name, { web });
  });
  afterAll(async () => {
    await driver?.close();
    await web?.close();
  });

  test('a heavy page checked in one tab does not hold up the popup of another tab', async () => {
    const other = await driver.visit(PAGES.clean);
    await waitForBadge(driver, other.tabId, final);

    const heavy = await driver.visit(HEAVY);
    const t0 = Date.now();
    const popup = await driver.openExtensionPage(`src/ui/popup/index.html?tab=${other.tabId}`);
    await until(
      () => popup.text(),
      (t) => t.includes(msg('statusClean')),
      30_000,
      'popup of the other tab',
    );
    const popupMs = Date.now() - t0;
    const heavyThen = await driver.badge(heavy.tabId);
    const heavyFinal = await waitForBadge(driver, heavy.tabId, final, 90_000);
    const heavyMs = Date.now() - t0;
    console.info(
      `${name}: the other tab's popup showed its verdict ${popupMs} ms after the heavy page loaded; the heavy page's check was ${final(heavyThen) ? 'already over' : 'still running'} then, and ended ${heavyMs} ms after it loaded (badge ${JSON.stringify(heavyFinal.text)})`,
    );
    expect(final(heavyFinal)).toBe(true);
    await popup.close();
    await heavy.page.close();
    await other.page.close();
  });

  if (name === 'chromium')
    test('the service worker runs its checks in an offscreen document (reason WORKERS)', async () => {
      const contexts = await driver.inExtension(
        async () =>
          (
            globalThis as unknown as {
              chrome: { runtime: { getContexts(f: object): Promise<{ documentUrl?: string }[]> } };
            }
          ).chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }),
        null,
      );
      expect(contexts.map((c) => new URL(c.documentUrl ?? 'x:').pathname)).toEqual([
        '/src/extension/offthread/offscreen.html',
      ]);
    });
});
