/**
 * One interface over the two browsers the extension ships for, so a key flow is written once and runs in both:
 * Chromium through Playwright (chromium.ts) and Firefox ESR through WebDriver BiDi with puppeteer-core (firefox.ts).
 * It offers what a reader does and sees (open a page, read the badge, open an extension page, click, type, read
 * text), plus a way to run code in an extension page where the `chrome` / `browser` APIs are (storage, tabs, badge).
 * Code passed to `evaluate` runs in the browser: keep it self-contained, with no named inner functions (tsx's
 * keepNames would wrap them in a `__name` helper the page does not have).
 */
import type { TestWeb } from '../server.ts';

export type BrowserName = 'chromium' | 'firefox';

export interface Badge {
  text: string;
  title: string;
}

export interface DriverPage {
  url(): string;
  /** The page's visible text (`document.body.innerText`). */
  text(): Promise<string>;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  click(selector: string): Promise<void>;
  reload(): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  name: BrowserName;
  /** A file of the extension as an URL: `chrome-extension://<id>/<path>` or `moz-extension://<uuid>/<path>`. */
  extensionUrl(path: string): string;
  /** Opens a page of the test web in a new tab, once loaded. */
  visit(url: string): Promise<{ page: DriverPage; tabId: number }>;
  /** The toolbar badge of a tab, as the extension set it. */
  badge(tabId: number): Promise<Badge>;
  /** Opens an extension page (popup, options, compare) in a new tab. */
  openExtensionPage(path: string): Promise<DriverPage>;
  /** Runs `fn` in an extension page, where `globalThis.chrome` is the extension API (both browsers have it). */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /**
   * Sets the extension's access to websites the way a reader does, and resolves once the extension sees it.
   * Chromium: the "Site access" menu of chrome://extensions ("On click" withholds, "On all sites" grants back).
   * Firefox: withheld through permissions.remove of every origin, which is what the add-ons manager's permission
   * toggle does; granting back goes through the extension's own permission page (permissions.request needs a click),
   * so `all` is not offered there and throws.
   */
  siteAccess(access: 'withheld' | 'all'): Promise<void>;
  close(): Promise<void>;
}

export interface DriverOptions {
  web: TestWeb;
  /** Unpacked extension folder (default: the test builds, dist/chrome-test or dist/firefox-test). */
  extension?: string;
  colorScheme?: 'light' | 'dark';
  /**
   * Host names served by another local port than the test web's (an "attacker" server on loopback). Chromium maps
   * them there (`--host-resolver-rules`); Firefox resolves every name to 127.0.0.1 and reaches the port given in the
   * URL, so URLs of these hosts carry the port explicitly.
   */
  hostPorts?: Record<string, number>;
}

/** Polls the badge until `done` says it is final (the check runs in the background after the page loads). */
export async function waitForBadge(
  driver: Driver,
  tabId: number,
  done: (badge: Badge) => boolean,
  timeoutMs = 60_000,
): Promise<Badge> {
  const until = Date.now() + timeoutMs;
  let last: Badge = { text: '', title: '' };
  while (Date.now() < until) {
    last = await driver.badge(tabId);
    if (done(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${driver.name}: badge still ${JSON.stringify(last)} after ${timeoutMs} ms`);
}

/** Polls until `read` returns something `ok` accepts; returns it (or throws with the last value). */
export async function until<T>(
  read: () => Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 20_000,
  what = 'condition',
): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await read().catch(() => undefined as T);
    if (last !== undefined && ok(last)) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} not reached in ${timeoutMs} ms; last: ${JSON.stringify(last)?.slice(0, 500)}`);
}
