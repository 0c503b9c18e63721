/**
 * Access to websites withheld or revoked by the reader. Firefox: revoked as its add-ons manager does (every origin
 * removed), the next page gets the "needs permission" badge, the popup says so and links to the permission page,
 * whose button asks again through permissions.request (granted without a prompt in the test profile), after which a
 * page is checked again. Chromium does not let automation withhold a required host permission ("You cannot remove
 * required permissions"; site access is set in chrome://extensions only): there the permission page and its request
 * are tested, and the detection by the unit tests of hostAccess, badge and popupStatus.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { e2eBrowsers, launchDriver, until, waitForBadge, type Driver } from './drivers/index.ts';
import { FIXTURE_WEB, PAGES } from './fixturePages.ts';
import { loadMessages } from './messages.ts';
import { startTestWeb, type TestWeb } from './server.ts';
import { BADGE, isFinal } from './session.ts';

const msg = loadMessages('en');
const ALL = ['<all_urls>', 'http://*/*', 'https://*/*'];
type Perms = { permissions: { contains(p: object): Promise<boolean>; remove(p: object): Promise<boolean> } };

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

  // Registered in Firefox only (see the header): Chromium's automation cannot withhold the permission.
  if (name === 'firefox')
    test('revoked: PERM badge, a popup that says so, and the permission page asks again', async () => {
      await driver.inExtension(
        async (origins: string[]) =>
          (globalThis as unknown as { chrome: Perms }).chrome.permissions.remove({ origins }),
        ALL,
      );
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
      await until(
        () => ask.text(),
        (t) => t.includes(msg('permissionGranted')),
        15_000,
        'granted',
      );
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
