/**
 * What each kind of evidence is, as data: for the page detectors, where they look, how their claims rank and their
 * label; for the kinds found by comparing texts, their label. Kept apart from the detectors' code so the UI can
 * read the labels without bundling the detectors. `pageDetectors.ts` pairs each spec with its `detect()`.
 */
import type { SignalKind } from '../report.ts';
import type { ClaimRanks, DetectorLooksAt } from './pageDetector.ts';

export interface DetectorSpec {
  kind: SignalKind;
  looksAt: readonly DetectorLooksAt[];
  /** Null for a detector that reports evidence but names no source. */
  claims: ClaimRanks | null;
  /** Its signals' target is a source the page names: evidence naming the page itself is dropped. */
  namesSource: boolean;
  /** Message key of the evidence label, present in every UI locale (a meta-test checks it). */
  label: string;
}

/** The page detectors, in the order their signals are reported. */
export const DETECTOR_SPECS = [
  {
    kind: 'spam-footer',
    looksAt: ['text', 'links', 'scripts'],
    claims: null,
    namesSource: false,
    label: 'signalSpamFooter',
  },
  // A visible credit is what the page tells its readers: shown first; but a source line may be loose, so its URL is
  // tried after the machine-readable pointers.
  {
    kind: 'source-line',
    looksAt: ['text', 'links'],
    claims: { gathered: 1, tried: 3, score: 0.9, via: 'claimed-url', shown: 0 },
    namesSource: true,
    label: 'signalSourceLine',
  },
  // The feed footer's title link is the very post.
  {
    kind: 'feed-footer',
    looksAt: ['text', 'links'],
    claims: { gathered: 0, tried: 0, score: 0.95, via: 'feed-footer', shown: 1 },
    namesSource: true,
    label: 'signalFeedFooter',
  },
  {
    kind: 'canonical',
    looksAt: ['head'],
    claims: { gathered: 2, tried: 2, score: 0.9, via: 'canonical', shown: 4 },
    namesSource: true,
    label: 'signalCanonical',
  },
  {
    kind: 'syndication-meta',
    looksAt: ['head'],
    claims: { gathered: 3, tried: 1, score: 0.95, via: 'syndication-meta', shown: 3 },
    namesSource: true,
    label: 'signalSyndicationMeta',
  },
  { kind: 'hotlinked-media', looksAt: ['images'], claims: null, namesSource: true, label: 'signalHotlinkedMedia' },
  // A dateline names an agency or outlet, rarely a URL: its claims are tried last.
  {
    kind: 'wire-dateline',
    looksAt: ['text'],
    claims: { gathered: 4, tried: 4, score: 0.8, via: 'claimed-url', shown: 2 },
    namesSource: true,
    label: 'signalWireDateline',
  },
  // An excerpt's read-more line names the outlet (or links the article) the excerpt was cut from.
  {
    kind: 'read-more',
    looksAt: ['text', 'links'],
    claims: { gathered: 5, tried: 5, score: 0.85, via: 'claimed-url', shown: 5 },
    namesSource: true,
    label: 'signalReadMore',
  },
  // The original's own notice carried along (its rights notice, subscriber notice, promotions) names it, weakly: the
  // outlet is read from a sentence, not from a label, so every other claim comes first.
  {
    kind: 'copied-boilerplate',
    looksAt: ['text'],
    claims: { gathered: 6, tried: 6, score: 0.8, via: 'claimed-url', shown: 6 },
    namesSource: true,
    label: 'signalCopiedBoilerplate',
  },
  { kind: 'obfuscated-text', looksAt: ['text'], claims: null, namesSource: false, label: 'signalObfuscatedText' },
  { kind: 'mis-decoded-text', looksAt: ['text'], claims: null, namesSource: false, label: 'signalMisDecodedText' },
] as const satisfies readonly DetectorSpec[];

export type PageKind = (typeof DETECTOR_SPECS)[number]['kind'];

/** Evidence found by comparing the page with an original or with pages read earlier, not by reading the page. */
export const MATCH_SPECS = [
  { kind: 'text-match', label: 'signalTextMatch' },
  { kind: 'slug-match', label: 'signalSlugMatch' },
  { kind: 'seen-before', label: 'signalSeenBefore' },
] as const satisfies readonly { kind: SignalKind; label: string }[];

type Spec = (typeof DETECTOR_SPECS)[number] | (typeof MATCH_SPECS)[number];

/** The label (message key) of every evidence kind, derived from the specs. */
export const EVIDENCE_LABELS = Object.fromEntries(
  [...DETECTOR_SPECS, ...MATCH_SPECS].map((s) => [s.kind, s.label]),
) as { [K in Spec['kind']]: Extract<Spec, { kind: K }>['label'] };

/** Kinds whose signals name a source: evidence naming the page itself is no evidence. */
export const NAMING_KINDS: ReadonlySet<SignalKind> = new Set(
  (DETECTOR_SPECS as readonly DetectorSpec[]).filter((d) => d.namesSource).map((d) => d.kind),
);

/** Evidence kinds a page states about itself. */
export const PAGE_KINDS: ReadonlySet<SignalKind> = new Set(DETECTOR_SPECS.map((d) => d.kind));

type Claiming = DetectorSpec & { claims: ClaimRanks };
const CLAIMING = (DETECTOR_SPECS as readonly DetectorSpec[]).filter((d): d is Claiming => d.claims !== null);

/** The candidate order of a claimed URL by the kind that claimed it. */
export const CLAIM_ORDER: Readonly<
  Partial<Record<SignalKind, { via: ClaimRanks['via']; score: number; rank: number }>>
> = Object.fromEntries(
  CLAIMING.map((d) => [d.kind, { via: d.claims.via, score: d.claims.score, rank: d.claims.tried }]),
);
/** A claim from no registered detector: tried after all of them. */
export const OTHER_CLAIM = { via: 'claimed-url' as const, score: 0.8, rank: CLAIMING.length };

/** Kinds in the order their claims are gathered from a scan (when two claim one URL, the earlier keeps it). */
export const GATHER_ORDER: readonly SignalKind[] = [...CLAIMING]
  .sort((a, b) => a.claims.gathered - b.claims.gathered)
  .map((d) => d.kind);

/** Kinds in the order their claims are shown as the page's claimed source. */
export const SHOWN_ORDER: readonly SignalKind[] = [...CLAIMING]
  .sort((a, b) => a.claims.shown - b.claims.shown)
  .map((d) => d.kind);
