/**
 * The training lines of the source-shape model and its fit, shared by scripts/fit-source-shape.ts (the weights) and
 * scripts/shape-tier-cv.ts (what a strong tier would do to whole pages, cross-validated).
 *
 * Lines: every candidate line (sourceShapeFeatures.ts) of test/real/dev's pages that no phrase table reads; a line
 * whose claim is the page's labelled source is a positive, every line of a non-copy a negative, other lines of
 * copies are left out (unlabelled). Synthetic pages add lines whose labels are made-up words of no language (so the
 * model cannot lean on a label it knows) around directory names, foreign URLs, people's names, dates and pictures.
 * test/real/heldout is never read.
 */
import { parseHtmlLinkedom } from '../src/adapters/parseHtmlLinkedom.ts';
import { readPage, type PageData } from '../src/core/page/readPage.ts';
import { pageIdentity } from '../src/core/page/pageIdentity.ts';
import { linksByBlock } from '../src/core/page/linksByBlock.ts';
import { readSourceLine } from '../src/core/signals/readSourceLine.ts';
import { readItemCredits } from '../src/core/signals/readItemCredits.ts';
import { FEATURES, pageCandidates, type ShapeCandidate } from '../src/core/signals/sourceShapeFeatures.ts';
import { ALL_PUBLISHERS } from '../src/core/data/publishers/allPublishers.ts';
import { devPages, type DevCase } from './devPages.ts';
// @ts-expect-error: a plain script without types
import { sameSource } from './real-metrics.mjs';

export interface Row {
  page: string;
  y: number;
  w: number;
  x: number[];
  c: ShapeCandidate;
  data: PageData;
}

export interface FitPage {
  id: string;
  clean: boolean;
  synthetic: boolean;
  case?: DevCase;
  data: PageData;
}

/** The fit's lines of a page: every candidate whose block no phrase table or item credit reads. */
export function candidatesOf(page: PageData): ShapeCandidate[] {
  const identity = pageIdentity({ url: page.url, title: page.title, meta: page.meta, jsonLd: page.jsonLd });
  const read = (b: PageData['blocks'][number]) =>
    !!(!b.inTable && b.text.length <= 400 && readSourceLine(page, b)) || readItemCredits(page, b).length > 0;
  return pageCandidates(page, identity, linksByBlock(page), read, 400);
}

const vector = (c: ShapeCandidate) => FEATURES.map((n) => c.features[n]);

/** The dev pages' lines and the synthetic pages' lines, with the pages they come from. */
export function buildRows(synthWeight = Number(process.env.SYNTH_W ?? 0.5)): { rows: Row[]; pages: FitPage[] } {
  const rows: Row[] = [];
  const pages: FitPage[] = [];
  for (const { case: c, page } of devPages()) {
    const clean = c.expect.verdict === 'clean';
    pages.push({ id: c.id, clean, synthetic: false, case: c, data: page });
    for (const cand of candidatesOf(page)) {
      const pos = !clean && sameSource(c.expect.claimedSource, cand.claim.value, c.aliases ?? []);
      if (!clean && !pos) continue;
      rows.push({ page: c.id, y: pos ? 1 : 0, w: 1, x: vector(cand), c: cand, data: page });
    }
  }
  synthetic(rows, pages, synthWeight);
  return { rows, pages };
}

// ---- synthetic pages: made-up label words (syllables of no language), directory names, people, dates, pictures
const SYL = ['ka', 'lo', 'mi', 'ter', 'vun', 'sa', 'dro', 'pel', 'ix', 'gu', 'nor', 'fe', 'zul', 'ba', 'quo'];
const P = '<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore.</p>';
const SEPS = [': ', ' – ', ' | ', '：'];
const N_SYNTH = 600;

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

function synthetic(rows: Row[], pages: FitPage[], synthWeight: number): void {
  let seed = 7;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)] as T;
  const word = () => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(SYL)).join('');
  const label = () => {
    const w = Array.from({ length: 1 + Math.floor(rand() * 3) }, word).join(' ');
    return w[0]?.toUpperCase() + w.slice(1);
  };
  const cap = (w: string) => (w[0]?.toUpperCase() ?? '') + w.slice(1);
  const person = () => `${cap(word())} ${cap(word())}`;
  const publishers = ALL_PUBLISHERS.filter((p) => p.name.length >= 5 && p.name.length <= 30);
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
    const page = synthPage(line, where, picture);
    pages.push({ id, clean: !positive, synthetic: true, data: page });
    for (const cand of candidatesOf(page)) {
      const pos =
        positive &&
        (cand.claim.value === pub.name ||
          cand.claim.value.startsWith(art.slice(0, 30)) ||
          cand.claim.value === new URL(art).hostname);
      if (positive && !pos) continue;
      rows.push({ page: id, y: pos ? 1 : 0, w: synthWeight, x: vector(cand), c: cand, data: page });
    }
  }
}

/** Logistic regression, L2 (not on the bias, the first column), classes balanced; gradient descent. */
export function fitWeights(train: readonly Pick<Row, 'x' | 'y' | 'w'>[], lambda = Number(process.env.LAMBDA ?? 0.002)) {
  const d = train[0]?.x.length ?? 0;
  const wts = new Array<number>(d).fill(0);
  const pos = train.filter((r) => r.y === 1).reduce((s, r) => s + r.w, 0);
  const neg = train.filter((r) => r.y === 0).reduce((s, r) => s + r.w, 0);
  for (let it = 0; it < 4000; it++) {
    const g = new Array<number>(d).fill(0);
    for (const r of train) {
      let z = 0;
      for (let j = 0; j < d; j++) z += (wts[j] ?? 0) * (r.x[j] ?? 0);
      const p = 1 / (1 + Math.exp(-z));
      const cw = r.w * (r.y ? 0.5 / pos : 0.5 / neg);
      for (let j = 0; j < d; j++) g[j] = (g[j] ?? 0) + cw * (p - r.y) * (r.x[j] ?? 0);
    }
    for (let j = 1; j < d; j++) g[j] = (g[j] ?? 0) + lambda * (wts[j] ?? 0);
    for (let j = 0; j < d; j++) wts[j] = (wts[j] ?? 0) - 2 * (g[j] ?? 0);
  }
  return wts;
}

/** The fitted numbers as the model file writes them (two decimals), by feature name. */
export const asWeights = (w: readonly number[], names: readonly string[] = FEATURES) =>
  Object.fromEntries(names.map((n, j) => [n, Number((w[j] ?? 0).toFixed(2))]));

/** The fold of each page: the i-th page of the list in fold i mod 5 (dev pages first, then synthetic ones). */
export function foldsOf(pages: readonly FitPage[], k = 5): Map<string, number> {
  return new Map(pages.map((p, i) => [p.id, i % k]));
}
