import type { Claim, Signal, Trust, Verdict } from './report.ts';
import { sameUrl } from './url/normalizeUrl.ts';
import { namedOutlet } from './signals/namedOutlet.ts';
// Evidence kinds that a page states about itself (as opposed to those found by comparing with an original).
import { PAGE_KINDS } from './signals/detectorSpecs.ts';

export interface VerdictInput {
  signals: readonly Signal[];
  claims: readonly Claim[];
  /** The original's URL when its text was fetched and found to contain this page's text. */
  originalUrl: string | null;
  /** Share of the original's text this page carries (report.original.overlap.coverage), when one verified. */
  originalCoverage?: number | null;
  /** This page credits the original's authors in its own byline (a partner that kept the credit). */
  bylineKept: boolean;
  /** A page read earlier with the same text, when no evidence says which of the two came first. */
  sameTextAs?: string | null;
}

export interface VerdictOutput {
  verdict: Verdict;
  trust: Trust;
  confidence: number;
  syndicated: boolean;
  reasons: string[];
}

/** A signal at least this strong makes a page suspected on its own; weaker ones only add to the reasons. */
export const SUSPECT_STRENGTH = 0.5;

/**
 * Below this share of the original carried, a verified copy is an excerpt (an aggregator's one to three paragraphs)
 * rather than a full copy: the report says so with the reason "excerpt" beside how much of the original it shows.
 */
export const EXCERPT_COVERAGE = 0.6;

/** Evidence no licensed partner leaves: a scraper's footer, text disguised against duplicate checks. */
const SCRAPER_KINDS = new Set(['spam-footer', 'obfuscated-text']);

/**
 * The verdict follows the evidence, in this order: a verified original makes a copy (authorised syndication when
 * the page points to that original in its metadata and keeps a credit, and carries no spam); a claim or a strong
 * signal without a verified original makes it suspected; otherwise the page is clean.
 */
export function decideVerdict(input: VerdictInput): VerdictOutput {
  const scraperSigns = input.signals.some((s) => SCRAPER_KINDS.has(s.kind));
  // A wire story credited to its agency at the top ("BERLIN (dpa) –") is licensed syndication, not a scraped copy.
  const agencyCredit =
    !scraperSigns &&
    input.signals.some(
      (s) => s.kind === 'wire-dateline' && s.target !== undefined && namedOutlet(s.target)?.kind === 'agency',
    );
  const pageSignals = input.signals.filter((s) => PAGE_KINDS.has(s.kind));
  const strongest = pageSignals.reduce((max, s) => Math.max(max, s.strength), 0);
  const kinds = [...new Set(pageSignals.filter((s) => s.strength >= SUSPECT_STRENGTH).map((s) => s.kind))];

  if (input.originalUrl) {
    const original = input.originalUrl;
    const match = input.signals.find((s) => s.kind === 'text-match');
    const pointsToOriginal = input.signals.some(
      (s) =>
        (s.kind === 'canonical' || s.kind === 'syndication-meta') &&
        s.target !== undefined &&
        sameUrl(s.target, original),
    );
    const credited = input.bylineKept || input.signals.some((s) => s.kind === 'source-line');
    const spam = input.signals.some((s) => s.kind === 'spam-footer');
    const syndicated = (pointsToOriginal && credited && !spam) || agencyCredit;
    const containment = match?.strength ?? 0;
    return {
      verdict: 'copy',
      trust: 'verified',
      confidence: round(Math.min(0.99, 0.6 + 0.4 * containment)),
      syndicated,
      reasons: [
        'text-verified',
        ...(input.originalCoverage != null && input.originalCoverage < EXCERPT_COVERAGE ? ['excerpt'] : []),
        ...(syndicated ? ['syndicated'] : []),
        ...(agencyCredit ? ['agency-credit'] : []),
        ...kinds,
      ],
    };
  }
  if (input.sameTextAs) {
    // Never a verified copy the wrong way round: the same text as a page read before, order unknown, lower trust.
    return {
      verdict: 'suspected',
      trust: 'signals',
      confidence: 0.4,
      syndicated: false,
      reasons: ['same-text-order-unclear', ...kinds],
    };
  }
  if (kinds.length > 0) {
    const claimed = input.claims.length > 0;
    return {
      verdict: 'suspected',
      trust: claimed ? 'claimed' : 'signals',
      confidence: round(Math.min(0.9, 0.3 + 0.6 * strongest)),
      syndicated: agencyCredit,
      reasons: [
        claimed ? 'source-claimed-unverified' : 'signals-no-source',
        ...(agencyCredit ? ['agency-credit'] : []),
        ...kinds,
      ],
    };
  }
  return {
    verdict: 'clean',
    trust: 'none',
    confidence: round(Math.max(0.5, 0.9 - strongest)),
    syndicated: false,
    reasons: ['no-signals'],
  };
}

const round = (x: number) => Math.round(x * 100) / 100;
