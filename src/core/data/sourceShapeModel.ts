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
 * suspected. Lines without a head (a name or URL alone, "(NAME)") never do: on test/real/dev their cross-validated
 * precision was no better than chance (forum posts sharing a link, picture credits, agencies named mid-text), while
 * no headed line of a non-copy scored above 0.25. (A narrower headless shape, an outlet the directory knows or another
 * site's address alone in its own block at the article's edge, is read apart from the model: edgeOutletLine.)
 */
// Off (above any probability) in this version: at 0.8 it read one more dev page and one more held-out page right,
// but it also flags an original closing with "<further reading>: <link to another site's article>" (a golden page),
// which its shape cannot tell from a scraper's credit; the model's lines stay weak evidence whose claim is verified.
export const SHAPE_SUSPECT_P = 1.01;
