/**
 * Three builds make one extension (scripts/build-extension.mjs runs them and writes the manifest):
 *
 *   pages       the Preact popup, options and compare pages (HTML entries, shared chunks; publicDir copied)
 *   content     the content script: ONE classic IIFE file, no imports at run time, so the browser injects it
 *               directly (no ES-module loader, no web_accessible_resources that let pages detect the extension)
 *   background  the service worker / event page: one IIFE file too, so the same file serves Chrome's
 *               `service_worker` and Firefox's `background.scripts`
 *
 * The target browser comes from PROVENANCE_BROWSER (chrome | firefox) and only changes the output folder.
 */
import path from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

const root = import.meta.dirname;
const browser = process.env.PROVENANCE_BROWSER === 'firefox' ? 'firefox' : 'chrome';
const outDir = path.join(root, 'dist', browser);

const shared: UserConfig = {
  root,
  // Lib builds do not replace this on their own; some dependencies branch on it.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  logLevel: 'warn',
};

function script(entry: string, fileName: string, name: string): UserConfig {
  return {
    ...shared,
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: false,
      target: ['chrome116', 'firefox140'],
      sourcemap: false,
      lib: { entry: path.join(root, entry), formats: ['iife'], name, fileName: () => fileName },
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'content') return script('src/extension/content/index.ts', 'content.js', 'provenanceContent');
  if (mode === 'background') return script('src/extension/background/index.ts', 'background.js', 'provenanceBackground');
  return {
    ...shared,
    base: '/',
    publicDir: path.join(root, 'public'),
    build: {
      outDir,
      emptyOutDir: true,
      target: ['chrome116', 'firefox140'],
      sourcemap: false,
      rollupOptions: {
        input: {
          popup: path.join(root, 'src/ui/popup/index.html'),
          options: path.join(root, 'src/ui/options/index.html'),
          compare: path.join(root, 'src/ui/compare/index.html'),
        },
      },
    },
  };
});
