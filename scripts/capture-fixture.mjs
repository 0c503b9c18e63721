#!/usr/bin/env node
// Turns a page of an offline web into a golden fixture (test/fixtures/pages/<name>/), so that a new bug becomes a
// new fixture in one command:
//
//   npm run capture-fixture -- <name> <url> --offline <web.json> [--history <url>]... [--note <text>] [--force]
//   npm run capture-fixture -- --refresh <name>...     same as `npm run golden -- --update <name>...`
//
// Capture checks <url> against the whole offline web, copies the page and every page that check fetched (its
// candidates, its original, the robots.txt, feeds and sitemaps it read, plus the homepage and homepage feed of each
// site it touched, which make up the publisher directory), then checks the fixture again against its own small web
// and writes report.json (the whole report, volatile fields masked) from that run. When the two runs disagree the fixture does not reproduce the full-web
// result: the script says so and shows both, so the missing page can be added by hand.
//
// After --refresh, read `git diff test/fixtures/pages` before committing: every changed line of a report.json is a
// changed quote, place, reason, candidate, verdict or credit that someone should have meant.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(import.meta.dirname, '..');
const golden = await tsImport('../test/fixtures/pages/golden.ts', import.meta.url);
const { loadOfflineWeb } = await tsImport('../src/cli/offlineWeb.ts', import.meta.url);

const USAGE = `usage: capture-fixture <name> <url> --offline <web.json> [--history <url>]... [--note <text>] [--force]
       capture-fixture --refresh <name>...`;

function fail(message, code = 2) {
  console.error(`capture-fixture: ${message}`);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      offline: { type: 'string' },
      history: { type: 'string', multiple: true, default: [] },
      note: { type: 'string' },
      force: { type: 'boolean', default: false },
      refresh: { type: 'boolean', default: false },
    },
  });
} catch (e) {
  fail(`${e.message}\n${USAGE}`);
}
const { values: opts, positionals } = args;

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** A fixture name is one folder name: lower-case words and dashes. */
function fixtureDir(name) {
  if (!/^[a-z0-9][a-z0-9-]{0,80}$/.test(name)) fail(`fixture names are lower-case letters, digits and dashes: ${name}`);
  return path.join(golden.PAGES_DIR, name);
}

/** Where a fetched page's body goes inside the fixture: web/<host>/<path as one safe file name>. */
function fileFor(url, type, used) {
  const u = new URL(url);
  const ext = type === 'text/html' ? '.html' : type === 'text/plain' ? '.txt' : '.xml';
  let base =
    (decodeURIComponent(u.pathname).replace(/^\/+|\/+$/g, '') || 'index') + (u.search ? `_${u.search.slice(1)}` : '');
  base =
    base
      .replace(/[^\p{L}\p{N}._-]+/gu, '_')
      .slice(0, 80)
      .replace(/^[._-]+|[._-]+$/g, '') || 'page';
  if (!base.endsWith(ext)) base += ext;
  let file = `web/${u.hostname}/${base}`;
  for (let i = 2; used.has(file); i++) file = `web/${u.hostname}/${i}-${base}`;
  used.add(file);
  return file;
}

async function refresh(names) {
  const { status } = spawnSync(process.execPath, [path.join(root, 'scripts/golden.mjs'), '--update', ...names], {
    stdio: 'inherit',
  });
  process.exitCode = status ?? 1;
}

async function capture(name, url) {
  if (!opts.offline) fail(`--offline <web.json> is required\n${USAGE}`);
  const dir = fixtureDir(name);
  if (existsSync(dir) && !opts.force) fail(`${path.relative(root, dir)} exists (use --force to replace it)`);
  const web = await loadOfflineWeb(opts.offline);
  const history = opts.history;
  for (const u of [url, ...history]) if (!web.find(u)) fail(`${u} is not in ${opts.offline}`);

  // 1. The check against the whole web, recording what it fetched.
  const fetched = new Set();
  const full = await golden.checkOffline(web, url, history, (u) => fetched.add(u));
  const report = full.report;
  const wanted = new Set([url, ...history, ...fetched]);
  if (report.original) wanted.add(report.original.url);
  for (const c of report.candidates) wanted.add(c.url);
  // The publisher directory is made of homepages (and the feed each one links): keep those of every site touched,
  // or a publisher named by the page would not resolve in the small web.
  for (const u of [...wanted]) {
    const home = `${new URL(u).origin}/`;
    if (!web.find(home)) continue;
    wanted.add(home);
    const page = web.find(home);
    const feed = /<link[^>]+type=["']application\/(?:rss|atom)\+xml["'][^>]*>/i.exec(
      await readFile(page.file, 'utf8'),
    )?.[0];
    const href = feed && /href=["']([^"']+)["']/i.exec(feed)?.[1];
    if (href) wanted.add(new URL(href.replace(/&amp;/g, '&'), home).href);
  }

  // 2. Copy the pages into the fixture.
  if (existsSync(dir)) await rm(dir, { recursive: true });
  await mkdir(dir, { recursive: true });
  const used = new Set();
  const pages = [];
  const self = web.find(url);
  const source = self.type === 'text/plain' ? 'source.txt' : 'source.html';
  await copyFile(self.file, path.join(dir, source));
  pages.push({ url: self.url, file: source, type: self.type });
  for (const u of wanted) {
    const page = web.find(u);
    if (!page || page === self || pages.some((p) => p.url === page.url)) continue;
    const file = fileFor(page.url, page.type, used);
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await copyFile(page.file, path.join(dir, file));
    pages.push({ url: page.url, file, type: page.type });
  }
  await writeFile(path.join(dir, 'web.json'), json({ pages }));
  await writeFile(
    path.join(dir, 'case.json'),
    json({
      url,
      ...(history.length ? { history } : {}),
      note: opts.note ?? `captured from ${path.basename(opts.offline)}`,
    }),
  );

  // 3. report.json from the fixture's own web, checked against the full-web result.
  const { golden: small } = await golden.runFixture(dir);
  await writeFile(path.join(dir, golden.REPORT_FILE), golden.goldenText(small));
  console.log(
    `${path.relative(root, dir)}: ${pages.length} page(s); ${small.verdict}${small.original ? ` → ${small.original.url}` : ''}`,
  );
  const changes = golden.diffGolden(golden.goldenOf(report), small);
  if (changes.length) {
    console.error(
      'capture-fixture: the fixture does not reproduce the full-web result; a page it needs may be missing.',
    );
    console.error(`  full web → fixture:\n    ${changes.join('\n    ')}`);
    process.exitCode = 1;
  }
}

if (opts.refresh) await refresh(positionals);
else if (positionals.length === 2) await capture(positionals[0], positionals[1]);
else fail(USAGE);
