// Reading the offline web (web.json) and choosing which pages to measure.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';

/** web.json -> { pages: [{ url, file, type, absFile }] }; `file` is relative to web.json's folder. */
export function loadWeb(webJsonPath) {
  const raw = JSON.parse(readFileSync(webJsonPath, 'utf8'));
  if (!raw || !Array.isArray(raw.pages)) throw new Error(`${webJsonPath}: expected {"pages":[...]}`);
  const base = dirname(resolve(webJsonPath));
  const pages = raw.pages
    .filter((p) => p && typeof p.url === 'string' && typeof p.file === 'string')
    .map((p) => ({
      url: p.url,
      file: p.file,
      type: p.type ?? 'text/html',
      absFile: resolve(base, p.file),
      always: p.always === true,
    }));
  return { pages };
}

const rank = (seed, url) => createHash('sha256').update(`${seed}\n${url}`).digest('hex');

/**
 * A deterministic sample of n text/html pages: pages are ordered by sha256(seed + url) and the first n are taken,
 * so the same web, n and seed always give the same pages (and adding pages to the web changes the sample little).
 * The sample is then sorted by URL so that tables read in a stable order. n = Infinity takes every html page.
 * Pages marked `"always": true` in the web.json (Provenance's generated heavy pages) are measured on top of the n.
 */
export function samplePages(web, n, seed = 'perf') {
  const html = web.pages.filter((p) => /^text\/html\b/.test(p.type));
  const ordered = html
    .map((p) => ({ p, r: rank(seed, p.url) }))
    .sort((a, b) => (a.r < b.r ? -1 : a.r > b.r ? 1 : 0))
    .map((x) => x.p);
  const always = html.filter((p) => p.always);
  const sampled = ordered.filter((p) => !p.always);
  return [...sampled.slice(0, Math.min(n, sampled.length)), ...always].sort((a, b) => a.url.localeCompare(b.url));
}
