#!/usr/bin/env node
// Golden page fixtures (test/fixtures/pages/<name>/report.json): each pins the whole report the engine gives for its
// page, with only the volatile fields masked (the check's time).
//
//   npm run golden [-- <name>...]              check: print where each fixture's report differs, exit 1 if any does
//   npm run golden -- --update [<name>...]     rewrite report.json from today's engine and print what changed
//
// After --update, read the printed changes and `git diff test/fixtures/pages` before committing: every changed line
// is a quote, place, reason, candidate or verdict that changed, and someone should have meant it.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';

const golden = await tsImport('../test/fixtures/pages/golden.ts', import.meta.url);

const USAGE = 'usage: golden [--update] [<name>...]';
let args;
try {
  args = parseArgs({ allowPositionals: true, options: { update: { type: 'boolean', default: false } } });
} catch (e) {
  console.error(`golden: ${e.message}\n${USAGE}`);
  process.exit(2);
}
const { values: opts, positionals: names } = args;
const list = names.length ? names : golden.listFixtures();

let differing = 0;
for (const name of list) {
  const dir = path.join(golden.PAGES_DIR, name);
  if (!/^[a-z0-9][a-z0-9-]{0,80}$/.test(name) || !existsSync(path.join(dir, 'case.json'))) {
    console.error(`golden: no fixture ${name}`);
    process.exit(2);
  }
  const before = await golden.readGolden(dir);
  const { golden: now } = await golden.runFixture(dir);
  const changes = before ? golden.diffGolden(before, now) : ['(new report.json)'];
  const head = `${now.verdict}${now.original ? ` → ${now.original.url}` : ''}`;
  if (!changes.length) {
    console.log(`same      ${name}: ${head}`);
    continue;
  }
  differing++;
  if (opts.update) await writeFile(path.join(dir, golden.REPORT_FILE), golden.goldenText(now));
  console.log(`${opts.update ? 'UPDATED ' : 'DIFFERS '}  ${name}: ${head}`);
  for (const c of changes) console.log(`    ${c}`);
}
if (differing && !opts.update) {
  console.log(`\n${differing} fixture(s) differ; if the change is meant: npm run golden -- --update <name>...`);
  process.exit(1);
}
