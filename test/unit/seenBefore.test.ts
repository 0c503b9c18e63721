/**
 * seen-before means the original is among the pages the reader read earlier, whichever way it was found. Here a
 * source line leads to the original first (so the lazy candidate search never asks the memory); the original is
 * in the history all the same.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadOfflineWeb } from '../../src/cli/offlineWeb.ts';
import { checkOffline, PAGES_DIR, readCase, readGolden } from '../fixtures/pages/golden.ts';

const DIR = path.join(PAGES_DIR, 'vi-autoblog-url-trailing-dot');

test.each([
  ['read before', true],
  ['never read', false],
])('a claimed original that was %s', async (_, read) => {
  const c = await readCase(DIR);
  const original = ((await readGolden(DIR)) as { original: { url: string } }).original.url;
  const web = await loadOfflineWeb(path.join(DIR, 'web.json'));
  const { report } = await checkOffline(web, c.url, read ? [original] : []);
  expect(report.original?.url).toBe(original);
  expect(report.candidates[0]?.via).toBe('claimed-url');
  expect(report.signals.some((s) => s.kind === 'seen-before')).toBe(read);
});
