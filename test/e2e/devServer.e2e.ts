/**
 * `npm run dev` hot-reloads the extension's pages in a running Chromium. In a throw-away copy of the sources (so the
 * worktree is never edited), crxjs's dev server (`vite`, the same vite.config.ts) is started on a free port; the dev
 * build it writes (dist/chrome of the copy) is loaded unpacked into Chromium; the popup, options and compare pages are
 * opened; a visible string is added to each page's component in the copy. The open page must show it, in place: the
 * page is not reloaded (a mark set on its window survives) and neither is the extension (its service worker keeps a
 * mark too, and the page stays open). Removing the string hot-reloads it away again.
 *
 * Chromium only: crxjs's dev server targets Chromium (its service worker proxies the extension's pages to the server).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { e2eBrowsers, until } from './drivers/index.ts';
import { FIXTURE_WEB } from './fixturePages.ts';
import { type Launched, launch, REPO_ROOT } from './launch.ts';
import { loadMessages } from './messages.ts';
import { startTestWeb, type TestWeb } from './server.ts';
import { ARTIFACTS } from './session.ts';

// The sources' messages: this test needs no build.
const msg = loadMessages('en', path.join(REPO_ROOT, 'public'));

/** What the dev build needs from the worktree (node_modules is linked, not copied). */
const COPIED = ['src', 'public', 'scripts', 'manifest.json', 'package.json', 'vite.config.ts', 'tsconfig.json'];

/** Each page, the component file whose text is edited, where the visible string goes, and text the page shows once up. */
const PAGES = [
  {
    name: 'popup',
    path: 'src/ui/popup/index.html',
    file: 'src/ui/popup/Popup.tsx',
    anchor: '</footer>',
    before: true,
    // Opened in a tab of its own, the popup is about that tab (an extension page): its footer is there whatever it says.
    ready: msg('actionSettings'),
  },
  {
    name: 'options',
    path: 'src/ui/options/index.html',
    file: 'src/ui/options/OptionsPage.tsx',
    anchor: "<h1>{t('optionsTitle')}</h1>",
    before: false,
    ready: msg('optionsTitle'),
  },
  {
    name: 'compare',
    path: 'src/ui/compare/index.html',
    file: 'src/ui/compare/CompareView.tsx',
    anchor: "<h1>{t('compareTitle')}</h1>",
    before: false,
    ready: msg('compareTitle'),
  },
] as const;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

type Marked = { __hotMark?: string };

describe.each(e2eBrowsers().filter((b) => b === 'chromium'))('npm run dev in %s', () => {
  let copy: string;
  let server: ChildProcess | undefined;
  let serverLog = '';
  let web: TestWeb;
  let browser: Launched;

  beforeAll(async () => {
    copy = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-dev-'));
    for (const entry of COPIED) fs.cpSync(path.join(REPO_ROOT, entry), path.join(copy, entry), { recursive: true });
    // node_modules entry by entry, not as one link: Vite's dependency cache (node_modules/.vite) then starts empty in
    // the copy, as on a fresh CI clone, and nothing is written into the worktree.
    fs.mkdirSync(path.join(copy, 'node_modules'));
    for (const entry of fs.readdirSync(path.join(REPO_ROOT, 'node_modules'))) {
      if (entry !== '.vite')
        fs.symlinkSync(path.join(REPO_ROOT, 'node_modules', entry), path.join(copy, 'node_modules', entry));
    }

    // `npm run dev` is `vite`: the same binary, in the copy, on a free port (never a fixed one).
    const port = await freePort();
    server = spawn(
      process.execPath,
      [
        path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js'),
        '--port',
        String(port),
        '--strictPort',
        '--logLevel',
        'info',
      ],
      {
        cwd: copy,
        env: { ...process.env, PROVENANCE_BROWSER: 'chrome', PROVENANCE_TEST_BUILD: '' },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    server.stdout?.on('data', (d) => (serverLog += String(d)));
    server.stderr?.on('data', (d) => (serverLog += String(d)));
    const dist = path.join(copy, 'dist', 'chrome');
    await until(
      async () => {
        if (server?.exitCode !== null) throw new Error(`vite exited: ${serverLog}`);
        if (!fs.existsSync(path.join(dist, 'manifest.json'))) return false;
        const res = await fetch(`http://localhost:${port}/@crx/dev-ready?path=/src/ui/popup/index.html`).catch(
          () => null,
        );
        return res?.ok === true;
      },
      (ok) => ok,
      90_000,
      'the dev server and its dist/chrome',
    ).catch((e: Error) => {
      throw new Error(`${e.message}\nvite said:\n${serverLog}`);
    });

    web = await startTestWeb({ webJson: FIXTURE_WEB });
    browser = await launch({ web, extension: dist });
  });

  afterAll(async () => {
    await browser?.close();
    await web?.close();
    if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    // What the dev server said (dependency optimisation, reloads, updates), for a failure's post-mortem.
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, 'dev-server.log'), serverLog);
    if (copy) fs.rmSync(copy, { recursive: true, force: true });
  });

  const text = (page: Page) => page.locator('body').innerText();

  test.each(PAGES)(
    '$name: an edited component shows in the open page, without reloading it or the extension',
    async (p) => {
      const page = await browser.context.newPage();
      // Vite's client in the page says when its HMR socket is up; an edit made before that would reach no one.
      let connected = false;
      page.on('console', (m) => {
        if (m.text().includes('[vite] connected')) connected = true;
      });
      await page.goto(`chrome-extension://${browser.extensionId}/${p.path}`);
      // The first load may show crxjs's "connecting" page, which reloads itself once the server answers.
      await until(
        () => text(page),
        (t) => t.includes(p.ready),
        60_000,
        `${p.name} page`,
      );
      await until(async () => connected, Boolean, 30_000, `${p.name}: vite's HMR client connected`);

      const nonce = `hot-${p.name}-${Math.random().toString(36).slice(2, 10)}`;
      await page.evaluate((n) => {
        (window as Marked).__hotMark = n;
      }, nonce);
      const worker = await browser.worker();
      await worker.evaluate((n) => {
        (globalThis as Marked).__hotMark = n;
      }, nonce);
      expect(await text(page)).not.toContain(nonce);

      const file = path.join(copy, p.file);
      const source = fs.readFileSync(file, 'utf8');
      expect(source, `${p.file} no longer has ${p.anchor}: pick another place for the test's string`).toContain(
        p.anchor,
      );
      const added = `<p class="dev-hot-mark">${nonce}</p>`;
      fs.writeFileSync(file, source.replaceAll(p.anchor, p.before ? added + p.anchor : p.anchor + added));

      await until(
        () => text(page),
        (t) => t.includes(nonce),
        60_000,
        `${p.name} showing the edit`,
      );
      // Updated in place: the window's mark survived (no page reload), the service worker's too (no extension reload).
      expect(await page.evaluate(() => (window as Marked).__hotMark)).toBe(nonce);
      expect(page.isClosed()).toBe(false);
      expect(await (await browser.worker()).evaluate(() => (globalThis as Marked).__hotMark)).toBe(nonce);

      // And back: the restored file hot-reloads the string away.
      fs.writeFileSync(file, source);
      await until(
        () => text(page),
        (t) => !t.includes(nonce) && t.includes(p.ready),
        60_000,
        `${p.name} restored`,
      );
      expect(await page.evaluate(() => (window as Marked).__hotMark)).toBe(nonce);
      await page.close();
    },
  );
});
