/**
 * The Driver for Firefox: Debian's Firefox ESR through WebDriver BiDi (puppeteer-core, which never downloads a
 * browser). Why these settings:
 * - `installExtension(dist/firefox)`: a temporary add-on, as `about:debugging` loads it; the pref
 *   `extensions.webextensions.uuids` fixes its moz-extension:// UUID so the tests know its pages' URLs.
 * - `network.dns.forceResolve` + `network.socket.forcePort` (`443=<port>;80=<port>`): every host name resolves to
 *   127.0.0.1 and the default ports go to the test web's one port, so pages keep their real https:// URLs, as
 *   Chromium's `--host-resolver-rules` does.
 * - `acceptInsecureCerts`: the test web's throw-away certificate is accepted (pages and the extension's fetches).
 * - `--remote-allow-system-access`: lets the automation open and script moz-extension:// pages.
 * - `extensions.webextOptionalPermissionPrompts: false`: `permissions.request` is granted without a prompt.
 * - Remote settings, telemetry and update checks are pointed nowhere so a fresh profile does not call the test web.
 * A moz-extension:// navigation never reports `load` to BiDi, so an extension page is waited for by polling the
 * page itself (its URL, readyState and extension API).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { REPO_ROOT } from '../launch.ts';
import type { Driver, DriverOptions, DriverPage } from './driver.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
// The test build (npm run build:test): the only one whose background may fetch the loopback test web.
// PROVENANCE_FIREFOX_EXTENSION_DIR points the tests at another build (a mutant, say), like launch.ts's variable.
export const FIREFOX_DIST =
  process.env.PROVENANCE_FIREFOX_EXTENSION_DIR ?? path.join(REPO_ROOT, 'dist', 'firefox-test');
/** The add-on id of manifest.json's browser_specific_settings.gecko. */
const ADDON_ID = 'provenance@news-provenance';
/** An extension page to run API calls in; the compare page without a tab shows nothing and fetches nothing. */
const PROBE_PAGE = 'src/ui/compare/index.html';

export function puppeteerPage(page: Page): DriverPage {
  return {
    url: () => page.url(),
    text: () => page.evaluate(() => document.body.innerText),
    evaluate: (fn, arg) => page.evaluate(fn as (a: unknown) => unknown, arg) as never,
    click: (selector) => page.click(selector),
    async reload() {
      // A mark on the old document tells it from the new one (an extension page never reports `load`, see above).
      await page.evaluate(() => {
        (globalThis as { __beforeReload?: boolean }).__beforeReload = true;
      });
      void page.reload({ timeout: 30_000 }).catch(() => undefined);
      const end = Date.now() + 20_000;
      while (Date.now() < end) {
        const fresh = await page
          .evaluate(
            () => !(globalThis as { __beforeReload?: boolean }).__beforeReload && document.readyState === 'complete',
          )
          .catch(() => false);
        if (fresh) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`firefox: ${page.url()} did not reload`);
    },
    async screenshot(file) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await page.screenshot({ path: file as `${string}.png`, fullPage: true });
    },
    close: () => page.close(),
  };
}

export async function launchFirefox(options: DriverOptions): Promise<Driver> {
  const extension = options.extension ?? FIREFOX_DIST;
  if (!fs.existsSync(path.join(extension, 'manifest.json')))
    throw new Error(`No built extension at ${extension}: run \`npm run build\` first.`);
  const uuid = randomUUID();
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      'network.socket.forcePort': `443=${options.web.port};80=${options.web.port}`,
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      'services.settings.server': 'http://127.0.0.1:1/',
      // permissions.request answers at once (granted) instead of showing a prompt no one can click headless.
      'extensions.webextOptionalPermissionPrompts': false,
      'app.update.enabled': false,
      'toolkit.telemetry.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.safebrowsing.update.enabled': false,
      ...(options.colorScheme
        ? { 'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1 }
        : {}),
    },
  });
  try {
    await browser.installExtension(extension);
  } catch (e) {
    await browser.close();
    throw e;
  }
  const extensionUrl = (p: string) => `moz-extension://${uuid}/${p.replace(/^\//, '')}`;

  /** Opens an extension page in a new tab and waits for the page itself, not for navigation events. */
  async function openExtension(url: string): Promise<Page> {
    const page = await browser.newPage();
    void page.goto(url, { timeout: 30_000 }).catch(() => undefined);
    const end = Date.now() + 20_000;
    while (Date.now() < end) {
      const ready = await page
        .evaluate(
          (u: string) =>
            location.href === u &&
            document.readyState === 'complete' &&
            typeof (globalThis as { chrome?: unknown }).chrome === 'object',
          url,
        )
        .catch(() => false);
      if (ready) return page;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`firefox: ${url} did not load`);
  }

  const probe = await openExtension(extensionUrl(PROBE_PAGE));

  const inExtension = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> =>
    probe.evaluate(fn as (a: unknown) => unknown, arg) as Promise<R>;

  async function tabIdOf(url: string): Promise<number> {
    const id = await inExtension(async (u: string) => {
      const c = (
        globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }
      ).chrome;
      const want = u.replace(/#.*$/, '');
      const hit = (await c.tabs.query({}))
        .filter((t) => t.url !== undefined && t.url.replace(/#.*$/, '') === want)
        .pop();
      return hit?.id ?? -1;
    }, url);
    if (id < 0) throw new Error(`firefox: no tab shows ${url}`);
    return id;
  }

  return {
    name: 'firefox',
    extensionUrl,
    async visit(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      return { page: puppeteerPage(page), tabId: await tabIdOf(page.url()) };
    },
    badge: (tabId) =>
      inExtension(async (id: number) => {
        const c = (
          globalThis as unknown as {
            chrome: { action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> } };
          }
        ).chrome;
        return { text: await c.action.getBadgeText({ tabId: id }), title: await c.action.getTitle({ tabId: id }) };
      }, tabId),
    openExtensionPage: async (p) => puppeteerPage(await openExtension(extensionUrl(p))),
    inExtension,
    async siteAccess(access) {
      if (access === 'all') throw new Error('firefox: access is granted back through the permission page (a click)');
      type Perms = { permissions: { remove(p: object): Promise<boolean>; contains(p: object): Promise<boolean> } };
      // Every origin the manifest asks for, as the add-ons manager's "Access your data for all websites" toggle.
      const left = await inExtension(
        async (origins: string[]) => {
          const c = (globalThis as unknown as { chrome: Perms }).chrome;
          await c.permissions.remove({ origins });
          return c.permissions.contains({ origins: ['<all_urls>'] });
        },
        ['<all_urls>', 'http://*/*', 'https://*/*'],
      );
      if (left) throw new Error('firefox: access to websites still granted after removing it');
    },
    close: async () => {
      await browser.close().catch(() => undefined);
    },
  };
}
