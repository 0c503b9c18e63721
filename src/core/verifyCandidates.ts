import type { CandidateTrace, Comparison, Overlap, ReportError } from './report.ts';
import type { Ports } from './ports.ts';
import type { Candidate } from './match/findCandidates.ts';
import type { Article } from './text/extractArticle.ts';
import type { PageScan } from './signals/scanPage.ts';
import { loadPage } from './loadPage.ts';
import { extractArticle } from './text/extractArticle.ts';
import { compareTexts, judgeOverlap, type TextSide } from './text/compareTexts.ts';
import { scanPage } from './signals/scanPage.ts';
import { checkpoint } from './checkpoint.ts';
import { sameSite } from './url/siteOf.ts';
import { normalizeUrl, sameUrl } from './url/normalizeUrl.ts';
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

/** This page as compared: its article, and the excerpts it closes with a line pointing elsewhere. */
export interface PageSide {
  url: string;
  article: Article;
  excerpts?: readonly (readonly string[])[];
  /** Excerpts whose closing line links one article by its URL: that article is held to a shorter excerpt's measure. */
  linked?: readonly { url: string; excerpt: readonly string[] }[];
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
  page: PageSide,
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
    const { overlap, comparison, verified } = bestComparison(
      page,
      { url: loaded.url, title: article.title, paragraphs: article.paragraphs },
      [candidate.url, loaded.url],
    );
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

/**
 * The measure for an excerpt whose closing line links the candidate itself (SAME_ARTICLE wants 15 matched words, a
 * two-sentence excerpt; a caption-sized excerpt that names its article by link is held to containment instead).
 */
const LINKED_EXCERPT = { containment: 0.7, minMatchedWords: 6 };

/** Excerpts tried per candidate when the whole page is not contained in it. */
const MAX_EXCERPTS = 3;

/**
 * The page's text compared with a candidate; when the whole page is not contained in it, each excerpt the page
 * closes with a read-more line (the paragraphs above "Read more at …", signals/findReadMore.ts) is: an aggregator's
 * page carries other items, menus and lists around its excerpt, and only the excerpt is in the original. Excerpts
 * are short, so it is their containment in the original that is judged (how much of the original they show is the
 * report's coverage), never their resemblance to the whole original.
 */
function bestComparison(
  page: PageSide,
  original: TextSide,
  fetchedAs: readonly string[],
): { overlap: Overlap; comparison: Comparison; verified: boolean } {
  const lang = page.article.lang ?? undefined;
  const whole = compareTexts(
    { url: page.url, title: page.article.title, paragraphs: page.article.paragraphs },
    original,
    lang,
  );
  // Containment alone would let a caption-sized page "verify"; the judge also wants enough matched words.
  if (judgeOverlap(whole.overlap, whole.matchedWords) === 'same') return { ...whole, verified: true };
  for (const paragraphs of (page.excerpts ?? []).slice(0, MAX_EXCERPTS)) {
    const part = compareTexts({ url: page.url, title: page.article.title, paragraphs }, original, lang);
    if (judgeOverlap(part.overlap, part.matchedWords) === 'same') return { ...part, verified: true };
  }
  // A one-sentence excerpt whose own line links this very article: fewer words are enough, since the page points
  // here itself; they must still be nearly all in it.
  for (const l of (page.linked ?? []).slice(0, MAX_EXCERPTS)) {
    if (!l.excerpt.length || !fetchedAs.some((u) => sameUrl(u, l.url))) continue;
    const part = compareTexts({ url: page.url, title: page.article.title, paragraphs: l.excerpt }, original, lang);
    if (part.overlap.containment >= LINKED_EXCERPT.containment && part.matchedWords >= LINKED_EXCERPT.minMatchedWords)
      return { ...part, verified: true };
  }
  return { ...whole, verified: false };
}
