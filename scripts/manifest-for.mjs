// The built manifest for one browser, from the root manifest.json (which names source entries, like the user laid
// it out): the content script and background become the built content.js / background.js, Chrome keeps its service
// worker and drops the Firefox block, Firefox gets an event page (background.scripts) and drops Chrome's minimum.
// web_accessible_resources are removed outright: nothing in the extension is for pages to load, and any listed file
// lets a page detect that Provenance is installed.

export const CONTENT_ENTRY = 'src/extension/content/index.ts';
export const BACKGROUND_ENTRY = 'src/extension/background/index.ts';

export function manifestFor(source, browser, version) {
  const m = structuredClone(source);
  m.version = version;
  m.content_scripts = (m.content_scripts ?? []).map((cs) => ({ ...cs, js: cs.js.map((f) => (f === CONTENT_ENTRY ? 'content.js' : f)) }));
  if (m.background?.service_worker !== BACKGROUND_ENTRY) throw new Error(`manifest.json: background.service_worker must be ${BACKGROUND_ENTRY}`);
  if (browser === 'chrome') {
    m.background = { service_worker: 'background.js' };
    delete m.browser_specific_settings;
  } else if (browser === 'firefox') {
    // Firefox runs MV3 backgrounds as event pages (background.scripts), not service workers.
    m.background = { scripts: ['background.js'] };
    delete m.minimum_chrome_version;
  } else {
    throw new Error(`unknown browser ${browser}`);
  }
  delete m.web_accessible_resources;
  return m;
}
