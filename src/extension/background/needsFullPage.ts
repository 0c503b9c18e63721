/**
 * When the check of a page's digest is not the last word: the background then asks the tab for the whole page and
 * checks that. A digest that shows nothing (clean, no signal, no claim, no candidate tried: no source named, no page
 * read earlier with this text, no hot-linked picture) is final; anything else is checked again on the full page, so
 * a verdict never rests on what the digest left out.
 */
import type { Report } from '../../core/report.ts';

export function needsFullPage(report: Report): boolean {
  return (
    report.verdict !== 'clean' ||
    report.signals.length > 0 ||
    report.candidates.length > 0 ||
    report.claimedSource !== null
  );
}
