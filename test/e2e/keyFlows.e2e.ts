/**
 * The key flows a reader and a moderator go through, in every browser the extension ships for (Chromium and Firefox
 * ESR), through the one Driver interface: a seed copy gets its COPY badge and a popup that names the original; a
 * clean page gets no badge; a setting saved on the options page survives a reload; a list of pages is checked.
 * PROVENANCE_E2E_BROWSERS=firefox (or chromium) runs one of them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { e2eBrowsers, launchDriver, until, waitForBadge, type Driver } from './drivers/index.ts';
import { FIXTURE_WEB, PAGES } from './fixturePages.ts';
import { loadMessages } from './messages.ts';
import { startTestWeb, type TestWeb } from './server.ts';
import { ARTIFACTS, BADGE, isFinal } from './session.ts';

const msg = loadMessages('en');
const CLEAN_TITLE = msg('badgeClean');
const final = (b: { text: string; title: string }) => isFinal(b, CLEAN_TITLE);

describe.each(e2eBrowsers())('%s', (name) => {
  let web: TestWeb;
  let driver: Driver;
  beforeAll(async () => {
    web = await startTestWeb({ webJson: FIXTURE_WEB });
    driver = await launchDriver(name, { web });
  });
  afterAll(async () => {
    await driver?.close();
    await web?.close();
  });

  test('the seed copy: COPY badge naming the original site, and a popup with the verified original and its authors', async () => {
    const { page, tabId } = await driver.visit(PAGES.seedCopy);
    const badge = await waitForBadge(driver, tabId, final);
    expect(badge.text).toBe(BADGE.copy);
    expect(badge.title).toBe(msg('badgeCopy', 'baoangiang.com.vn'));

    const popup = await driver.openExtensionPage(`src/ui/popup/index.html?tab=${tabId}`);
    const text = await until(
      () => popup.text(),
      (t) => t.includes(msg('statusVerified')),
      20_000,
      'popup verdict',
    );
    expect(text).toContain(msg('trustVerified'));
    expect(text).toContain('Báo An Giang');
    expect(text).toContain('Mỹ Linh');
    expect(text).toContain('quoc_vu');
    const links = await popup.evaluate(
      () => [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      null,
    );
    expect(links).toContain(PAGES.seedOriginal);
    await popup.screenshot(path.join(ARTIFACTS, `${name}-popup-copy.png`));
    await popup.close();
    await page.close();
  });

  test('the popup reads at the body size: buttons, trust line, credit rows and overlap line (form controls included)', async () => {
    const { page, tabId } = await driver.visit(PAGES.seedCopy);
    await waitForBadge(driver, tabId, final);
    const popup = await driver.openExtensionPage(`src/ui/popup/index.html?tab=${tabId}`);
    await until(
      () => popup.text(),
      (t) => t.includes(msg('statusVerified')),
      20_000,
      'popup verdict',
    );
    const sizes = await popup.evaluate(() => {
      const px = (el: Element | null) => (el ? Number.parseFloat(getComputedStyle(el).fontSize) : null);
      return {
        root: px(document.documentElement),
        body: px(document.body),
        buttons: [...document.querySelectorAll('.actions button')].map(px),
        trust: px(document.querySelector('.trust')),
        credits: [...document.querySelectorAll('.credit-row dt, .credit-row dd')].map(px),
        overlap: px(document.querySelector('.overlap')),
      };
    }, null);
    // The body is the root's 14 px (Chromium's own 75 % for extension pages must not win), and every one of these
    // reads at the body's size.
    expect(sizes.body).toBe(sizes.root);
    expect(sizes.body).toBeGreaterThanOrEqual(14);
    expect(sizes.buttons.length).toBeGreaterThan(2);
    expect(sizes.credits.length).toBeGreaterThan(1);
    for (const size of [...sizes.buttons, sizes.trust, ...sizes.credits, sizes.overlap]) expect(size).toBe(sizes.body);
    await popup.close();
    await page.close();
  });

  test('a copy its scripts build (a fetch of its URL does not show it): the tab’s own copy, injected on request, COPY', async () => {
    // The article's markup only as a script's escaped string: the background's cookieless fetch sees no article
    // text, so it injects the snapshot script into the tab and checks the live page's copy instead.
    const seed = fs.readFileSync(
      path.join(path.dirname(FIXTURE_WEB), 'pages/tinnhanh-tonghop24h.net/tiep-tuc-thuc-hien-quy-che-dan-chu.html'),
      'utf8',
    );
    const open = seed.indexOf('>', seed.indexOf('<body')) + 1;
    const close = seed.lastIndexOf('</body>');
    const escaped = seed
      .slice(open, close)
      .split('')
      .map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const script = `<script>document.currentScript.insertAdjacentHTML('beforebegin', "${escaped.join('')}")</script>`;
    const url = PAGES.seedCopy.replace(/\/$/, '-built/');
    web.add({ url, file: '', type: 'text/html', body: `${seed.slice(0, open)}${script}${seed.slice(close)}` });
    const { page, tabId } = await driver.visit(url);
    const badge = await waitForBadge(driver, tabId, final);
    expect(badge.text).toBe(BADGE.copy);
    // the page itself sees nothing of the extension
    expect(await page.evaluate(() => 'provenanceSnapshot' in globalThis, null)).toBe(false);
    await page.close();
  });

  test('a clean page: no badge text, the clean title', async () => {
    const { page, tabId } = await driver.visit(PAGES.clean);
    const badge = await waitForBadge(driver, tabId, final);
    expect(badge).toEqual({ text: '', title: CLEAN_TITLE });
    await page.close();
  });

  test('a setting saved on the options page survives a reload', async () => {
    const options = await driver.openExtensionPage('src/ui/options/index.html');
    await until(
      () => options.text(),
      (t) => t.includes(msg('optionsTitle')),
      20_000,
      'options page',
    );
    const mode = () =>
      options.evaluate(
        () => (document.querySelector('input[name=checkMode]:checked') as HTMLInputElement | null)?.value ?? null,
        null,
      );
    expect(await mode()).toBe('auto');
    await options.click('input[name=checkMode][value=click]');
    // Saving goes through the background: wait until it is stored before reloading the page.
    const stored = () =>
      driver.inExtension(
        async () =>
          JSON.stringify(
            await (
              globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<unknown> } } } }
            ).chrome.storage.local.get('settings'),
          ),
        null,
      );
    await until(stored, (s) => s.includes('"checkMode":"click"'), 10_000, 'stored setting');
    await options.reload();
    await until(mode, (m) => m === 'click', 15_000, 'setting after reload');
    // Back to the default for the other tests of this browser.
    await options.click('input[name=checkMode][value=auto]');
    await until(stored, (s) => s.includes('"checkMode":"auto"'), 10_000, 'stored default');
    await options.close();
  });

  test('a list of pages checked from the options page: one row per page, with its verdict', async () => {
    const options = await driver.openExtensionPage('src/ui/options/index.html');
    await until(
      () => options.text(),
      (t) => t.includes(msg('batchHeading')),
      20_000,
      'options page',
    );
    await options.evaluate((text: string) => {
      const area = document.querySelector('section.batch textarea') as HTMLTextAreaElement;
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, [PAGES.seedCopy, PAGES.clean].join('\n'));
    await options.click('section.batch button.primary');
    const rows = await until(
      () =>
        options.evaluate(
          () => [...document.querySelectorAll('.batch-table tbody tr')].map((tr) => (tr as HTMLElement).innerText),
          null,
        ),
      (r) => r.length === 2,
      90_000,
      'two result rows',
    );
    expect(rows[0]).toContain(msg('statusVerified'));
    expect(rows[0]).toContain('baoangiang.com.vn');
    expect(rows[1]).toContain(msg('statusClean'));
    await options.close();
  });
});
