import { REPORT_SCHEMA, VERDICTS, type Report, type Verdict } from './report.ts';

/**
 * A report read back from storage, a file or another build, as the current schema, or null when it is not a report.
 * Schema 1 had no `unchecked`: a page that could not be checked was `clean` with the reason `check-failed` and its
 * error, so such a report becomes `unchecked` instead of reading as "no signs of copying".
 */
export function readReport(value: unknown): Report | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const r = value as Partial<Omit<Report, 'schema'>> & { schema?: unknown };
  if (typeof r.url !== 'string' || !VERDICTS.includes(r.verdict as Verdict) || typeof r.schema !== 'number')
    return null;
  if (r.schema > REPORT_SCHEMA || r.schema < 1) return null;
  const report = { ...r, schema: REPORT_SCHEMA } as Report;
  if (r.schema === 1 && wasUnchecked(report))
    return { ...report, verdict: 'unchecked', trust: 'none', confidence: 0, syndicated: false };
  return report;
}

/** Exactly what schema 1 wrote for a page it could not check. */
function wasUnchecked(report: Report): boolean {
  return report.verdict === 'clean' && Array.isArray(report.reasons) && report.reasons.includes('check-failed');
}
