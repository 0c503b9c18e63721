/**
 * `npm run screenshots`: PNGs of every popup state and of the compare view, light and dark, English and Vietnamese,
 * into test-results/screenshots/, in Chromium (the test build, `npm run build:test`); then the same popup states, the compare view and the
 * options page in Firefox ESR (its test build, English, light and dark), as `firefox-*.png`, to set side by side.
 * Uses the fixture web, like the e2e tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { launchDriver, until, waitForBadge } from '../test/e2e/drivers/index.ts';
import { FIXTURE_WEB, PAGES } from '../test/e2e/fixturePages.ts';
import { startTestWeb } from '../test/e2e/server.ts';
import { openCompare, openPopup, REPO_ROOT, visit } from '../test/e2e/launch.ts';
import { loadMessages } from '../test/e2e/messages.ts';
import { finalBadge, isFinal, startSession } from '../test/e2e/session.ts';
import { localeCodes } from '../test/helpers/locales.ts';

const OUT = path.join(REPO_ROOT, 'test-results', 'screenshots');
const LANGS = localeCodes();
const SCHEMES = ['light', 'dark'] as const;
const STATES: [string, string][] = [
  ['copy', PAGES.seedCopy],
  ['syndicated', PAGES.syndicated],
  ['suspected', PAGES.suspected],
  ['unreachable', PAGES.unreachable],
  ['clean', PAGES.clean],
];

fs.mkdirSync(OUT, { recursive: true });
const written: string[] = [];
for (const lang of LANGS) {
  const s = await startSession({ lang });
  try {
    // Open every page first so the checks (the unreachable one waits for a fetch timeout) run side by side.
    const tabs = await Promise.all(STATES.map(async ([state, url]) => ({ state, ...(await visit(s.browser, url)) })));
    for (const { state, tabId } of tabs) {
      const badge = await finalBadge(s, tabId, 90_000).catch((e: Error) => ({ text: '(none)', title: e.message }));
      process.stderr.write(`${lang} ${state}: badge ${JSON.stringify(badge.text)} — ${badge.title}\n`);
      for (const scheme of SCHEMES) {
        const popup = await openPopup(s.browser, tabId);
        await popup.emulateMedia({ colorScheme: scheme });
        await popup
          .getByRole('heading', { level: 1 })
          .first()
          .waitFor({ timeout: 15_000 })
          .catch(() => undefined);
        const file = path.join(OUT, `popup-${state}-${lang}-${scheme}.png`);
        await popup.screenshot({ path: file, fullPage: true });
        written.push(file);
        await popup.close();
        if (state === 'copy') {
          const compare = await openCompare(s.browser, tabId);
          await compare.emulateMedia({ colorScheme: scheme });
          await compare.waitForLoadState('networkidle').catch(() => undefined);
          await compare.waitForTimeout(300);
          const cfile = path.join(OUT, `compare-${state}-${lang}-${scheme}.png`);
          await compare.screenshot({ path: cfile, fullPage: true });
          written.push(cfile);
          await compare.close();
        }
      }
    }
    const options = await s.browser.context.newPage();
    for (const scheme of SCHEMES) {
      await options.emulateMedia({ colorScheme: scheme });
      await options.goto(`chrome-extension://${s.browser.extensionId}/src/ui/options/index.html`);
      await options.waitForTimeout(300);
      const file = path.join(OUT, `options-${lang}-${scheme}.png`);
      await options.screenshot({ path: file, fullPage: true });
      written.push(file);
    }
  } finally {
    await s.close();
  }
}
// Firefox: the extension's pages follow the content colour scheme, set per launch.
const web = await startTestWeb({ webJson: FIXTURE_WEB });
try {
  for (const scheme of SCHEMES) {
    const ff = await launchDriver('firefox', { web, colorScheme: scheme });
    try {
      const tabs = await Promise.all(STATES.map(async ([state, url]) => ({ state, ...(await ff.visit(url)) })));
      for (const { state, tabId } of tabs) {
        const badge = await waitForBadge(ff, tabId, (b) => isFinal(b, loadMessages('en')('badgeClean')), 90_000).catch(
          (e: Error) => ({ text: '(none)', title: e.message }),
        );
        process.stderr.write(`firefox ${scheme} ${state}: badge ${JSON.stringify(badge.text)} — ${badge.title}\n`);
        const shots: [string, string][] = [[`popup-${state}`, `src/ui/popup/index.html?tab=${tabId}`]];
        if (state === 'copy') shots.push([`compare-${state}`, `src/ui/compare/index.html?tab=${tabId}`]);
        for (const [name, page] of shots) {
          const p = await ff.openExtensionPage(page);
          await until(
            () => p.text(),
            (t) => t.trim().length > 40,
            15_000,
            name,
          ).catch(() => undefined);
          const file = path.join(OUT, `firefox-${name}-en-${scheme}.png`);
          await p.screenshot(file);
          written.push(file);
          await p.close();
        }
      }
      const options = await ff.openExtensionPage('src/ui/options/index.html');
      const file = path.join(OUT, `firefox-options-en-${scheme}.png`);
      await options.screenshot(file);
      written.push(file);
    } finally {
      await ff.close();
    }
  }
} finally {
  await web.close();
}
console.log(`${written.length} screenshots in ${path.relative(REPO_ROOT, OUT)}/`);
