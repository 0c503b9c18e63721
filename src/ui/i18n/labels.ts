/**
 * Message keys for the report's machine values (signal kinds, how a candidate was found, what became of it, error
 * codes). Typed as complete records so a new kind in the report contract fails the type check until it has words.
 */
import type { CandidateTrace, ReportError, SignalKind, SignalPlace } from '../../core/report.ts';
import type { MessageKey } from '../../extension/i18n/t.ts';
import { EVIDENCE_LABELS } from '../../core/signals/detectorSpecs.ts';

// Derived from the evidence specs (the detector registry's data): a new kind brings its label key with it.
export const SIGNAL_LABEL: Record<SignalKind, MessageKey> = EVIDENCE_LABELS;

export const PLACE_LABEL: Record<SignalPlace, MessageKey> = {
  'article-top': 'placeArticleTop',
  'article-end': 'placeArticleEnd',
  'after-article': 'placeAfterArticle',
  footer: 'placeFooter',
  page: 'placePage',
  head: 'placeHead',
  images: 'placeImages',
  address: 'placeAddress',
  history: 'placeHistory',
  text: 'placeText',
};

export const CANDIDATE_VIA_LABEL: Record<CandidateTrace['via'], MessageKey> = {
  'claimed-url': 'viaClaimedUrl',
  'publisher-feed': 'viaPublisherFeed',
  'publisher-sitemap': 'viaPublisherSitemap',
  canonical: 'viaCanonical',
  'syndication-meta': 'viaSyndicationMeta',
  'feed-footer': 'viaFeedFooter',
  'hotlink-host': 'viaHotlinkHost',
  slug: 'viaSlug',
  memory: 'viaMemory',
};

export const CANDIDATE_OUTCOME_LABEL: Record<CandidateTrace['outcome'], MessageKey> = {
  verified: 'outcomeVerified',
  different: 'outcomeDifferent',
  unreachable: 'outcomeUnreachable',
  skipped: 'outcomeSkipped',
  self: 'outcomeSelf',
};

export const ERROR_LABEL: Record<ReportError['code'], MessageKey> = {
  'fetch-failed': 'errorFetchFailed',
  timeout: 'errorTimeout',
  'too-large': 'errorTooLarge',
  'too-complex': 'errorTooComplex',
  'too-slow': 'errorTooSlow',
  'blocked-address': 'errorBlockedAddress',
  'bad-url': 'errorBadUrl',
  'parse-failed': 'errorParseFailed',
  internal: 'errorInternal',
};

/** A tab error's code (any string from the background) to words; unknown codes get a generic sentence. */
export function errorLabel(code: string | undefined): MessageKey {
  return code !== undefined && code in ERROR_LABEL ? ERROR_LABEL[code as ReportError['code']] : 'errorUnknown';
}
