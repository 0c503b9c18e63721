// The manifest crxjs builds from, for one browser, made from the root manifest.json (which names source entries,
// like the user laid it out): the version from package.json, and nothing web-accessible (any listed file lets a page
// detect that Provenance is installed). crxjs then replaces the source entries with the built files.
//
// Workaround (crxjs 3.0.0): with `browser: 'firefox'` crxjs reads the background from `background.scripts` and
// leaves a `service_worker` as it is, which Firefox does not run; so Firefox gets `background.scripts` here, and
// Chrome keeps its service worker. test/unit/crxFirefoxBackground.test.ts fails when crxjs converts it itself.

export const CONTENT_ENTRY = 'src/extension/content/index.ts';
/** Injected by the background on request (background/askTabForPage.ts), built beside the content script as .js. */
export const SNAPSHOT_ENTRY = 'src/extension/content/snapshot.ts';
export const BACKGROUND_ENTRY = 'src/extension/background/index.ts';

export function manifestFor(source, browser, version) {
  const m = structuredClone(source);
  m.version = version;
  if (m.background?.service_worker !== BACKGROUND_ENTRY)
    throw new Error(`manifest.json: background.service_worker must be ${BACKGROUND_ENTRY}`);
  if (!(m.content_scripts ?? []).some((cs) => cs.js?.includes(CONTENT_ENTRY)))
    throw new Error(`manifest.json: a content script must be ${CONTENT_ENTRY}`);
  if (browser === 'chrome') {
    delete m.browser_specific_settings;
  } else if (browser === 'firefox') {
    // Firefox runs MV3 backgrounds as event pages (background.scripts), not service workers.
    m.background = { scripts: [BACKGROUND_ENTRY] };
    // Firefox's fetch cannot refuse a private address at connection time: the background asks dns.resolve first.
    m.permissions = [...(m.permissions ?? []), 'dns'];
    delete m.minimum_chrome_version;
    // chrome.offscreen is Chromium's way for a service worker to start workers; Firefox's event page starts its
    // check workers itself and does not know the permission.
    m.permissions = (m.permissions ?? []).filter((p) => p !== 'offscreen');
  } else {
    throw new Error(`unknown browser ${browser}`);
  }
  delete m.web_accessible_resources;
  return m;
}
