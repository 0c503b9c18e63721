import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { manifestFor } from '../../scripts/manifest-for.mjs';
import { localeCodes, readCatalog } from '../../test/helpers/locales.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const source = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  const m = manifestFor(source, browser, '1.2.3');

  test('MV3, versioned from package.json, localised name', () => {
    expect(m).toMatchObject({
      manifest_version: 3,
      version: '1.2.3',
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
    });
  });

  test('one content script (crxjs builds it as a classic IIFE) on web pages at idle, and nothing web-accessible', () => {
    expect(m.content_scripts).toEqual([
      { matches: ['http://*/*', 'https://*/*'], js: ['src/extension/content/index.ts'], run_at: 'document_idle' },
    ]);
    expect(m).not.toHaveProperty('web_accessible_resources');
  });

  test('only the permissions the checks need', () => {
    // webRequest: the Location of the extension's own redirects, so each hop is policed; dns (Firefox): what a name
    // resolves to, since Firefox's fetch has no connection-time refusal of private addresses. offscreen (Chromium):
    // the service worker runs its check workers in an offscreen document (src/extension/offthread). scripting: the
    // snapshot script is injected only into a tab whose page the background could not fetch (askTabForPage.ts).
    expect(m.permissions).toEqual(
      browser === 'chrome'
        ? ['storage', 'tabs', 'scripting', 'webRequest', 'offscreen']
        : ['storage', 'tabs', 'scripting', 'webRequest', 'dns'],
    );
    expect(m.host_permissions).toEqual(['<all_urls>']);
  });

  test('popup, options and icons are declared', () => {
    expect(m.action.default_popup).toBe('src/ui/popup/index.html');
    expect(m.options_ui.page).toBe('src/ui/options/index.html');
    expect(Object.keys(m.icons)).toContain('128');
  });

  test('the background fits the browser', () => {
    if (browser === 'chrome') {
      expect(m.background).toEqual({ service_worker: 'src/extension/background/index.ts' });
      expect(m).not.toHaveProperty('browser_specific_settings');
      expect(m.minimum_chrome_version).toMatch(/^\d+$/);
    } else {
      expect(m.background).toEqual({ scripts: ['src/extension/background/index.ts'] });
      expect(m.browser_specific_settings.gecko).toMatchObject({
        id: expect.stringMatching(/@/),
        data_collection_permissions: { required: ['none'] },
      });
      expect(m).not.toHaveProperty('minimum_chrome_version');
    }
  });
});

test('the locales define the manifest’s name and description', () => {
  for (const lang of localeCodes()) {
    const messages = readCatalog(lang);
    expect(messages.extName?.message).toBeTruthy();
    expect(messages.extDescription?.message).toBeTruthy();
  }
});
