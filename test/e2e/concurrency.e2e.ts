/**
 * A reader opening several articles at once (middle-clicking down a list of links) gets a verdict on every tab, not
 * only on the tab that loaded alone. Each tab has its own check; none is lost or overwritten by another tab's events.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PAGES } from './fixturePages.ts';
import { visit } from './launch.ts';
import { BADGE, finalBadge, startSession, type Session } from './session.ts';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

test('six articles opened at the same time each show their own verdict', async () => {
  const expected: [string, string][] = [
    [PAGES.seedCopy, BADGE.copy],
    [PAGES.syndicated, BADGE.syndicated],
    [PAGES.suspected, BADGE.suspected],
    [PAGES.unreachable, BADGE.suspected],
    [PAGES.clean, ''],
    [PAGES.seedOriginal, ''],
  ];
  const tabs = await Promise.all(expected.map(([url]) => visit(s.browser, url)));
  const badges = await Promise.all(
    tabs.map(({ tabId }) =>
      finalBadge(s, tabId, 60_000).then(
        (b) => b.text,
        (e: Error) => `(no verdict: ${e.message})`,
      ),
    ),
  );
  expect(badges).toEqual(expected.map(([, text]) => text));
  await Promise.all(tabs.map(({ page }) => page.close()));
});
