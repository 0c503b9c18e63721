#!/usr/bin/env node
// Adds labelled real pages to test/real/: each page goes to the `dev` or the `heldout` set by a hash of its URL (about
// 60 % dev), its text saved as found under <set>/web/<host>/, listed in <set>/web.json, its case appended to
// <set>/cases.jsonl. A URL already in either set is skipped, so a file can be added twice.
//
//   node scripts/real-add.mjs pages.txt [more.txt …]
//
// The input holds one record per page, each opened by a line "=== <url>", then "field: value" lines (lang, kind,
// verdict, source, aliases, authors, how, note; lists separated by " ; "), a line "---", and the page text as found.
// Each case is stamped with the minute it was added (`added`, UTC, YYYY-MM-DDTHH:MM), so `npm run real -- --since
// <stamp>` can score a batch of fresh pages apart from the pages that were there before, even a second batch the same
// day. Older cases carry a day (YYYY-MM-DD), which sorts before every minute of that day.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { normUrl } from './real-metrics.mjs';

const root = path.resolve(import.meta.dirname, '..');
const realDir = path.join(root, 'test', 'real');
export const DEV_SHARE = 0.6;

/** dev or heldout, from the first 32 bits of the SHA-256 of the normalised URL: stable whatever else is added. */
export function setOf(url) {
  const h = createHash('sha256')
    .update(normUrl(url) ?? url)
    .digest();
  return h.readUInt32BE(0) / 2 ** 32 < DEV_SHARE ? 'dev' : 'heldout';
}

const KINDS = new Set([
  'dateline',
  'source-label',
  'read-more',
  'originally-published',
  'repost',
  'clipping',
  'self-reference',
  'data-source',
  'photo-credit',
  'commentary',
  'original',
  'wordpress-theme',
  'own-dateline',
  'boilerplate',
]);
const list = (v) =>
  v
    ? v
        .split(' ; ')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

function parse(text, file) {
  const out = [];
  for (const chunk of text.split(/^=== /m).slice(1)) {
    const nl = chunk.indexOf('\n');
    const url = chunk.slice(0, nl).trim();
    const rest = chunk.slice(nl + 1);
    const sep = rest.search(/^---$/m);
    if (sep < 0) throw new Error(`${file}: ${url}: no "---" line before the text`);
    const fields = Object.fromEntries(
      rest
        .slice(0, sep)
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
    );
    const page = rest.slice(sep + 4).replace(/\s+$/, '') + '\n';
    const bad = (m) => {
      throw new Error(`${file}: ${url}: ${m}`);
    };
    if (!/^https?:\/\//.test(url)) bad('not an http(s) URL');
    if (!['suspected', 'clean'].includes(fields.verdict))
      bad(`verdict must be suspected or clean, got ${fields.verdict}`);
    if (!KINDS.has(fields.kind)) bad(`unknown kind ${fields.kind}`);
    if (!/^[a-z]{2,3}$/.test(fields.lang ?? '')) bad('lang must be a language code');
    if (fields.verdict === 'suspected' && !fields.source) bad('a page naming its source needs "source"');
    if (!fields.note || !fields.how) bad('"how" and "note" are required');
    out.push({ url, fields, page });
  }
  return out;
}

/** A percent-escape that is not UTF-8 (a Latin-1 "%BF") makes decodeURIComponent throw: keep such a name as written. */
function decodeOrKeep(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Where a page's text is stored, under its set's folder: the host, then a slug of the address's last part and a hash. */
export function fileFor(url) {
  const u = new URL(url);
  const last = `${u.pathname}${u.search}`.split('/').filter(Boolean).pop() ?? 'index';
  const slug =
    decodeOrKeep(last)
      .normalize('NFKD')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'page';
  const h = createHash('sha256').update(url).digest('hex').slice(0, 8);
  return `web/${u.hostname.toLowerCase()}/${slug}-${h}.txt`;
}

function load(set) {
  const dir = path.join(realDir, set);
  const webFile = path.join(dir, 'web.json');
  const casesFile = path.join(dir, 'cases.jsonl');
  const web = fs.existsSync(webFile) ? JSON.parse(fs.readFileSync(webFile, 'utf8')) : { pages: [] };
  const cases = fs.existsSync(casesFile)
    ? fs
        .readFileSync(casesFile, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];
  return { dir, webFile, casesFile, web, cases };
}

function main(files) {
  if (!files.length) {
    console.error('usage: node scripts/real-add.mjs pages.txt [more.txt …]');
    return 2;
  }
  const sets = { dev: load('dev'), heldout: load('heldout') };
  const known = new Set(Object.values(sets).flatMap((s) => s.cases.map((c) => normUrl(c.url))));
  let added = 0;
  const stamp = new Date().toISOString().slice(0, 16);
  for (const file of files) {
    for (const { url, fields, page } of parse(fs.readFileSync(file, 'utf8'), file)) {
      if (known.has(normUrl(url))) continue;
      known.add(normUrl(url));
      const s = sets[setOf(url)];
      const rel = fileFor(url);
      fs.mkdirSync(path.dirname(path.join(s.dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(s.dir, rel), page);
      s.web.pages.push({ url, file: rel, type: 'text/plain' });
      const id = `real-${fields.lang}-${createHash('sha256').update(normUrl(url)).digest('hex').slice(0, 8)}`;
      s.cases.push({
        id,
        url,
        history: [],
        expect: {
          verdict: fields.verdict,
          originalUrl: null,
          claimedSource: fields.verdict === 'clean' ? null : fields.source,
          authors: list(fields.authors),
          signals: fields.verdict === 'clean' ? [] : ['source-line'],
        },
        tags: [`kind:${fields.kind}`, `lang:${fields.lang}`],
        lang: fields.lang,
        kind: fields.kind,
        ...(fields.aliases ? { aliases: list(fields.aliases) } : {}),
        how: fields.how,
        label_note: fields.note,
        added: stamp,
      });
      added++;
    }
  }
  for (const s of Object.values(sets)) {
    fs.mkdirSync(s.dir, { recursive: true });
    fs.writeFileSync(s.webFile, `${JSON.stringify(s.web, null, 2)}\n`);
    fs.writeFileSync(s.casesFile, s.cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
  }
  console.log(
    `real-add: ${added} page(s) added at ${stamp}; dev ${sets.dev.cases.length}, heldout ${sets.heldout.cases.length}`,
  );
  return 0;
}

if (process.argv[1]?.endsWith('real-add.mjs')) process.exitCode = main(process.argv.slice(2));
