import { REPORT_SCHEMA, type Report } from '../core/report.ts';
import { toReportError } from '../core/toReportError.ts';

/**
 * The report for a page that could not be checked: verdict `unchecked` with the error, never `clean` (which says "no
 * signs of copying"), so a batch keeps one line per page and says which pages it could not read.
 */
export function errorReport(url: string, error: unknown, now: number): Report {
  return {
    schema: REPORT_SCHEMA,
    url,
    checkedAt: new Date(now).toISOString(),
    verdict: 'unchecked',
    trust: 'none',
    confidence: 0,
    syndicated: false,
    reasons: ['check-failed'],
    page: { url, title: null, publisher: null, published: null, lang: null, words: 0, textHash: null },
    original: null,
    claimedSource: null,
    credits: { authors: [], photographers: [], agency: null, poster: null },
    signals: [],
    candidates: [],
    errors: [toReportError(error, url)],
  };
}
