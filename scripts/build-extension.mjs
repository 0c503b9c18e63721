#!/usr/bin/env node
// Builds the extension for Chrome and/or Firefox into dist/<browser>/ with Vite and @crxjs/vite-plugin
// (vite.config.ts, from the root manifest.json), then checks what store reviewers and page authors would see:
// no web_accessible_resources; one content script that is a single classic file (no import/export, no dynamic
// import, no webextension-polyfill), and so is the snapshot script the background injects on request (which the
// background's code names); and every file the manifest names (pages, background and what it imports,
// icons, the compare page) present.
// Usage: node scripts/build-extension.mjs [chrome|firefox|all] [--test]
// --test: the e2e harness's build into dist/<browser>-test, the only one allowed to fetch loopback (testBuild.ts).
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { SNAPSHOT_ENTRY } from './manifest-for.mjs';
import { makeIcons } from './make-icons.mjs';

const root = path.resolve(import.meta.dirname, '..');
const which = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'all';
const testBuild = process.argv.includes('--test');
if (testBuild) process.env.PROVENANCE_TEST_BUILD = '1';
const distName = (browser) => (testBuild ? `${browser}-test` : browser);
const browsers = which === 'all' ? ['chrome', 'firefox'] : [which];
if (!browsers.every((b) => b === 'chrome' || b === 'firefox')) {
  console.error(`unknown browser "${which}" (chrome | firefox | all)`);
  process.exit(2);
}

/** A classic script cannot contain module syntax; a static import or export would make it fail to load. */
export function contentProblems(content) {
  const problems = [];
  if (/(^|[;}\n])\s*(import\s*[\w{*'"]|export\s)/.test(content)) problems.push('contains module syntax');
  if (/\bimport\s*\(/.test(content)) problems.push('contains a dynamic import');
  if (/webextension-polyfill|browser-polyfill/.test(content)) problems.push('bundles webextension-polyfill');
  return problems;
}

/**
 * Chromium reads an extension's scripts as UTF-8 and refuses a file holding a Unicode noncharacter (U+FDD0-FDEF and
 * every code point ending in FFFE or FFFF): the service worker then never starts and nothing in the build says so.
 * A bundler writes such a character literally when a string spells it with one escape and a RegExp is built from it.
 */
export function nonCharacters(code) {
  const found = new Set();
  for (const [c] of code.matchAll(/[\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDFFE\uDFFF]/g)) {
    const point = c.codePointAt(0);
    if ((point >= 0xfdd0 && point <= 0xfdef) || (point & 0xfffe) === 0xfffe)
      found.add(`U+${point.toString(16).toUpperCase()}`);
  }
  return [...found];
}

/** The files a module imports statically (`import './x.js'`, `from './x.js'`), relative to it. */
function staticImports(code) {
  return [...code.matchAll(/(?:^|[;}\s])(?:import|from)\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]);
}

export function verify(outDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(outDir, 'manifest.json'), 'utf8'));
  const problems = [];
  const exists = (file) => fs.existsSync(path.join(outDir, file));
  if ('web_accessible_resources' in manifest) problems.push('manifest has web_accessible_resources');
  const js = (manifest.content_scripts ?? []).flatMap((cs) => cs.js ?? []);
  let contentBytes = 0;
  if (js.length !== 1) problems.push(`content scripts: expected one file, got ${JSON.stringify(js)}`);
  else if (!exists(js[0])) problems.push(`missing ${js[0]}`);
  else {
    const content = fs.readFileSync(path.join(outDir, js[0]), 'utf8');
    contentBytes = Buffer.byteLength(content);
    for (const p of contentProblems(content)) problems.push(`${js[0]} ${p}`);
  }
  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  let backgroundBytes = 0;
  let backgroundCode = '';
  if (!background || !exists(background)) problems.push(`missing background ${background}`);
  else {
    // The loader and every module it pulls in, breadth first.
    const queue = [background];
    const seen = new Set(queue);
    while (queue.length) {
      const file = queue.shift();
      if (!exists(file)) {
        problems.push(`missing ${file} (imported by the background)`);
        continue;
      }
      const code = fs.readFileSync(path.join(outDir, file), 'utf8');
      backgroundBytes += Buffer.byteLength(code);
      backgroundCode += code;
      for (const rel of staticImports(code)) {
        const next = path.posix.normalize(path.posix.join(path.posix.dirname(file), rel));
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
  }
  // The snapshot script the background injects on request (background/askTabForPage.ts names this file).
  const snapshotFile = SNAPSHOT_ENTRY.replace(/\.ts$/, '.js');
  let snapshotBytes = 0;
  if (!exists(snapshotFile)) problems.push(`missing ${snapshotFile} (injected by the background)`);
  else {
    const code = fs.readFileSync(path.join(outDir, snapshotFile), 'utf8');
    snapshotBytes = Buffer.byteLength(code);
    for (const p of contentProblems(code)) problems.push(`${snapshotFile} ${p}`);
    if (!backgroundCode.includes(snapshotFile)) problems.push(`the background does not name ${snapshotFile}`);
  }
  for (const file of [
    manifest.action?.default_popup,
    manifest.options_ui?.page,
    'src/ui/compare/index.html',
    'src/ui/permission/index.html',
    ...Object.values(manifest.icons ?? {}),
    '_locales/en/messages.json',
  ]) {
    if (file && !exists(file)) problems.push(`missing ${file}`);
  }
  for (const file of fs.readdirSync(outDir, { recursive: true })) {
    if (!/\.(js|mjs|html|json)$/.test(file)) continue;
    const found = nonCharacters(fs.readFileSync(path.join(outDir, file), 'utf8'));
    if (found.length) problems.push(`${file} holds noncharacters Chromium refuses to load: ${found.join(', ')}`);
  }
  if (problems.length) throw new Error(`build check failed for ${outDir}:\n  ${problems.join('\n  ')}`);
  return { contentFile: js[0], contentBytes, snapshotFile, snapshotBytes, backgroundBytes };
}

function ensureIcons() {
  const dir = path.join(root, 'public', 'icons');
  if (!fs.existsSync(path.join(dir, 'icon-128.png'))) makeIcons(dir);
}

async function buildFor(browser) {
  process.env.PROVENANCE_BROWSER = browser;
  // A fresh config per browser: vite.config.ts reads PROVENANCE_BROWSER when it is loaded.
  await build({ configFile: path.join(root, 'vite.config.ts'), mode: 'production' });
  const outDir = path.join(root, 'dist', distName(browser));
  const { contentFile, contentBytes, snapshotFile, snapshotBytes, backgroundBytes } = verify(outDir);
  // Chromium's service worker cannot import(): the in-thread engine (offthread/checkInThread.ts) would be dead weight.
  const inThread = fs.readdirSync(path.join(outDir, 'assets')).filter((f) => f.startsWith('checkInThread'));
  if (browser === 'chrome' && inThread.length)
    throw new Error(`build check failed for ${outDir}: ships the in-thread engine ${inThread.join(', ')}`);
  console.log(
    `${browser}: dist/${distName(browser)}  ${contentFile} ${(contentBytes / 1024).toFixed(1)} kB (single classic script), ${snapshotFile} ${(snapshotBytes / 1024).toFixed(1)} kB (injected on request), background ${(backgroundBytes / 1024).toFixed(0)} kB, no web_accessible_resources`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureIcons();
  for (const browser of browsers) await buildFor(browser);
}
