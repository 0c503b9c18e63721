#!/usr/bin/env node
// Builds the extension for Chrome and/or Firefox into dist/<browser>/:
//   1. the pages (popup, options, compare) and public/ (icons, _locales) — vite.config.ts, mode "pages"
//   2. content.js, one classic IIFE                                       — mode "content"
//   3. background.js, one IIFE                                            — mode "background"
//   4. manifest.json from the root manifest: version from package.json, source entries replaced by the built
//      files, and the browser's own keys (Chrome: service_worker; Firefox: background.scripts + gecko settings).
// Then it checks what the store reviewers and page authors would see: no web_accessible_resources, and a content
// script that is a single classic file (no import/export, no other chunk).
// Usage: node scripts/build-extension.mjs [chrome|firefox|all] [--watch]
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { makeIcons } from './make-icons.mjs';
import { manifestFor } from './manifest-for.mjs';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const watch = args.includes('--watch');
const which = args.find((a) => !a.startsWith('--')) ?? 'all';
const browsers = which === 'all' ? ['chrome', 'firefox'] : [which];
if (!browsers.every((b) => b === 'chrome' || b === 'firefox')) {
  console.error(`unknown browser "${which}" (chrome | firefox | all)`);
  process.exit(2);
}

function verify(outDir, manifest) {
  const problems = [];
  if ('web_accessible_resources' in manifest) problems.push('manifest has web_accessible_resources');
  const js = manifest.content_scripts.flatMap((cs) => cs.js);
  if (js.length !== 1 || js[0] !== 'content.js') problems.push(`content scripts: expected [content.js], got ${JSON.stringify(js)}`);
  const content = fs.readFileSync(path.join(outDir, 'content.js'), 'utf8');
  // A classic script cannot contain module syntax; a static import or export would make it fail to load.
  if (/(^|[;}\n])\s*(import\s*[\w{*'"]|export\s)/.test(content)) problems.push('content.js contains module syntax');
  if (/\bimport\s*\(/.test(content)) problems.push('content.js contains a dynamic import');
  if (/webextension-polyfill|browser-polyfill/.test(content)) problems.push('content.js bundles webextension-polyfill');
  for (const file of [manifest.action?.default_popup, manifest.options_ui?.page, 'src/ui/compare/index.html', 'background.js', ...Object.values(manifest.icons ?? {})]) {
    if (file && !fs.existsSync(path.join(outDir, file))) problems.push(`missing ${file}`);
  }
  if (problems.length) throw new Error(`build check failed for ${outDir}:\n  ${problems.join('\n  ')}`);
  return { contentBytes: Buffer.byteLength(content), backgroundBytes: fs.statSync(path.join(outDir, 'background.js')).size };
}

function ensureIcons() {
  const dir = path.join(root, 'public', 'icons');
  if (!fs.existsSync(path.join(dir, 'icon-128.png'))) makeIcons(dir);
}

async function buildFor(browser) {
  process.env.PROVENANCE_BROWSER = browser;
  const configFile = path.join(root, 'vite.config.ts');
  const outDir = path.join(root, 'dist', browser);
  const modes = ['pages', 'content', 'background'];
  for (const mode of modes) await build({ configFile, mode });
  // Watchers rebuild one part at a time: none may empty the folder the others wrote into.
  if (watch) for (const mode of modes) await build({ configFile, mode, build: { watch: {}, emptyOutDir: false } });
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const source = JSON.parse(fs.readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  const manifest = manifestFor(source, browser, pkg.version);
  fs.writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const { contentBytes, backgroundBytes } = verify(outDir, manifest);
  if (watch) console.log(`${browser}: watching sources → dist/${browser} (reload the extension after a change)`);
  console.log(`${browser}: dist/${browser}  content.js ${(contentBytes / 1024).toFixed(1)} kB (single classic script), background.js ${(backgroundBytes / 1024).toFixed(0)} kB, no web_accessible_resources`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureIcons();
  for (const browser of browsers) await buildFor(browser);
}
