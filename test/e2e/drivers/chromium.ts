/** The Driver for Chromium: Playwright over Debian's Chromium, through launch.ts (its flags are explained there). */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { badgeOf, launch, visit } from '../launch.ts';
import type { Driver, DriverOptions, DriverPage } from './driver.ts';

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
  });
  const extensionUrl = (path: string) => `chrome-extension://${b.extensionId}/${path.replace(/^\//, '')}`;
  const openExtensionPage = async (path: string): Promise<DriverPage> => {
    const page = await b.context.newPage();
    await page.goto(extensionUrl(path));
    return playwrightPage(page);
  };
  return {
    name: 'chromium',
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
