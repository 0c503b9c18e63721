/**
 * Access to websites withheld or revoked by the reader, in both browsers, through each browser's own control:
 * Chromium's "Site access" menu in chrome://extensions set to "On click" (Chromium refuses permissions.remove of a
 * required host permission, but lets the reader withhold it there), Firefox's add-ons manager toggle (every origin
 * removed). The next page gets the "needs permission" badge, the popup says so and links to the permission page,
 * which explains what is fetched and asks again through permissions.request. Firefox's test profile grants that
 * request without a prompt; Chromium shows its prompt, which automation cannot click: there the page must not claim
 * access while the prompt waits, and the reader grants access back in the same Site access menu. Either way, a page
 * is then checked again.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { e2eBrowsers, launchDriver, until, waitForBadge, type Driver } from './drivers/index.ts';
import { FIXTURE_WEB, PAGES } from './fixturePages.ts';
import { loadMessages } from './messages.ts';
import { startTestWeb, type TestWeb } from './server.ts';
import { BADGE, isFinal } from './session.ts';

const msg = loadMessages('en');
type Perms = { permissions: { contains(p: object): Promise<boolean> } };

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

  const hasAccess = () =>
    driver.inExtension(
      async () => (globalThis as unknown as { chrome: Perms }).chrome.permissions.contains({ origins: ['<all_urls>'] }),
      null,
    );

  test('withheld: PERM badge, a popup that says so, the permission page asks again, and a page is checked again', async () => {
    await driver.siteAccess('withheld');
    expect(await hasAccess()).toBe(false);

    const { page, tabId } = await driver.visit(PAGES.seedCopy);
    const badge = await waitForBadge(driver, tabId, (b) => b.text !== '' && b.text !== '…', 20_000);
    expect(badge).toEqual({ text: 'PERM', title: msg('badgeNeedsPermission') });

    const popup = await driver.openExtensionPage(`src/ui/popup/index.html?tab=${tabId}`);
    const text = await until(
      () => popup.text(),
      (t) => t.includes(msg('statusNeedsPermission')),
      15_000,
      'popup',
    );
    expect(text).toContain(msg('statusNeedsPermissionSub'));
    expect(text).toContain(msg('actionAllowAccess').replace('…', ''));
    await popup.close();

    const ask = await driver.openExtensionPage('src/ui/permission/index.html');
    const explained = await until(
      () => ask.text(),
      (t) => t.includes(msg('permissionTitle')),
      15_000,
      'permission page',
    );
    expect(explained).toContain(msg('permissionWhat'));
    await ask.click('main.permission button.primary');
    if (name === 'firefox') {
      await until(
        () => ask.text(),
        (t) => t.includes(msg('permissionGranted')),
        15_000,
        'granted',
      );
    } else {
      // Chromium's prompt is up and nobody answers it: the page must not say access is back, and it is not.
      await new Promise((r) => setTimeout(r, 2_000));
      expect(await ask.text()).not.toContain(msg('permissionGranted'));
      expect(await hasAccess()).toBe(false);
      await driver.siteAccess('all');
    }
    expect(await hasAccess()).toBe(true);
    await ask.close();
    await page.close();

    // With access back, a page is checked again.
    const again = await driver.visit(PAGES.seedCopy);
    const after = await waitForBadge(
      driver,
      again.tabId,
      (b) => isFinal(b, msg('badgeClean')) && b.text !== 'PERM',
      60_000,
    );
    expect(after.text).toBe(BADGE.copy);
    await again.page.close();
  });

  test('the permission page explains what is fetched and asks through permissions.request', async () => {
    const ask = await driver.openExtensionPage('src/ui/permission/index.html');
    const text = await until(
      () => ask.text(),
      (t) => t.includes(msg('permissionTitle')),
      15_000,
      'permission page',
    );
    for (const key of ['permissionWhy', 'permissionWhat', 'permissionStays']) expect(text).toContain(msg(key));
    await ask.click('main.permission button.primary');
    await until(
      () => ask.text(),
      (t) => t.includes(msg('permissionGranted')),
      15_000,
      'granted',
    );
    expect(await hasAccess()).toBe(true);
    await ask.close();
  });
});
