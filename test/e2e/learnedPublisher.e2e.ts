/**
 * A copy that names its publisher without a link ("Theo Báo An Giang") can only be traced through a directory of
 * publishers. Báo An Giang is not in the built-in table of well-known publishers: the extension learns it when the
 * reader visits one of its pages, and from then on the same copy is traced and verified.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PAGES } from './fixturePages.ts';
import { visit } from './launch.ts';
import { BADGE, cleanTitle, finalBadge, startSession, type Session } from './session.ts';

let s: Session;
beforeAll(async () => {
  s = await startSession();
  // No memory of pages read: the original would otherwise be found through its remembered fingerprint, and this file
  // is about the publisher directory. (A stored object without a version is read as flat settings, the rest defaults.)
  const worker = await s.browser.worker();
  await worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
    ).chrome.storage.local.set({ settings: { memorySize: 0 } }),
  );
});
afterAll(async () => {
  await s?.close();
});

async function badgeOf(url: string) {
  const { page, tabId } = await visit(s.browser, url);
  const badge = await finalBadge(s, tabId);
  await page.close();
  return badge;
}

test('a copy naming an unknown publisher is suspected, then verified once the reader has visited that publisher', async () => {
  expect((await badgeOf(PAGES.namedCopy)).text).toBe(BADGE.suspected);

  const original = await badgeOf(PAGES.seedOriginal);
  expect(original.text).toBe('');
  expect(original.title).toBe(cleanTitle(s.msg));

  const again = await badgeOf(PAGES.namedCopy);
  expect(again.text).toBe(BADGE.copy);
  expect(again.title).toBe(s.msg('badgeCopy', 'baoangiang.com.vn'));
});
