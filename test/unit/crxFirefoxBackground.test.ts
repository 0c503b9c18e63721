/**
 * The one crxjs workaround (scripts/manifest-for.mjs), checked against crxjs itself on a two-file extension:
 * crxjs 3.0.0 with `browser: 'firefox'` does not turn a `background.service_worker` into the `background.scripts`
 * Firefox runs, so the manifest crxjs gets already has `scripts`. The first test fails when crxjs converts it on its
 * own (then drop the workaround and this file); the second when the workaround stops giving Firefox its event page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { afterAll, describe, expect, test } from 'vitest';
import { build } from 'vite';
import { manifestFor } from '../../scripts/manifest-for.mjs';

const BACKGROUND = 'src/extension/background/index.ts';
const CONTENT = 'src/extension/content/index.ts';
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** Builds a tiny extension with crxjs for Firefox and returns the built manifest's background (or the build error). */
async function firefoxBackground(manifest: Record<string, unknown>): Promise<unknown> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'provenance-crx-'));
  dirs.push(root);
  for (const [file, code] of [
    [BACKGROUND, 'globalThis.started = true;\n'],
    [CONTENT, 'globalThis.content = true;\n'],
  ] as const) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), code);
  }
  const outDir = path.join(root, 'dist');
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [
        crx({ manifest: manifest as never, browser: 'firefox', contentScripts: { standaloneFiles: [CONTENT] } }),
      ],
      build: { outDir, emptyOutDir: true },
    });
  } catch (e) {
    return { error: String(e).slice(0, 200) };
  }
  return (JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as { background?: unknown })
    .background;
}

const source = {
  manifest_version: 3,
  name: 'probe',
  version: '0.0.0',
  background: { service_worker: BACKGROUND },
  content_scripts: [{ matches: ['https://*/*'], js: [CONTENT] }],
  browser_specific_settings: { gecko: { id: 'probe@example.org' } },
};

describe('crxjs and Firefox’s background', () => {
  test('crxjs still does not turn a service worker into background.scripts for Firefox (the workaround is needed)', async () => {
    const background = (await firefoxBackground(source)) as { scripts?: unknown } | { error: string } | undefined;
    // Fixed upstream when this yields `{ scripts: [...] }`: then remove the Firefox branch of manifestFor.
    expect(background && 'scripts' in background ? background.scripts : undefined).toBeUndefined();
  }, 120_000);

  test('with the workaround, Firefox gets an event page (background.scripts) loading the built background', async () => {
    const background = (await firefoxBackground(manifestFor(source, 'firefox', '1.0.0'))) as { scripts?: string[] };
    expect(background.scripts).toHaveLength(1);
    expect(background.scripts?.[0]).toMatch(/\.js$/);
  }, 120_000);
});
