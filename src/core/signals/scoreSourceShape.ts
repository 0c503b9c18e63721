/**
 * The source-shape model: each candidate line (sourceShapeFeatures.ts) scored by a logistic regression whose weights
 * were fitted on real pages and synthetic lines (data/sourceShapeModel.ts). A line at or above SHAPE_CLAIM_P is a
 * source line whose claim is tried and verified like any other; a line headed by a label at or above SHAPE_SUSPECT_P,
 * at the article's top and naming an article or a known outlet (data/sourceShapeModel.ts), is strong enough to make
 * the page suspected; so is an outlet alone at the article's edge (edgeOutletLine), which the
 * model, fitted on every headless line of the page, weighs no higher than chance. Lines the phrase tables read are
 * not scored again (the caller skips them).
 */
import type { PageBlock, PageData, PageLink } from '../page/readPage.ts';
import type { PageIdentity } from '../page/pageIdentity.ts';
import {
  SHAPE_CLAIM_P,
  SHAPE_STRONG_PLACES,
  SHAPE_STRONG_VALUES,
  SHAPE_SUSPECT_P,
  SHAPE_WEIGHTS,
} from '../data/sourceShapeModel.ts';
import { FEATURES, type FeatureVector, pageCandidates, type ShapeCandidate } from './sourceShapeFeatures.ts';
import { edgeOutletLine } from './edgeOutletLine.ts';

/** Blocks scored per page: credits sit at the article's edges, and each read is short but not free. */
const MAX_BLOCKS = 400;

export interface ScoredLine extends ShapeCandidate {
  p: number;
  /** Headed by a label, at the top or the end, and probable enough to make the page suspected; or an edge outlet. */
  strong: boolean;
  /** An outlet alone in its own block at the article's edge (edgeOutletLine): strong whatever the model says. */
  outlet: boolean;
}

export function shapeProbability(f: FeatureVector, weights: Readonly<Record<string, number>> = SHAPE_WEIGHTS): number {
  let z = 0;
  for (const n of FEATURES) z += (weights[n] ?? 0) * f[n];
  return 1 / (1 + Math.exp(-z));
}

/** A written URL or host (not a link: a teaser's whole line is its link). */
function addressed(c: ShapeCandidate): boolean {
  return c.features.linked === 0 && c.features.valueArticle + c.features.valueSite + c.features.valueHostName > 0;
}

/** The page's lines the model reads as source lines, most probable first (one per claim). */
export function scoreSourceShapes(
  page: PageData,
  identity: PageIdentity,
  linksOf: ReadonlyMap<number, PageLink[]>,
  skip: (b: PageBlock) => boolean,
  threshold = SHAPE_CLAIM_P,
): ScoredLine[] {
  // Mid-text, a line naming an outlet cites a fact or a picture: only the article's edges (or a page without a
  // main column) are read.
  const scored = pageCandidates(page, identity, linksOf, skip, MAX_BLOCKS)
    .filter((c) => c.features.placeMiddle === 0)
    .map((c) => {
      const p = shapeProbability(c.features);
      // Strong only headed by a label, where scrapers put their credit (SHAPE_STRONG_PLACES: mid-text a labelled name
      // cites a fact or a picture, at the end a link is further reading as often), naming an article or an outlet.
      const placed = SHAPE_STRONG_PLACES.some((n) => c.features[n] === 1);
      const named = SHAPE_STRONG_VALUES.some((n) => c.features[n] === 1);
      const outlet = edgeOutletLine(c);
      return { ...c, p, outlet, strong: outlet || (p >= SHAPE_SUSPECT_P && c.head.length > 0 && placed && named) };
    })
    // Without a label, only a written address is read, or an outlet alone in its own block at the article's edge
    // (edgeOutletLine): elsewhere a name alone is a byline's agency, a section or a caption as often as a source (an
    // agency signing an entry's end is the credit readers' business, readItemCredits).
    .filter((c) => c.outlet || (c.p >= threshold && (c.head.length > 0 || addressed(c))))
    .sort((a, b) => Number(b.outlet) - Number(a.outlet) || b.p - a.p);
  const seen = new Set<string>();
  return scored.filter((c) => {
    const k = c.claim.value.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
