/**
 * The extension is built by @crxjs/vite-plugin from the root manifest.json, one browser at a time
 * (PROVENANCE_BROWSER=chrome | firefox; `npm run build` runs both through scripts/build-extension.mjs, which then
 * checks the output). crxjs bundles what the manifest names:
 *
 *   popup, options   the Preact pages (HTML entries, shared chunks); the compare and permission pages are added as inputs
 *   content script   listed in `standaloneFiles`: ONE classic IIFE file with every import inlined, no loader and no
 *                    web_accessible_resources (which would let pages detect the extension)
 *   snapshot script  content/snapshot.ts, injected by the background only when it needs the tab's copy
 *                    (`scripting.executeScript` with a file): built here the same way, as one classic IIFE file
 *                    (injectedScript below; crxjs's `?script` import would list it in web_accessible_resources)
 *   background       an ES module behind crxjs's small loader: Chrome's `service_worker` (type module), Firefox's
 *                    event page (`background.scripts`, type module)
 *
 * `npm run dev` serves the same config with crxjs's dev server (Chromium, hot reload of the pages).
 */
import fs from 'node:fs';
import path from 'node:path';
import { crx } from '@crxjs/vite-plugin';
import { build, defineConfig, type Plugin, type ResolvedConfig, type Rollup } from 'vite';
import { CONTENT_ENTRY, manifestFor, SNAPSHOT_ENTRY } from './scripts/manifest-for.mjs';

const root = import.meta.dirname;
const browser = process.env.PROVENANCE_BROWSER === 'firefox' ? 'firefox' : 'chrome';
// The e2e harness's test build (build-extension.mjs --test) may fetch loopback addresses (src/extension/testBuild.ts);
// it goes to its own folder so that a production dist/<browser> never holds it.
const testBuild = process.env.PROVENANCE_TEST_BUILD === '1';
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, unknown>;
const manifest = manifestFor(read('manifest.json'), browser, String(read('package.json').version));

/**
 * A script the background injects with `scripting.executeScript({ files })`: one classic IIFE file with every import
 * inlined (what crxjs makes of a `standaloneFiles` content script), emitted beside the manifest's content script
 * under the same name with `.js`. Not in the manifest, not web-accessible.
 */
function injectedScript(entry: string): Plugin {
  let config: ResolvedConfig;
  const fileName = entry.replace(/\.ts$/, '.js');
  return {
    name: 'provenance:injected-script',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle() {
      const result = await build({
        configFile: false,
        root,
        logLevel: 'warn',
        define: config.define,
        build: {
          write: false,
          emptyOutDir: false,
          minify: config.build.minify,
          target: config.build.target,
          sourcemap: false,
          lib: {
            entry: path.join(root, entry),
            formats: ['iife'],
            name: 'provenanceSnapshot',
            fileName: () => fileName,
          },
          rollupOptions: { output: { entryFileNames: fileName } },
        },
      });
      const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => (r as Rollup.RollupOutput).output);
      const chunk = outputs.find((o): o is Rollup.OutputChunk => o.type === 'chunk' && o.isEntry);
      if (!chunk) throw new Error(`no bundle for ${entry}`);
      this.emitFile({ type: 'asset', fileName, source: chunk.code });
    },
  };
}

export default defineConfig({
  root,
  // Some dependencies branch on it; crxjs's build does not define it for the background and content script.
  define: {
    'process.env.NODE_ENV': JSON.stringify('production'),
    __PROVENANCE_TEST_BUILD__: JSON.stringify(testBuild),
    // Which browser this build is for: Chromium's has no in-thread fallback (offthread/checkOffThread.ts).
    __PROVENANCE_BROWSER__: JSON.stringify(browser),
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  logLevel: 'warn',
  plugins: [
    crx({ manifest: manifest as never, browser, contentScripts: { standaloneFiles: [CONTENT_ENTRY] } }),
    injectedScript(SNAPSHOT_ENTRY),
  ],
  build: {
    outDir: path.join(root, 'dist', testBuild ? `${browser}-test` : browser),
    emptyOutDir: true,
    target: ['chrome116', 'firefox140'],
    sourcemap: false,
    // The background (the engine) is one chunk of about 0.8 MB; it is loaded from disk, never over a network.
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: {
        compare: path.join(root, 'src/ui/compare/index.html'),
        permission: path.join(root, 'src/ui/permission/index.html'),
        // Chromium's offscreen document that starts the check workers (src/extension/offthread).
        offscreen: path.join(root, 'src/extension/offthread/offscreen.html'),
      },
    },
  },
  // The check worker (src/extension/offthread/checkWorker.ts) is an ES module worker with the engine in it.
  worker: { format: 'es' },
  server: { strictPort: false },
});
