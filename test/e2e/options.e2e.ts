/**
 * The options page loads in the browser, a setting changed there is still set after a reload, and the memory's
 * controls (import, forget one site, export) work against the real background and its IndexedDB.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { article } from '../../bench/memory/syntheticArticles.ts';
import { indexedItem } from '../../src/core/memory/indexedMemory.ts';
import { memoryFileHeader, memoryFileLine } from '../../src/core/memory/memoryFile.ts';
import { sketch } from '../../src/core/text/sketch.ts';
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

test('the memory moves through a file: imported, counted, forgotten by site, exported', async () => {
  const lines = [memoryFileHeader()];
  for (let i = 0; i < 6; i++) {
    const a = article(i);
    const item = indexedItem({
      url: a.url,
      title: a.title,
      visitedAt: 1000 + i,
      sketch: sketch(a.paragraphs.join('\n\n')),
    });
    if (item)
      lines.push(
        memoryFileLine(
          item.record,
          item.postings.map((p) => p.bucket * 16 + p.check),
        ),
      );
  }
  lines.push('not json', '{"url":"javascript:alert(1)","visitedAt":1,"bits":[],"bands":[1]}');
  const page = await s.browser.context.newPage();
  await page.goto(`chrome-extension://${s.browser.extensionId}/src/ui/options/index.html`);
  const fileInput = page.getByLabel(s.msg('optionsMemoryImport'));
  await fileInput.waitFor({ timeout: 15_000 });
  await fileInput.setInputFiles({
    name: 'memory.jsonl',
    mimeType: 'text/plain',
    buffer: Buffer.from(`${lines.join('\n')}\n`),
  });
  await page.getByText(/Imported 6 articles; 2 lines skipped/).waitFor({ timeout: 20_000 });
  await page.getByText(/Remembered now: 6\b/).waitFor({ timeout: 10_000 });

  const host = new URL(article(2).url).hostname;
  await page.getByLabel(s.msg('optionsMemoryForgetSite')).fill(host);
  await page.getByRole('button', { name: s.msg('optionsMemoryForget'), exact: true }).click();
  await page.getByText(/Forgot 1 articles from/).waitFor({ timeout: 20_000 });
  await page.getByText(/Remembered now: 5\b/).waitFor({ timeout: 10_000 });

  const download = page.waitForEvent('download', { timeout: 20_000 });
  await page.getByRole('button', { name: s.msg('optionsMemoryExport') }).click();
  const file = await (await download).path();
  const exported = readFileSync(file, 'utf8').trim().split('\n');
  expect(JSON.parse(exported[0] ?? '')).toEqual({ format: 'provenance-memory', version: 3 });
  expect(
    exported
      .slice(1)
      .map((l) => (JSON.parse(l) as { url: string }).url)
      .sort(),
  ).toEqual([0, 1, 3, 4, 5].map((i) => article(i).url).sort());
  await page.close();
});
