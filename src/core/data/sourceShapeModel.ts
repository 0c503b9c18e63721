/**
 * The weights of the source-shape model (signals/scoreSourceShape.ts): a logistic regression over the features of
 * signals/sourceShapeFeatures.ts. Numbers only, no words: fitted by `scripts/fit-source-shape.ts` on the lines of
 * test/real/dev (lines that name the labelled source of a republished page are positives, every candidate line of
 * a non-copy is a negative) and on synthetic lines the script generates; never on held-out pages. Regenerate with
 * `npx tsx scripts/fit-source-shape.ts --write` after changing the features.
 */
import type { FeatureName } from '../signals/sourceShapeFeatures.ts';

export const SHAPE_WEIGHTS: Readonly<Record<FeatureName, number>> = {
  bias: 1.21,
  placeTop: 0.36,
  placeEnd: -0.19,
  placeMiddle: -0.12,
  formLabel: -0.09,
  formAlone: -0.53,
  formParen: -0.62,
  formHeading: 1.16,
  formRunIn: 0.09,
  valueArticle: 1.54,
  valueSite: 0.22,
  valueAgency: 0.17,
  valuePublisher: 1.16,
  valueName: -3.27,
  valueHostName: 0.18,
  linked: 0.31,
  headWords: -0.47,
  short: 0.96,
  long: -0.36,
  partOfBlock: 0.18,
  setApart: 0,
  heading: -0.97,
  nearMedia: -2.11,
  copyright: -2.2,
  repeated: 1.32,
  inTitle: 0.27,
  dated: 0.03,
  slashed: -0.73,
  pageStart: 0.02,
  thinPage: -0.66,
};

/** A line whose probability reaches this is read as a source line: weak evidence whose claim is tried. */
export const SHAPE_CLAIM_P = 0.5;

/**
 * A line headed by a label ("<1–4 words>: <value>", "<words> <link>") whose probability reaches this makes the page
 * suspected, when it stands where SHAPE_STRONG_PLACES says and names what SHAPE_STRONG_VALUES says. Lines without a
 * head (a name or URL alone, "(NAME)") never do: under 5-fold cross-validation on test/real/dev (scripts/shape-tier-cv.ts)
 * such a tier flagged picture credits (an agency and a photographer slash-joined, an agency alone in brackets), a page's own brand and commentary quoting an
 * address (+7 flagged non-copies of 306 at 0.5, +3 at 0.9). (A narrower headless shape, an outlet the directory knows
 * or another site's address alone in its own block at the article's edge, is read apart from the model:
 * edgeOutletLine.) Between 0.5 and 0.95 the labelled tier read the same two more dev pages right and flagged none;
 * 0.9 keeps it to lines the model is sure of.
 */
export const SHAPE_SUSPECT_P = 0.9;

/**
 * Where such a line is strong: at the article's top only. At the end, "<label>: <link to another site's article>" is
 * how an original points to further reading (the golden page en-further-reading-other-site-clean); its shape cannot
 * tell it from a scraper's closing credit, and under cross-validation the end added no dev page.
 */
export const SHAPE_STRONG_PLACES: readonly ('placeTop' | 'placeEnd')[] = ['placeTop'];

/**
 * What such a line must name to be strong: another site's article, or an agency or publisher the directory knows. A
 * home page or a bare host after a label is a data source or a partner as often as the original ("<label>: <link to a
 * statistics site's home>" on a dev repost): it is tried, but makes nothing suspected by itself.
 */
export const SHAPE_STRONG_VALUES: readonly ('valueArticle' | 'valueAgency' | 'valuePublisher')[] = [
  'valueArticle',
  'valueAgency',
  'valuePublisher',
];
