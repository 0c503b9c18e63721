/**
 * A page cannot tell that Provenance is installed: no extension file is reachable from the page, the content script
 * leaves no trace in the DOM or the page's resource list, and the built manifest exposes no web-accessible resource.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PAGES } from './fixturePages.ts';
import { CHROME_DIST, visit } from './launch.ts';
import { finalBadge, startSession, type Session } from './session.ts';

let s: Session;
beforeAll(async () => {
  s = await startSession();
});
afterAll(async () => {
  await s?.close();
});

test('the built manifest declares no web_accessible_resources', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(CHROME_DIST, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  expect(manifest).not.toHaveProperty('web_accessible_resources');
});

test('a page cannot load any file of the extension, nor see traces of it', async () => {
  const { page, tabId } = await visit(s.browser, PAGES.seedCopy);
  // Let the content script run and the check finish first: whatever it does, the page must not be able to see it.
  await finalBadge(s, tabId);
  // The built files as the manifest names them (crxjs places the content script and the background loader).
  const built = JSON.parse(fs.readFileSync(path.join(CHROME_DIST, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
    background: { service_worker: string };
  };
  const files = [
    'manifest.json',
    ...built.content_scripts.flatMap((c) => c.js),
    built.background.service_worker,
    'src/ui/popup/index.html',
    '_locales/en/messages.json',
    'icons/icon-16.png',
  ];
  expect(files).toHaveLength(6);
  const probe = await page.evaluate(
    async ({ id, files }) => {
      const results: Record<string, string> = {};
      for (const f of files) {
        const url = `chrome-extension://${id}/${f}`;
        try {
          const r = await fetch(url);
          results[`fetch ${f}`] = `readable ${r.status}`;
        } catch {
          results[`fetch ${f}`] = 'blocked';
        }
        results[`img ${f}`] = await new Promise<string>((resolve) => {
          const img = new Image();
          img.onload = () => resolve('loaded');
          img.onerror = () => resolve('blocked');
          img.src = url;
        });
      }
      // A control: the page's own fetches work, so "blocked" above is about the extension, not fetch itself.
      const own = await fetch(location.href).then(
        (r) => r.status,
        () => -1,
      );
      const traces = [...document.querySelectorAll('*')].filter((el) =>
        [...el.attributes].some((a) => /chrome-extension:|provenance/i.test(a.value) || /provenance/i.test(a.name)),
      ).length;
      const resources = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.startsWith('chrome-extension:')).length;
      return { results, own, traces, resources };
    },
    { id: s.browser.extensionId, files },
  );
  expect(probe.own).toBe(200);
  for (const [what, outcome] of Object.entries(probe.results)) expect(outcome, what).toBe('blocked');
  expect(probe.traces).toBe(0);
  expect(probe.resources).toBe(0);
  await page.close();
});
