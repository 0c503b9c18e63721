/**
 * The registry of page detectors: each spec of `detectorSpecs.ts` paired with its `detect()`. The type requires a
 * detector for every spec; `pageDetectors.test.ts` fails when a kind lacks a detector, a label in a UI locale, or a
 * golden fixture. The scan, the verdict's page kinds, the candidate order of claimed URLs and the claimed source
 * shown are all derived from the specs, so a new kind of evidence is one spec and one detector.
 */
import type { PageData } from '../page/readPage.ts';
import type { DetectorContext, DetectorFindings, PageDetector } from './pageDetector.ts';
import { DETECTOR_SPECS, type PageKind } from './detectorSpecs.ts';
import { detectSpamFooter } from './detectSpamFooter.ts';
import { detectSourceLine } from './detectSourceLine.ts';
import { detectFeedFooter } from './detectFeedFooter.ts';
import { detectCanonical } from './detectCanonical.ts';
import { detectSyndicationMeta } from './detectSyndicationMeta.ts';
import { detectHotlinkedMedia } from './detectHotlinkedMedia.ts';
import { detectWireDateline } from './detectWireDateline.ts';
import { detectTextTricks } from './detectTextTricks.ts';
import { detectReadMore } from './detectReadMore.ts';
import { detectCopiedBoilerplate } from './detectCopiedBoilerplate.ts';
import type { Signal } from '../report.ts';

// One pass finds both text tricks (obfuscation and mis-decoding); each kind's detector reads its own share of it.
const tricksOf = new WeakMap<PageData, Signal[]>();
function textTricks(page: PageData, kind: Signal['kind']): DetectorFindings {
  let all = tricksOf.get(page);
  if (!all) {
    all = detectTextTricks(page);
    tricksOf.set(page, all);
  }
  return { signals: all.filter((s) => s.kind === kind), claims: [] };
}

const DETECT: Record<PageKind, (page: PageData, context: DetectorContext) => DetectorFindings> = {
  'spam-footer': (page) => ({ signals: detectSpamFooter(page), claims: [] }),
  'source-line': detectSourceLine,
  'feed-footer': detectFeedFooter,
  canonical: detectCanonical,
  'syndication-meta': detectSyndicationMeta,
  'hotlinked-media': (page) => {
    const r = detectHotlinkedMedia(page);
    return { signals: r.signals, claims: [], hosts: r.hosts };
  },
  'wire-dateline': (page, { identity }) => detectWireDateline(page, identity),
  'read-more': (page, { identity }) => detectReadMore(page, identity),
  'copied-boilerplate': (page, { identity }) => detectCopiedBoilerplate(page, identity),
  'obfuscated-text': (page) => textTricks(page, 'obfuscated-text'),
  'mis-decoded-text': (page) => textTricks(page, 'mis-decoded-text'),
};

export const PAGE_DETECTORS: readonly PageDetector[] = DETECTOR_SPECS.map((spec) => ({
  ...spec,
  detect: DETECT[spec.kind],
}));
