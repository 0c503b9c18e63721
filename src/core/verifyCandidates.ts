import type { CandidateTrace, Comparison, Overlap, ReportError } from './report.ts';
import type { Ports } from './ports.ts';
import type { Candidate } from './match/findCandidates.ts';
import type { Article } from './text/extractArticle.ts';
import type { PageScan } from './signals/scanPage.ts';
import { loadPage } from './loadPage.ts';
import { extractArticle } from './text/extractArticle.ts';
import { compareTexts, judgeOverlap } from './text/compareTexts.ts';
import { scanPage } from './signals/scanPage.ts';
import { checkpoint } from './checkpoint.ts';
import { sameSite } from './url/siteOf.ts';
import { normalizeUrl } from './url/normalizeUrl.ts';
import { toReportError } from './toReportError.ts';

export interface VerifiedOriginal {
  url: string;
  via: CandidateTrace['via'];
  doc: Document;
  scan: PageScan;
  article: Article;
  overlap: Overlap;
  comparison: Comparison;
}

export interface Verification {
  verified: VerifiedOriginal | null;
  trace: CandidateTrace[];
  errors: ReportError[];
}

/**
 * Fetches candidates in the order given and compares each one's article with this page's, stopping at the first
 * whose text contains this page's text. A candidate on this page's own site is never its original: a site does
 * not copy itself, and an AMP or print version of a page is the same page.
 */
export async function verifyCandidates(
  candidates: AsyncIterable<Candidate>,
  page: { url: string; article: Article },
  ports: Ports,
  limits: { signal?: AbortSignal; maxFetches: number },
): Promise<Verification> {
  const trace: CandidateTrace[] = [];
  const errors: ReportError[] = [];
  const seen = new Set<string>([normalizeUrl(page.url) ?? page.url]);
  let fetches = 0;
  for await (const candidate of candidates) {
    const key = normalizeUrl(candidate.url);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    if (sameSite(candidate.url, page.url)) {
      trace.push({ url: candidate.url, via: candidate.via, outcome: 'self' });
      continue;
    }
    if (fetches >= limits.maxFetches || limits.signal?.aborted) {
      trace.push({ url: candidate.url, via: candidate.via, outcome: 'skipped' });
      continue;
    }
    fetches++;
    let loaded: { url: string; doc: Document };
    try {
      loaded = await loadPage(candidate.url, ports, limits.signal);
    } catch (error) {
      const reportError = toReportError(error, candidate.url);
      errors.push(reportError);
      trace.push({ url: candidate.url, via: candidate.via, outcome: 'unreachable', error: reportError.message });
      continue;
    }
    if (sameSite(loaded.url, page.url)) {
      trace.push({ url: candidate.url, via: candidate.via, outcome: 'self' });
      continue;
    }
    await checkpoint(ports, limits.signal);
    const article = extractArticle(loaded.doc, loaded.url);
    await checkpoint(ports, limits.signal);
    const { overlap, comparison, matchedWords } = compareTexts(
      { url: page.url, title: page.article.title, paragraphs: page.article.paragraphs },
      { url: loaded.url, title: article.title, paragraphs: article.paragraphs },
      page.article.lang ?? undefined,
    );
    // Containment alone would let a caption-sized page "verify"; the judge also wants enough matched words.
    const verified = judgeOverlap(overlap, matchedWords) === 'same';
    trace.push({
      url: candidate.url,
      via: candidate.via,
      outcome: verified ? 'verified' : 'different',
      containment: round(overlap.containment),
    });
    if (verified) {
      return {
        verified: {
          url: loaded.url,
          via: candidate.via,
          doc: loaded.doc,
          scan: scanPage(loaded.doc, loaded.url),
          article,
          overlap,
          comparison,
        },
        trace,
        errors,
      };
    }
  }
  return { verified: null, trace, errors };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
