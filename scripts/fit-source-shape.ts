/**
 * Fits the source-shape model (src/core/data/sourceShapeModel.ts) and says how well it does, honestly:
 *
 *   npx tsx scripts/fit-source-shape.ts            fit, print 5-fold cross-validated figures (folds by page)
 *   npx tsx scripts/fit-source-shape.ts --write    also write the weights fitted on everything
 *
 * Lines: every candidate line (sourceShapeFeatures.ts) of test/real/dev's pages that no phrase table reads; a line
 * whose claim is the page's labelled source is a positive, every line of a non-copy a negative, other lines of
 * copies are left out (unlabelled). Synthetic pages add lines whose labels are made-up words of no language (so the
 * model cannot lean on a label it knows) around directory names, foreign URLs, people's names, dates and pictures.
 * test/real/heldout is never read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseHtmlLinkedom } from '../src/adapters/parseHtmlLinkedom.ts';
import { readPage, type PageData } from '../src/core/page/readPage.ts';
import { pageIdentity } from '../src/core/page/pageIdentity.ts';
import { linksByBlock } from '../src/core/page/linksByBlock.ts';
import { readSourceLine } from '../src/core/signals/readSourceLine.ts';
import { readItemCredits } from '../src/core/signals/readItemCredits.ts';
import { FEATURES, pageCandidates, type ShapeCandidate } from '../src/core/signals/sourceShapeFeatures.ts';
import { shapeProbability } from '../src/core/signals/scoreSourceShape.ts';
import { ALL_PUBLISHERS } from '../src/core/data/publishers/allPublishers.ts';
import { devPages } from './devPages.ts';
// @ts-expect-error: a plain script without types
import { sameSource } from './real-metrics.mjs';

const root = path.resolve(import.meta.dirname, '..');
const write = process.argv.includes('--write');

interface Row {
  page: string;
  y: number;
  w: number;
  x: number[];
  c: ShapeCandidate;
}

function candidatesOf(page: PageData): ShapeCandidate[] {
  const identity = pageIdentity({ url: page.url, title: page.title, meta: page.meta, jsonLd: page.jsonLd });
  const read = (b: PageData['blocks'][number]) =>
    !!(!b.inTable && b.text.length <= 400 && readSourceLine(page, b)) || readItemCredits(page, b).length > 0;
  return pageCandidates(page, identity, linksByBlock(page), read, 400);
}

// ---- dev pages
const rows: Row[] = [];
const pages: { id: string; clean: boolean; synthetic: boolean }[] = [];
for (const { case: c, page } of devPages()) {
  const clean = c.expect.verdict === 'clean';
  pages.push({ id: c.id, clean, synthetic: false });
  for (const cand of candidatesOf(page)) {
    const pos = !clean && sameSource(c.expect.claimedSource, cand.claim.value, c.aliases ?? []);
    if (!clean && !pos) continue;
    rows.push({ page: c.id, y: pos ? 1 : 0, w: 1, x: FEATURES.map((n) => cand.features[n]), c: cand });
  }
}

// ---- synthetic pages: made-up label words (syllables of no language), directory names, people, dates, pictures
let seed = 7;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)] as T;
const SYL = ['ka', 'lo', 'mi', 'ter', 'vun', 'sa', 'dro', 'pel', 'ix', 'gu', 'nor', 'fe', 'zul', 'ba', 'quo'];
const word = () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYL)).join('');
const label = () => {
  const w = Array.from({ length: 1 + Math.floor(rand() * 3) }, word).join(' ');
  return w[0]?.toUpperCase() + w.slice(1);
};
const cap = (w: string) => (w[0]?.toUpperCase() ?? '') + w.slice(1);
const person = () => `${cap(word())} ${cap(word())}`;
const publishers = ALL_PUBLISHERS.filter((p) => p.name.length >= 5 && p.name.length <= 30);
const P = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.</p>';
const SEPS = [': ', ' – ', ' | ', '：'];
function synthPage(line: string, where: 'top' | 'end' | 'middle', picture: boolean): PageData {
  const fig = picture ? '<figure><img src="https://cdn.copy-example.com/a.jpg" width="600" height="400"></figure>' : '';
  const body =
    where === 'top'
      ? fig + line + P + P + P + P
      : where === 'middle'
        ? P + P + fig + line + P + P
        : P + P + P + P + fig + line;
  const html = `<html><head><title>Some story | Copy Example</title></head><body><article><h1>Some story</h1><div class="entry-content">${body}</div></article></body></html>`;
  return readPage(
    parseHtmlLinkedom(html, 'https://copy-example.com/some-story/'),
    'https://copy-example.com/some-story/',
  );
}
const N_SYNTH = 600;
for (let i = 0; i < N_SYNTH; i++) {
  const pub = pick(publishers);
  const sep = pick(SEPS);
  const where = pick(['top', 'end', 'end', 'middle'] as const);
  const kind = Math.floor(rand() * 8);
  let line = '';
  let positive = false;
  let picture = false;
  const art = `https://www.${word()}${word()}.com/${word()}/${word()}-${word()}-${Math.floor(rand() * 99999)}.html`;
  switch (kind) {
    case 0: // a made-up label and a publisher of the directory
      line = `<p>${label()}${sep}${pub.name}</p>`;
      positive = where !== 'middle';
      break;
    case 1: // a made-up label and a link to another site's article
      line = `<p>${label()}${sep}<a href="${art}">${cap(word())}</a></p>`;
      positive = where !== 'middle';
      break;
    case 2: // the URL written out, alone
      line = `<p>${art}</p>`;
      positive = where !== 'middle';
      break;
    case 3: // a person after a made-up label: a byline or a photographer
      line = `<p>${label()}${sep}${person()}</p>`;
      break;
    case 4: // a publisher's name under a picture with a copyright sign: a picture credit
      line = `<p>© ${label()}${sep}${pub.name}</p>`;
      picture = true;
      break;
    case 5: // a date after a label
      line = `<p>${label()}${sep}${1 + Math.floor(rand() * 28)}.${1 + Math.floor(rand() * 12)}.2024</p>`;
      break;
    case 6: // a made-up name alone (a section, a heading)
      line = `<p>${cap(word())} ${cap(word())}</p>`;
      break;
    default: // a person's name with a publisher in brackets at a paragraph's end: a quoted outlet mid-text
      line = `<p>Lorem ipsum dolor sit amet, said ${person()} to ${pub.name} on Monday, consectetur adipiscing.</p>`;
  }
  const id = `synthetic-${i}`;
  pages.push({ id, clean: !positive, synthetic: true });
  const page = synthPage(line, where, picture);
  for (const cand of candidatesOf(page)) {
    const pos =
      positive &&
      (cand.claim.value === pub.name ||
        cand.claim.value.startsWith(art.slice(0, 30)) ||
        cand.claim.value === new URL(art).hostname);
    if (positive && !pos) continue;
    rows.push({
      page: id,
      y: pos ? 1 : 0,
      w: Number(process.env.SYNTH_W ?? 0.5),
      x: FEATURES.map((n) => cand.features[n]),
      c: cand,
    });
  }
}

// ---- logistic regression, L2, balanced classes
function fitWeights(train: Row[]): number[] {
  const d = FEATURES.length;
  const wts = new Array(d).fill(0);
  const pos = train.filter((r) => r.y === 1).reduce((s, r) => s + r.w, 0);
  const neg = train.filter((r) => r.y === 0).reduce((s, r) => s + r.w, 0);
  const lambda = Number(process.env.LAMBDA ?? 0.002);
  for (let it = 0; it < 4000; it++) {
    const g = new Array(d).fill(0);
    for (const r of train) {
      let z = 0;
      for (let j = 0; j < d; j++) z += wts[j] * (r.x[j] ?? 0);
      const p = 1 / (1 + Math.exp(-z));
      const cw = r.w * (r.y ? 0.5 / pos : 0.5 / neg);
      for (let j = 0; j < d; j++) g[j] += cw * (p - r.y) * (r.x[j] ?? 0);
    }
    for (let j = 1; j < d; j++) g[j] += lambda * wts[j];
    for (let j = 0; j < d; j++) wts[j] -= 2 * g[j];
  }
  return wts;
}
const asWeights = (w: number[]) => Object.fromEntries(FEATURES.map((n, j) => [n, Number((w[j] ?? 0).toFixed(2))]));

/** Per page: the best line's probability, and whether that line names the labelled source. */
function pageScores(ids: Set<string>, w: Record<string, number>) {
  const best = new Map<string, { p: number; right: boolean }>();
  for (const r of rows) {
    if (!ids.has(r.page)) continue;
    const p = shapeProbability(r.c.features, w);
    const b = best.get(r.page);
    if (!b || p > b.p) best.set(r.page, { p, right: r.y === 1 });
  }
  return best;
}

// 5-fold cross-validation by page (dev and synthetic pages alike), then the threshold's effect on held-back folds.
const ids = pages.map((p) => p.id);
const fold = new Map(ids.map((id, i) => [id, i % 5]));
const cv = new Map<string, { p: number; right: boolean }>();
for (let k = 0; k < 5; k++) {
  const w = asWeights(fitWeights(rows.filter((r) => fold.get(r.page) !== k)));
  const test = new Set(ids.filter((id) => fold.get(id) === k));
  for (const [id, s] of pageScores(test, w)) cv.set(id, s);
}
function table(scores: Map<string, { p: number; right: boolean }>, label: string) {
  console.log(label);
  for (const t of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9]) {
    const cols: string[] = [];
    for (const synthetic of [false, true]) {
      const set = pages.filter((p) => p.synthetic === synthetic);
      const copies = set.filter((p) => !p.clean);
      const cleans = set.filter((p) => p.clean);
      const hit = copies.filter((p) => (scores.get(p.id)?.p ?? 0) >= t).length;
      const right = copies.filter((p) => (scores.get(p.id)?.p ?? 0) >= t && scores.get(p.id)?.right).length;
      const fp = cleans.filter((p) => (scores.get(p.id)?.p ?? 0) >= t).length;
      cols.push(
        `${synthetic ? 'synthetic' : 'dev'}: copies ${hit}/${copies.length} (right ${right}), non-copies flagged ${fp}/${cleans.length}`,
      );
    }
    console.log(`  p >= ${t.toFixed(1)}  ${cols.join('   ')}`);
  }
}
console.log(`lines: ${rows.length} (${rows.filter((r) => r.y).length} positive) on ${pages.length} pages`);
table(cv, 'cross-validated (5 folds by page):');
const all = asWeights(fitWeights(rows));
table(pageScores(new Set(ids), all), 'fitted on everything (in-sample):');
console.log(JSON.stringify(all));
if (write) {
  const file = path.join(root, 'src', 'core', 'data', 'sourceShapeModel.ts');
  const src = fs.readFileSync(file, 'utf8');
  const body = FEATURES.map((n) => `  ${n}: ${all[n]},`).join('\n');
  fs.writeFileSync(
    file,
    src.replace(/(SHAPE_WEIGHTS: Readonly<Record<FeatureName, number>> = \{\n)[\s\S]*?(\n\};)/u, `$1${body}$2`),
  );
  console.log(`weights written to ${path.relative(root, file)}`);
}
if (process.argv.includes('--lines')) {
  const devPos = new Set(rows.filter((r) => r.y && !r.page.startsWith('synthetic')).map((r) => r.page));
  console.log(`dev copies with a line naming their source: ${devPos.size}`);
  const dev = rows.filter((r) => !r.page.startsWith('synthetic'));
  for (const r of dev.sort((a, b) => shapeProbability(b.c.features, all) - shapeProbability(a.c.features, all)))
    console.log(
      `${r.y ? 'POS' : 'neg'} ${shapeProbability(r.c.features, all).toFixed(2)} ${r.page} ${JSON.stringify(r.c.line.slice(0, 90))} -> ${r.c.claim.value.slice(0, 50)} [${FEATURES.filter((n) => r.c.features[n] && n !== 'bias').join(',')}]`,
    );
}
