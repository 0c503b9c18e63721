/**
 * When the check of a page's digest is not the last word: the background then asks the tab for the whole page and
 * checks that. Final on the digest: a page that shows nothing (clean, no signal, no claim, no candidate tried: no
 * source named, no page read earlier with this text, no hot-linked picture), and a copy whose original was fetched
 * and its text found to contain the digest's article (the proof does not depend on what the digest left out),
 * unless that original came from the memory of pages read (which came first is weighed on the whole page).
 * Anything else (suspected, a signal without a verified original) is checked again on the whole page, which may
 * hold the link or line the digest did not.
 */
import type { Report } from '../../core/report.ts';

export function needsFullPage(report: Report): boolean {
  if (report.candidates.some((c) => c.via === 'memory')) return true;
  if (report.verdict === 'copy') return !(report.trust === 'verified' && report.original !== null);
  return (
    report.verdict !== 'clean' ||
    report.signals.length > 0 ||
    report.candidates.length > 0 ||
    report.claimedSource !== null
  );
}
