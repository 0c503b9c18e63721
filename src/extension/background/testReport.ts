/** Builds a minimal Report for the background's tests (not shipped: only test files import it). */
import { REPORT_SCHEMA, type Report } from '../../core/report.ts';

export function testReport(overrides: Partial<Report> = {}): Report {
  return {
    schema: REPORT_SCHEMA,
    url: 'https://copy.example/post-1',
    checkedAt: '2026-01-01T00:00:00.000Z',
    verdict: 'clean',
    trust: 'none',
    confidence: 0,
    syndicated: false,
    reasons: [],
    page: {
      url: 'https://copy.example/post-1',
      title: 'Post',
      publisher: null,
      published: null,
      lang: 'vi',
      words: 300,
      textHash: null,
    },
    original: null,
    claimedSource: null,
    credits: { authors: [], photographers: [], agency: null, poster: null },
    signals: [],
    candidates: [],
    errors: [],
    ...overrides,
  };
}

export const ORIGINAL = {
  url: 'https://orig.example/news/a.html',
  title: 'A',
  publisher: 'Orig',
  published: null,
  lang: 'vi',
  words: 320,
  textHash: null,
  overlap: { containment: 0.95, coverage: 0.9, passages: [], droppedParagraphs: 0, alteredParagraphs: 0 },
};
