import type { Comparison, Report } from '../../core/report.ts';

export const EVIDENCE_FORMAT = 'provenance-evidence';
export const EVIDENCE_VERSION = 1;

export interface EvidenceOptions {
  /** ISO time of the export (the check's own time is `report.checkedAt`). */
  exportedAt: string;
  comparison?: Comparison | null;
}

/**
 * The evidence report as JSON: the facts a fact-checker cites up front (time of the check, both URLs, overlap, text
 * hashes), then every finding and candidate, then the full report so nothing is lost. Stable key order.
 */
export function toJsonReport(report: Report, options: EvidenceOptions): string {
  const original = report.original;
  const doc = {
    format: EVIDENCE_FORMAT,
    version: EVIDENCE_VERSION,
    exportedAt: options.exportedAt,
    checkedAt: report.checkedAt,
    verdict: report.verdict,
    trust: report.trust,
    syndicated: report.syndicated,
    confidence: report.confidence,
    page: {
      url: report.url,
      title: report.page.title,
      publisher: report.page.publisher,
      published: report.page.published,
      textHash: report.page.textHash,
    },
    original: original
      ? {
          url: original.url,
          title: original.title,
          publisher: original.publisher,
          published: original.published,
          textHash: original.textHash,
        }
      : null,
    overlap: original
      ? {
          containment: original.overlap.containment,
          coverage: original.overlap.coverage,
          droppedParagraphs: original.overlap.droppedParagraphs,
          alteredParagraphs: original.overlap.alteredParagraphs,
        }
      : null,
    claimedSource: report.claimedSource,
    credits: report.credits,
    findings: report.signals,
    candidates: report.candidates,
    errors: report.errors,
    report,
    ...(options.comparison ? { comparison: options.comparison } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
