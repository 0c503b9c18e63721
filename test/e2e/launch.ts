/**
 * Starts Debian's Chromium with the built extension, pointed at the test web, and gives the tests what a person
 * would look at: the badge of a tab and the popup for that tab.
 *
 * Why these flags:
 * - `--headless=new`: the old headless mode cannot load extensions; the new one is the real browser without a window.
 * - `--load-extension` + `--disable-extensions-except`: load only the test build (dist/chrome-test), unpacked. Branded Chrome 137+ ignores
 *   `--load-extension` unless `DisableLoadExtensionCommandLineSwitch` is disabled; Debian's Chromium still honours it
 *   (checked on 156), and disabling the feature is harmless, so it is passed for builds that do not.
 * - `--host-resolver-rules="MAP * 127.0.0.1:<port>, EXCLUDE localhost"`: every host name resolves to the test web, so
 *   pages keep their real URLs. The port applies to http and https alike, which is why the test web is one listener
 *   that speaks both (see server.ts).
 * - `--ignore-certificate-errors-spki-list=<hash>`: trust exactly the test web's throw-away key, for pages and for the
 *   service worker's fetches alike; any other certificate error still fails (unlike `--ignore-certificate-errors`).
 * - `--ip-address-space-overrides=127.0.0.1:<port>=public`: the test web's port counts as the public Internet for
 *   Local Network Access, so the extension's fetches (which ask for a public target, `targetAddressSpace`) reach it,
 *   while any other loopback port (an "attacker" server in the network-policing tests, `hostPorts`) stays loopback
 *   and is refused at connection time, as a real intranet or loopback address would be.
 * - `--disable-quic`: keep Chromium on TCP, where the test web listens.
 * - the rest keep a fresh profile quiet (no sync, component updates or background requests reaching the test web).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import type { TestWeb } from './server.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
/** The unpacked extension under test; PROVENANCE_EXTENSION_DIR points the tests at another build (a mutant, say). */
// The test build (npm run build:test): the only one whose background may fetch the loopback test web.
export const CHROME_DIST = process.env.PROVENANCE_EXTENSION_DIR ?? path.join(REPO_ROOT, 'dist', 'chrome-test');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  web: TestWeb;
  /** Unpacked extension folder; `false` for a browser without it (the benchmark's baseline). */
  extension?: string | false;
  /** UI language, e.g. "vi" (sets `--lang` and LANGUAGE). */
  lang?: string;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** Host names sent to another local port than the test web's (`MAP host 127.0.0.1:port`): loopback servers. */
  hostPorts?: Record<string, number>;
}

export interface Launched {
  context: BrowserContext;
  /** Empty when launched without the extension. */
  extensionId: string;
  userDataDir: string;
  /** The extension's service worker (re-found if Chromium restarted it). */
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

export function chromiumArgs(
  web: TestWeb,
  extension: string | false,
  lang?: string,
  hostPorts: Record<string, number> = {},
): string[] {
  const extraHosts = Object.entries(hostPorts).map(([host, port]) => `MAP ${host} 127.0.0.1:${port}, `);
  const args = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    `--host-resolver-rules=${extraHosts.join('')}MAP * 127.0.0.1:${web.port}, EXCLUDE localhost`,
    `--ip-address-space-overrides=127.0.0.1:${web.port}=public`,
    `--ignore-certificate-errors-spki-list=${web.spki}`,
  ];
  if (extension) args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  if (lang) args.push(`--lang=${lang}`);
  return args;
}

export async function launch(options: LaunchOptions): Promise<Launched> {
  const extension = options.extension === undefined ? CHROME_DIST : options.extension;
  if (extension && !fs.existsSync(path.join(extension, 'manifest.json'))) {
    throw new Error(`No built extension at ${extension}: run \`npm run build\` first.`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    // Playwright's own `headless: true` would pick the old headless shell; `--headless=new` above is passed instead.
    headless: false,
    args: chromiumArgs(options.web, extension, options.lang, options.hostPorts),
    ...(options.lang
      ? { locale: options.lang, env: { ...process.env, LANGUAGE: options.lang, LANG: `${options.lang}.UTF-8` } }
      : {}),
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1100, height: 800 },
  });

  let extensionId = '';
  const findWorker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (live) return live;
    return context.waitForEvent('serviceworker', {
      timeout: 20_000,
      predicate: (w) => w.url().startsWith('chrome-extension://'),
    });
  };
  if (extension) {
    const w = await findWorker();
    extensionId = new URL(w.url()).host;
  }

  return {
    context,
    extensionId,
    userDataDir,
    async worker() {
      if (!extension) throw new Error('launched without the extension');
      const w = context.serviceWorkers().find((x) => x.url().startsWith(`chrome-extension://${extensionId}/`));
      if (w) return w;
      // A stopped worker wakes on any extension event; opening one of its pages is the simplest one to cause.
      const waking = findWorker();
      const p = await context.newPage();
      await p.goto(`chrome-extension://${extensionId}/manifest.json`).catch(() => undefined);
      const woke = await waking;
      await p.close();
      return woke;
    },
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The id Chromium gave a tab showing `url` (the most recent one if several). */
export async function tabIdOf(b: Launched, url: string): Promise<number> {
  const w = await b.worker();
  const id = await w.evaluate(async (u: string) => {
    // No named helpers in here: tsx (esbuild keepNames) would wrap them in a `__name` the worker does not have.
    const tabs = await (globalThis as unknown as { chrome: ChromeApis }).chrome.tabs.query({});
    const want = u.replace(/#.*$/, '');
    const hit = tabs.filter((t) => t.url !== undefined && t.url.replace(/#.*$/, '') === want).pop();
    return hit?.id ?? -1;
  }, url);
  if (id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}

/** The few extension APIs the tests call inside the service worker (no @types/chrome in this project). */
interface ChromeApis {
  tabs: {
    query(q: object): Promise<{ id?: number; url?: string }[]>;
    update(id: number, p: { active: boolean }): Promise<{ windowId: number; index: number }>;
    create(p: { url: string; active: boolean; windowId: number; index: number }): Promise<unknown>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
}

export interface Badge {
  text: string;
  title: string;
}

export async function badgeOf(b: Launched, tabId: number): Promise<Badge> {
  const w = await b.worker();
  return w.evaluate(async (id: number) => {
    const c = (globalThis as unknown as { chrome: ChromeApis }).chrome;
    return { text: await c.action.getBadgeText({ tabId: id }), title: await c.action.getTitle({ tabId: id }) };
  }, tabId);
}

/** Polls the badge until `done` says it is final (the check runs in the background after the page loads). */
export async function waitForBadge(
  b: Launched,
  tabId: number,
  done: (badge: Badge) => boolean,
  timeoutMs = 45_000,
): Promise<Badge> {
  const until = Date.now() + timeoutMs;
  let last: Badge = { text: '', title: '' };
  while (Date.now() < until) {
    last = await badgeOf(b, tabId);
    if (done(last)) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`badge still ${JSON.stringify(last)} after ${timeoutMs} ms`);
}

/** Opens a page of the test web in a new tab and returns the tab and its id. */
export async function visit(b: Launched, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await b.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const tabId = await tabIdOf(b, page.url());
  return { page, tabId };
}

/**
 * The popup as a page, since a headless browser has no toolbar to click. It gets the tab as `?tab=<id>`; and the
 * article tab is made active and the popup opened as a background tab in its window, so that a popup which asks for
 * "the active tab of the current window" (as a real popup does) finds the article too.
 */
export async function openPopup(b: Launched, tabId: number, viewport = { width: 420, height: 640 }): Promise<Page> {
  const url = `chrome-extension://${b.extensionId}/src/ui/popup/index.html?tab=${tabId}`;
  const opened = b.context.waitForEvent('page', { timeout: 15_000 });
  const w = await b.worker();
  await w.evaluate(
    async ({ id, href }: { id: number; href: string }) => {
      const c = (globalThis as unknown as { chrome: ChromeApis }).chrome;
      // A reader clicks the button of the tab in front: bring it to the front first, as the click would find it.
      const tab = await c.tabs.update(id, { active: true });
      await c.tabs.create({ url: href, active: false, windowId: tab.windowId, index: tab.index + 1 });
    },
    { id: tabId, href: url },
  );
  const page = await opened;
  await page.waitForURL(url);
  await page.setViewportSize(viewport);
  await page.waitForLoadState('load');
  return page;
}

export async function openCompare(b: Launched, tabId: number): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/src/ui/compare/index.html?tab=${tabId}`);
  return page;
}
