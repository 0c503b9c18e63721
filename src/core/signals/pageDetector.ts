/**
 * The contract every page detector keeps: what kind of evidence it reports, where on the page it looks, how the
 * sources it claims rank against other detectors' claims, the message key of its label (its spec, as data in
 * `detectorSpecs.ts`), and `detect()`. The registry (`pageDetectors.ts`) lists them; the scan, the verdict's page kinds, the candidate order and the claimed
 * source are derived from that list, so a new kind of evidence is one new detector and one registry line.
 */
import type { CandidateTrace, Claim, Signal } from '../report.ts';
import type { PageData } from '../page/readPage.ts';
import type { DetectorSpec } from './detectorSpecs.ts';
import type { PageIdentity } from '../page/pageIdentity.ts';

/** Where a detector reads: block text, link targets, the document head, article images, inline scripts. */
export type DetectorLooksAt = 'text' | 'links' | 'head' | 'images' | 'scripts';

export interface DetectorFindings {
  signals: Signal[];
  /** Sources the page names (URLs, publisher names, hosts), best first. */
  claims: Claim[];
  /** Foreign hosts the detector points at (hot-linked image hosts), most relevant first. */
  hosts?: string[];
}

/** How one detector's claims rank; lower comes first. */
export interface ClaimRanks {
  /** Order in which claims are gathered from the scan: when two detectors claim one URL, the earlier keeps it. */
  gathered: number;
  /** Order in which claimed URLs are tried as candidates, with their prior score and how the trace names them. */
  tried: number;
  score: number;
  via: CandidateTrace['via'];
  /** Order in which a claim is shown as "the source this page names" (what readers are told comes first). */
  shown: number;
}

/** What every detector may read besides the page: who the page itself is. */
export interface DetectorContext {
  identity: PageIdentity;
}

export interface PageDetector extends DetectorSpec {
  detect(page: PageData, context: DetectorContext): DetectorFindings;
}
