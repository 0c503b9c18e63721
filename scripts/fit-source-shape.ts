/**
 * Fits the source-shape model (src/core/data/sourceShapeModel.ts) and says how well it does, honestly:
 *
 *   npx tsx scripts/fit-source-shape.ts            fit, print 5-fold cross-validated figures (folds by page)
 *   npx tsx scripts/fit-source-shape.ts --write    also write the weights fitted on everything
 *
 * The lines (dev pages' and synthetic ones) and the regression are scripts/sourceShapeRows.ts's; test/real/heldout
 * is never read. What a strong tier would do to whole pages: scripts/shape-tier-cv.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FEATURES } from '../src/core/signals/sourceShapeFeatures.ts';
import { shapeProbability } from '../src/core/signals/scoreSourceShape.ts';
import { asWeights, buildRows, fitWeights, foldsOf } from './sourceShapeRows.ts';

const root = path.resolve(import.meta.dirname, '..');
const write = process.argv.includes('--write');
const { rows, pages } = buildRows();

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
const fold = foldsOf(pages);
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
