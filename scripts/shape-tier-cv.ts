/**
 * What a strong tier of the source-shape model would do to whole pages, measured by 5-fold cross-validation over
 * test/real/dev (folds by page, the fit's folds): for each fold the model is fitted on the other four (and the
 * synthetic lines), and each held-out dev page's lines as the engine reads them (its phrase readers' blocks left out)
 * are scored; a line at or above the threshold that meets the tier's conditions makes the page suspected, its claim
 * the claimed source unless the engine already showed one. Added to the engine's own outcome on the page (a report
 * of `npm run real -- --set dev`, test-results/real-dev-reports.jsonl or --reports), this gives the page-level
 * detected / read-right / flagged rates a tier would reach on pages its weights never saw.
 *
 *   npx tsx scripts/shape-tier-cv.ts [--reports <file.jsonl>] [--features]
 *
 * --features also compares extra language-free features (position from the end, punctuation, capitalised runs,
 * links to other hosts, distance to the article body…) by their cross-validated line log-loss and page outcome.
 * test/real/heldout is never read.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PageBlock, PageData } from '../src/core/page/readPage.ts';
import { pageIdentity } from '../src/core/page/pageIdentity.ts';
import { linksByBlock } from '../src/core/page/linksByBlock.ts';
import { siteOf } from '../src/core/url/siteOf.ts';
import { hostOf } from '../src/core/url/hostOf.ts';
import { readSourceLine } from '../src/core/signals/readSourceLine.ts';
import { readItemCredits } from '../src/core/signals/readItemCredits.ts';
import { readOriginNotes } from '../src/core/signals/readOriginNote.ts';
import { readPastedAddresses } from '../src/core/signals/readPastedAddress.ts';
import { readLeadCredits } from '../src/core/signals/readLeadCredit.ts';
import { findReadMore } from '../src/core/signals/findReadMore.ts';
import { edgeOutletLine } from '../src/core/signals/edgeOutletLine.ts';
import { FEATURES, pageCandidates, type ShapeCandidate } from '../src/core/signals/sourceShapeFeatures.ts';
import { SHAPE_WEIGHTS } from '../src/core/data/sourceShapeModel.ts';
import { buildRows, fitWeights, foldsOf, type FitPage, type Row } from './sourceShapeRows.ts';
// @ts-expect-error: a plain script without types
import { normUrl, sameSource } from './real-metrics.mjs';

const root = path.resolve(import.meta.dirname, '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const reportsFile = path.resolve(root, arg('--reports') ?? path.join('test-results', 'real-dev-reports.jsonl'));

// ---- extra language-free features, computed from the candidate and its page
const content = new WeakMap<PageData, PageBlock[]>();
function contentBlocks(page: PageData): PageBlock[] {
  let c = content.get(page);
  if (!c) {
    c = page.blocks.filter((b) => !b.hidden && !b.region && b.text.trim().length > 0);
    content.set(page, c);
  }
  return c;
}
const lineCounts = new WeakMap<PageData, Map<string, number>>();
function lineCount(page: PageData, line: string): number {
  let m = lineCounts.get(page);
  if (!m) {
    m = new Map();
    for (const b of page.blocks)
      for (const l of new Set(b.text.split('\n').map((x) => x.trim().toLowerCase())))
        if (l) m.set(l, (m.get(l) ?? 0) + 1);
    lineCounts.set(page, m);
  }
  return m.get(line.trim().toLowerCase()) ?? 0;
}
const BODY = 200;

export const EXTRA: Record<string, (c: ShapeCandidate, page: PageData) => number> = {
  fromEnd: (c, page) => {
    const blocks = contentBlocks(page);
    const i = blocks.findIndex((b) => b.index === c.block.index);
    return i < 0 ? 1 : Math.min(blocks.length - 1 - i, 10) / 10;
  },
  lastThree: (c, page) => {
    const blocks = contentBlocks(page);
    const i = blocks.findIndex((b) => b.index === c.block.index);
    return i >= 0 && blocks.length - 1 - i < 3 ? 1 : 0;
  },
  lengthNorm: (c) => Math.min(c.line.length, 160) / 160,
  endsSentence: (c) => (/[.!?。！？]["”»)]?$/u.test(c.line.trim()) ? 1 : 0),
  comma: (c) => (/[,，、;]/u.test(c.line) ? 1 : 0),
  capRun: (c) => {
    let run = 0;
    let best = 0;
    for (const w of c.line.split(/\s+/u)) {
      run = /^\p{Lu}/u.test(w) ? run + 1 : 0;
      best = Math.max(best, run);
    }
    return Math.min(best, 4) / 4;
  },
  otherHostLink: (c, page) =>
    c.block.linkHrefs.some((h) => {
      const s = siteOf(hostOf(h));
      return !!s && s !== page.site;
    }) || /(?:https?:\/\/|www\.)\S/iu.test(c.line)
      ? 1
      : 0,
  labelColon: (c) => (c.head && /^[^:：]{1,60}[:：]/u.test(c.line) ? 1 : 0),
  lineRepeated: (c, page) => (lineCount(page, c.line) >= 2 ? 1 : 0),
  bodyDistance: (c, page) => {
    const blocks = page.blocks;
    let d = 6;
    for (let k = 1; k <= 5 && d === 6; k++) {
      for (const b of [blocks[c.block.index - k], blocks[c.block.index + k]])
        if (b && !b.hidden && !b.region && b.text.length >= BODY) d = k;
    }
    return (d - 1) / 5;
  },
};
const EXTRA_NAMES = Object.keys(EXTRA);

// ---- the engine's lines of a page: what detectSourceLine leaves to the shape model
function engineCandidates(page: PageData): ShapeCandidate[] {
  const identity = pageIdentity({ url: page.url, title: page.title, meta: page.meta, jsonLd: page.jsonLd });
  const read = new Set<number>();
  for (const b of page.blocks) {
    if (b.hidden || b.region || b.inFigure) continue;
    const whole = !b.inTable && b.text.length <= 400;
    if (whole && readSourceLine(page, b)) read.add(b.index);
    else if (readItemCredits(page, b).length) read.add(b.index);
  }
  for (const n of readOriginNotes(page)) read.add(n.block.index);
  for (const a of readPastedAddresses(page)) read.add(a.block.index);
  for (const c of readLeadCredits(page, identity)) if (c.strong) read.add(c.block.index);
  for (const f of findReadMore(page)) read.add(f.block.index);
  return pageCandidates(page, identity, linksByBlock(page), (b) => read.has(b.index), 400);
}

// ---- the engine's outcome per dev page
interface Report {
  url: string;
  verdict: string;
  claimedSource: string | null;
}
const reports = new Map<string, Report>();
for (const l of fs.readFileSync(reportsFile, 'utf8').split('\n'))
  if (l.trim()) {
    const r = JSON.parse(l) as Report;
    reports.set(normUrl(r.url), r);
  }
const flags = (r: Report | undefined) => !!r && (r.verdict === 'copy' || r.verdict === 'suspected');

// ---- tiers
type Cond = (c: ShapeCandidate) => boolean;
const f = (c: ShapeCandidate) => c.features;
const edge: Cond = (c) => f(c).placeTop === 1 || f(c).placeEnd === 1;
const named: Cond = (c) => f(c).valueArticle + f(c).valueAgency + f(c).valuePublisher > 0;
const known: Cond = (c) => f(c).valueAgency + f(c).valuePublisher > 0;
const headed: Cond = (c) => c.head.length > 0;
const TIERS: Record<string, Cond> = {
  'label, edge, article or known outlet (the code, off)': (c) => headed(c) && edge(c) && named(c),
  'label, edge, known outlet': (c) => headed(c) && edge(c) && known(c),
  "label, edge, another site's article": (c) => headed(c) && edge(c) && f(c).valueArticle === 1,
  'label, top, article or known outlet': (c) => headed(c) && f(c).placeTop === 1 && named(c),
  'label, end, article or known outlet': (c) => headed(c) && f(c).placeEnd === 1 && named(c),
  'label, edge, any value but an unknown name': (c) => headed(c) && edge(c) && f(c).valueName === 0,
  'edge, article or known outlet, label or not': (c) => edge(c) && named(c),
};
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

interface Outcome {
  flagged: boolean;
  source: string | null;
}

/** The page's outcome when the tier's best line (if any) counts as strong evidence. */
function withTier(base: Report | undefined, lines: readonly { c: ShapeCandidate; p: number }[], t: number, cond: Cond) {
  const hit = lines
    .filter((l) => !edgeOutletLine(l.c) && l.p >= t && cond(l.c))
    .sort((a, b) => Number(b.c.claim.type === 'url') - Number(a.c.claim.type === 'url') || b.p - a.p)[0];
  const baseOut: Outcome = { flagged: flags(base), source: base?.claimedSource ?? null };
  if (!hit) return baseOut;
  return { flagged: true, source: baseOut.source ?? hit.c.claim.value };
}

function rates(pages: readonly FitPage[], outcome: (p: FitPage) => Outcome) {
  let named = 0;
  let detected = 0;
  let right = 0;
  let clean = 0;
  let flagged = 0;
  for (const p of pages) {
    const o = outcome(p);
    const c = p.case!;
    if (c.expect.verdict === 'clean') {
      clean++;
      if (o.flagged) flagged++;
    } else {
      named++;
      if (o.flagged) detected++;
      if (o.flagged && sameSource(c.expect.claimedSource, o.source, c.aliases ?? [])) right++;
    }
  }
  return { named, detected, right, clean, flagged };
}
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;

// ---- the experiment
const { rows, pages } = buildRows();
const fold = foldsOf(pages);
const dev = pages.filter((p) => !p.synthetic);
const lines = new Map(dev.map((p) => [p.id, engineCandidates(p.data)]));

function xOf(c: ShapeCandidate, page: PageData, extras: readonly string[]): number[] {
  return [...FEATURES.map((n) => c.features[n]), ...extras.map((n) => EXTRA[n]!(c, page))];
}
const prob = (w: readonly number[], x: readonly number[]) =>
  1 / (1 + Math.exp(-x.reduce((z, v, j) => z + v * (w[j] ?? 0), 0)));

/** Cross-validated probabilities of every dev page's engine lines, and the line log-loss of the held-out rows. */
function crossValidate(extras: readonly string[]) {
  const xs = new Map<Row, number[]>(rows.map((r) => [r, xOf(r.c, r.data, extras)]));
  const scored = new Map<string, { c: ShapeCandidate; p: number }[]>();
  let loss = 0;
  let n = 0;
  for (let k = 0; k < 5; k++) {
    const train = rows.filter((r) => fold.get(r.page) !== k).map((r) => ({ x: xs.get(r)!, y: r.y, w: r.w }));
    const w = fitWeights(train);
    for (const r of rows)
      if (fold.get(r.page) === k && !r.page.startsWith('synthetic')) {
        const p = Math.min(Math.max(prob(w, xs.get(r)!), 1e-6), 1 - 1e-6);
        loss -= r.y ? Math.log(p) : Math.log(1 - p);
        n++;
      }
    for (const p of dev)
      if (fold.get(p.id) === k)
        scored.set(
          p.id,
          (lines.get(p.id) ?? [])
            .filter((c) => c.features.placeMiddle === 0)
            .map((c) => ({ c, p: prob(w, xOf(c, p.data, extras)) })),
        );
  }
  return { scored, loss: loss / n };
}

const base = rates(dev, (p) => {
  const r = reports.get(normUrl(p.case!.url));
  return { flagged: flags(r), source: r?.claimedSource ?? null };
});
console.log(
  `engine now (dev, from ${path.relative(root, reportsFile)}): detected ${pct(base.detected, base.named)} (${base.detected}/${base.named}), read right ${pct(base.right, base.named)} (${base.right}), flagged ${pct(base.flagged, base.clean)} (${base.flagged}/${base.clean})`,
);

function tierTable(label: string, scored: Map<string, { c: ShapeCandidate; p: number }[]>) {
  console.log(`\n${label}`);
  console.log('tier | t | detected | read right | flagged | +detected +right +flagged');
  for (const [name, cond] of Object.entries(TIERS))
    for (const t of THRESHOLDS) {
      const r = rates(dev, (p) => withTier(reports.get(normUrl(p.case!.url)), scored.get(p.id) ?? [], t, cond));
      console.log(
        `${name} | ${t} | ${pct(r.detected, r.named)} | ${pct(r.right, r.named)} | ${pct(r.flagged, r.clean)} | +${r.detected - base.detected} +${r.right - base.right} +${r.flagged - base.flagged}`,
      );
    }
}

const cv = crossValidate([]);
console.log(`\nline log-loss (CV, dev rows): ${cv.loss.toFixed(3)}`);
tierTable('cross-validated (5 folds by page), the model features:', cv.scored);

// The committed weights on every page (in-sample: they were fitted on these pages).
const committed = new Map(
  dev.map((p) => [
    p.id,
    (lines.get(p.id) ?? [])
      .filter((c) => c.features.placeMiddle === 0)
      .map((c) => ({
        c,
        p: prob(
          FEATURES.map((n) => SHAPE_WEIGHTS[n]),
          FEATURES.map((n) => c.features[n]),
        ),
      })),
  ]),
);
tierTable('the committed weights (in-sample, for comparison):', committed);

if (process.argv.includes('--features')) {
  console.log(
    '\nextra features, one at a time and all together: CV line log-loss (dev rows), then the page outcome of the tiers "label, top, article or known outlet" (L) and "edge, article or known outlet, label or not" (A):',
  );
  const tiers = [TIERS['label, top, article or known outlet']!, TIERS['edge, article or known outlet, label or not']!];
  for (const extras of [[], ...EXTRA_NAMES.map((n) => [n]), EXTRA_NAMES]) {
    const { scored, loss } = crossValidate(extras);
    const cols = tiers.flatMap((cond, i) =>
      [0.8, 0.9].map((t) => {
        const r = rates(dev, (p) => withTier(reports.get(normUrl(p.case!.url)), scored.get(p.id) ?? [], t, cond));
        return `${i ? 'A' : 'L'} ${t}: +${r.detected - base.detected}/+${r.right - base.right}/+${r.flagged - base.flagged}`;
      }),
    );
    console.log(
      `${(extras.length > 1 ? 'all extras' : (extras[0] ?? 'none')).padEnd(14)} loss ${loss.toFixed(3)} | ${cols.join(' | ')}`,
    );
  }
}

// --list <t>: the pages each tier changes at threshold t (cross-validated), with the line that decides.
const listAt = arg('--list');
if (listAt !== undefined) {
  const t = Number(listAt);
  for (const [name, cond] of Object.entries(TIERS)) {
    console.log(`\n${name}, t ${t}:`);
    for (const p of dev) {
      const r = reports.get(normUrl(p.case!.url));
      const scored = cv.scored.get(p.id) ?? [];
      const o = withTier(r, scored, t, cond);
      if (o.flagged === flags(r) && o.source === (r?.claimedSource ?? null)) continue;
      const c = p.case!;
      const hit = scored.filter((l) => !edgeOutletLine(l.c) && l.p >= t && cond(l.c)).sort((a, b) => b.p - a.p)[0]!;
      const ok =
        c.expect.verdict === 'clean'
          ? 'FLAG'
          : sameSource(c.expect.claimedSource, o.source, c.aliases ?? [])
            ? 'RIGHT'
            : 'det';
      console.log(
        `  ${ok} ${c.id} ${c.kind} p=${hit.p.toFixed(2)} ${JSON.stringify(hit.c.line.slice(0, 80))} -> ${o.source} [${FEATURES.filter((n) => hit.c.features[n] && n !== 'bias').join(',')}]`,
      );
    }
  }
}
