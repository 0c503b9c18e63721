/** The options page loads in the browser, and a setting changed there is still set after a reload. */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { saveScreenshot, startSession, type Session } from './session.ts';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

test('a setting saved on the options page survives a reload', async () => {
  const page = await s.browser.context.newPage();
  await page.goto(`chrome-extension://${s.browser.extensionId}/src/ui/options/index.html`);
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).first().innerText(), { timeout: 15_000 })
    .toBe(s.msg('optionsTitle'));

  const auto = page.getByLabel(s.msg('optionsModeAuto'));
  const click = page.getByLabel(s.msg('optionsModeClick'));
  // The default is to check automatically; switch to checking only on click.
  expect(await auto.isChecked()).toBe(true);
  expect(await click.isChecked()).toBe(false);
  await click.check();
  await saveScreenshot(page, 'options');

  // Saving is asynchronous: wait until the background has stored it (reloading at once could unload the page before
  // its message leaves), then reload and read the page again.
  const worker = await s.browser.worker();
  const stored = () =>
    worker.evaluate(async () =>
      JSON.stringify(
        await (
          globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<unknown> } } } }
        ).chrome.storage.local.get('settings'),
      ),
    );
  await expect.poll(stored, { timeout: 10_000 }).toContain('"checkMode":"click"');
  await page.reload();
  await page.getByLabel(s.msg('optionsModeClick')).waitFor({ timeout: 10_000 });
  await expect.poll(() => page.getByLabel(s.msg('optionsModeClick')).isChecked(), { timeout: 10_000 }).toBe(true);
  expect(await page.getByLabel(s.msg('optionsModeAuto')).isChecked()).toBe(false);
  await page.close();
});
