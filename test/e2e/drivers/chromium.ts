/** The Driver for Chromium: Playwright over Debian's Chromium, through launch.ts (its flags are explained there). */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { badgeOf, launch, visit } from '../launch.ts';
import { type Driver, type DriverOptions, type DriverPage, until } from './driver.ts';

export function playwrightPage(page: Page): DriverPage {
  return {
    url: () => page.url(),
    text: () => page.locator('body').innerText(),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    click: (selector) => page.click(selector),
    reload: async () => void (await page.reload()),
    async screenshot(file) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file, fullPage: true });
    },
    close: () => page.close(),
  };
}

export async function launchChromium(options: DriverOptions): Promise<Driver> {
  const b = await launch({
    web: options.web,
    ...(options.extension ? { extension: options.extension } : {}),
    ...(options.colorScheme ? { colorScheme: options.colorScheme } : {}),
    ...(options.hostPorts ? { hostPorts: options.hostPorts } : {}),
  });
  const extensionUrl = (path: string) => `chrome-extension://${b.extensionId}/${path.replace(/^\//, '')}`;
  const openExtensionPage = async (path: string): Promise<DriverPage> => {
    const page = await b.context.newPage();
    await page.goto(extensionUrl(path));
    return playwrightPage(page);
  };
  const hasAccess = async (): Promise<boolean> =>
    (await b.worker()).evaluate(() =>
      (
        globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }
      ).chrome.permissions.contains({ origins: ['<all_urls>'] }),
    );
  return {
    name: 'chromium',
    async siteAccess(access) {
      // The reader's own control: the extension's details in chrome://extensions, "Site access". Chromium refuses
      // permissions.remove on a required host permission, but withholding it here is what a reader can do.
      const page = await b.context.newPage();
      try {
        await page.goto(`chrome://extensions/?id=${b.extensionId}`);
        await page.locator('select#hostAccess').selectOption(access === 'all' ? 'ON_ALL_SITES' : 'ON_CLICK');
        await until(hasAccess, (has) => has === (access === 'all'), 15_000, `site access ${access}`);
      } finally {
        await page.close();
      }
    },
    extensionUrl,
    async visit(url) {
      const { page, tabId } = await visit(b, url);
      return { page: playwrightPage(page), tabId };
    },
    badge: (tabId) => badgeOf(b, tabId),
    openExtensionPage,
    async inExtension(fn, arg) {
      const w = await b.worker();
      return w.evaluate(fn as (a: unknown) => unknown, arg) as never;
    },
    close: () => b.close(),
  };
}
