#!/usr/bin/env node
// Fails when src/core reaches outside itself: browser or extension globals, Node built-ins, or our own glue.
// Core must run unchanged in the content script, the service worker, the CLI and the tests, so every effect comes
// in through src/core/ports.ts. The type-check (tsconfig.core.json, no Node types) catches most of this; this
// catches the globals that the DOM types would still allow (window, document, chrome, fetch, …).
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', 'src', 'core');
const FORBIDDEN_GLOBALS = [
  'window',
  'document',
  'chrome',
  'browser',
  'globalThis',
  'self',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'process',
  'require',
  'Buffer',
  '__dirname',
  '__filename',
  'DOMParser',
  'setTimeout',
  'setInterval',
  'requestIdleCallback',
];
const globalRe = new RegExp(`(?<![\\w$.'"\`])(${FORBIDDEN_GLOBALS.join('|')})\\s*(\\.|\\(|\\[)`, 'g');
const importRe = /\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g;
const ALLOWED_PACKAGES = new Set(['@mozilla/readability', 'tldts']);

/** Strips comments and string contents so that prose about `window.` does not trip the check. */
function code(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1')
    .replace(/`(?:\\.|[^`\\])*`|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"/g, '""');
}

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(p);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield p;
  }
}

const problems = [];
for (const file of files(root)) {
  const raw = fs.readFileSync(file, 'utf8');
  const rel = path.relative(process.cwd(), file);
  const stripped = code(raw);
  stripped.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(globalRe)) problems.push(`${rel}:${i + 1}: uses the global \`${m[1]}\``);
  });
  for (const m of raw.matchAll(importRe)) {
    const spec = m[1] ?? m[2];
    const line = raw.slice(0, m.index).split('\n').length;
    if (spec.startsWith('node:') || /^(fs|path|os|http|https|net|url|crypto|child_process|worker_threads)$/.test(spec))
      problems.push(`${rel}:${line}: imports the Node built-in '${spec}'`);
    else if (spec.startsWith('.')) {
      const target = path.resolve(path.dirname(file), spec);
      if (!target.startsWith(root)) problems.push(`${rel}:${line}: imports '${spec}' from outside src/core`);
    } else if (!ALLOWED_PACKAGES.has(spec))
      problems.push(`${rel}:${line}: imports the package '${spec}' (core allows: ${[...ALLOWED_PACKAGES].join(', ')})`);
  }
}

if (problems.length) {
  console.error(`src/core must stay browser- and Node-free (${problems.length} problem(s)):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('core purity: ok');
