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
  await expect.poll(() => page.getByRole('heading', { level: 1 }).first().innerText(), { timeout: 15_000 }).toBe(s.msg('optionsTitle'));

  const auto = page.getByLabel(s.msg('optionsModeAuto'));
  const click = page.getByLabel(s.msg('optionsModeClick'));
  // The default is to check automatically; switch to checking only on click.
  expect(await auto.isChecked()).toBe(true);
  expect(await click.isChecked()).toBe(false);
  await click.check();
  await saveScreenshot(page, 'options');

  // Saving is asynchronous: reload until the stored value shows (or time out, failing).
  await expect
    .poll(
      async () => {
        await page.reload();
        await page.getByLabel(s.msg('optionsModeClick')).waitFor({ timeout: 10_000 });
        return page.getByLabel(s.msg('optionsModeClick')).isChecked();
      },
      { timeout: 20_000, interval: 500 },
    )
    .toBe(true);
  expect(await page.getByLabel(s.msg('optionsModeAuto')).isChecked()).toBe(false);
  await page.close();
});
