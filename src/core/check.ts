/**
 * The engine's entry points: a page in, a report out.
 *
 *   scan (cheap, linear: signals and claims)  →  extract the article  →  candidates, best first
 *   →  fetch each and compare the texts until one verifies  →  credits  →  verdict
 *
 * A claim is never trusted on its own: a page is a `copy` only when an original's text was fetched and found to
 * contain this page's text. Claims and signals without a verified original make it `suspected`.
 */
import type { CheckResult, Report, ReportError } from './report.ts';
import { REPORT_SCHEMA } from './report.ts';
import type { Ports } from './ports.ts';
import { scanPage } from './signals/scanPage.ts';
import { withPacks } from './data/lang/packSet.ts';
import { extractArticle } from './text/extractArticle.ts';
import { textToDocument } from './text/textToDocument.ts';
import { parseBounded } from './page/parseBounded.ts';
import { sketch } from './text/sketch.ts';
import { findCandidates } from './match/findCandidates.ts';
import { loadPage } from './loadPage.ts';
import { verifyCandidates, type VerifiedOriginal } from './verifyCandidates.ts';
import { sameUrl } from './url/normalizeUrl.ts';
import { rememberUrl } from './rememberUrl.ts';
import { describePage } from './describePage.ts';
import { decideVerdict } from './decideVerdict.ts';
import { originSignals } from './originSignals.ts';
import { pickClaimedSource, tentativeClaims } from './pickClaimedSource.ts';
import { findCredits } from './credits/findCredits.ts';
import { toReportError } from './toReportError.ts';
import { whichCameFirst, type PageEvidence } from './match/whichCameFirst.ts';
import type { PageScan } from './signals/scanPage.ts';
import type { Article } from './text/extractArticle.ts';
import type { Signal } from './report.ts';
import { sameSite } from './url/siteOf.ts';
import { checkpoint } from './checkpoint.ts';
import { findReadMore } from './signals/findReadMore.ts';
import { findCreditedItems } from './signals/findCreditedItems.ts';
import { findExcerptShape, type ShapeHint } from './signals/findExcerptShape.ts';
import { findLinkedArticles } from './signals/findLinkedArticles.ts';
import { confirmHints } from './signals/confirmHints.ts';
import { isSelf } from './page/pageIdentity.ts';

export interface CheckOptions {
  /** URLs the user read before this page (the corpus's `history`): read and remembered first. */
  history?: string[];
  /** Aborts the fetches of this check (a newer snapshot of the tab, a closed tab). */
  signal?: AbortSignal;
  /** Remember this page in `ports.memory` so a later copy of it can be traced here (default true). */
  remember?: boolean;
  /** Most candidate pages to fetch and compare (default 6). */
  maxCandidates?: number;
}

/** Pages shorter than this are not articles worth remembering. */
const MIN_WORDS_TO_REMEMBER = 80;

/** Fetches the page through the Fetcher port (HTML or a plain-text capture), then checks it. */
export async function checkUrl(url: string, ports: Ports, options: CheckOptions = {}): Promise<CheckResult> {
  const page = await loadPage(url, ports, options.signal);
  await checkpoint(ports, options.signal);
  return checkDocument(page.doc, url, ports, options);
}

/** Checks a page already in hand (the content script's snapshot, a local file). */
export async function checkHtml(
  html: string,
  url: string,
  ports: Ports,
  options: CheckOptions & { contentType?: string } = {},
): Promise<CheckResult> {
  const parse = (markup: string, at: string): Document => parseBounded(ports.parseHtml, markup, at);
  await checkpoint(ports, options.signal);
  const doc = options.contentType === 'text/plain' ? textToDocument(html, url, parse) : parse(html, url);
  await checkpoint(ports, options.signal);
  return checkDocument(doc, url, ports, options);
}

export async function checkDocument(
  doc: Document,
  url: string,
  ports: Ports,
  options: CheckOptions = {},
): Promise<CheckResult> {
  for (const visited of options.history ?? []) await rememberUrl(visited, ports, options.signal);

  const scan = scanPage(doc, url);
  await checkpoint(ports, options.signal);
  const article = extractArticle(doc, url);
  await checkpoint(ports, options.signal);
  const pageSketch = article.words > 0 ? sketch(article.text, article.lang ?? undefined) : null;

  // The excerpts the page closes with a read-more line: recalled and verified by their containment in the original.
  // (With the packs the scan compiled for the page: data/lang/packSet.ts.)
  const readMore = withPacks(scan.packs, () => findReadMore(scan.page));
  // Lines that point elsewhere by their shape, whatever their words: places to look, confirmed only by the original.
  const hints = withPacks(scan.packs, () => shapeHints(scan, readMore.length > 0));
  // Items each credited to their own outlet: each item's text is what its outlet's original must contain.
  const items = withPacks(scan.packs, () => findCreditedItems(scan.page))?.items ?? [];
  const excerpts = [
    ...readMore.map((f) => f.excerpt),
    ...hints.filter((h) => h.excerpt.length).map((h) => h.excerpt),
    ...items.filter((i) => i.excerpt.length).map((i) => i.excerpt),
  ];
  // A line another detector already read (a source line by its shape) keeps its excerpt here; its claim is not
  // tried twice.
  const hintClaims = hints.flatMap((h) => h.claims).filter((c) => !scan.claims.some((k) => k.value === c.value));
  const excerptText = excerpts[0]?.join('\n') ?? '';
  const excerptSketch =
    excerptText && excerptText !== article.text ? sketch(excerptText, article.lang ?? undefined) : null;
  const refused: ReportError[] = [];
  const candidates = findCandidates(
    {
      url,
      title: article.title ?? scan.page.title,
      lang: article.lang ?? scan.page.lang,
      claims: [...scan.claims, ...hintClaims.filter((c) => c.type !== 'name')],
      directoryOnly: hintClaims.filter((c) => c.type === 'name'),
      hotlinkHosts: scan.hotlinkHosts,
      sketch: pageSketch,
      excerptSketch,
    },
    ports,
    { ...(options.signal ? { signal: options.signal } : {}), onRefused: (error) => refused.push(toReportError(error)) },
  );
  const linked = [
    ...readMore.map((f) => ({ claim: f.claim, excerpt: f.excerpt })),
    ...hints.flatMap((h) => h.claims.map((claim) => ({ claim, excerpt: h.excerpt }))),
  ]
    .filter((e) => e.claim.type === 'url' && e.excerpt.length)
    .map((e) => ({ url: e.claim.value, excerpt: e.excerpt }));
  const verification = await verifyCandidates(candidates, { url, article, excerpts, linked }, ports, {
    signal: options.signal,
    maxFetches: options.maxCandidates ?? 6,
  });
  let found = verification.verified;
  // A page read earlier with the same text is not the original just because it was read first (a farm's copy read
  // before the real article would frame it): the evidence decides, and without any the order is left open.
  let sameTextAs: string | null = null;
  if (found?.via === 'memory') {
    const { first } = whichCameFirst(
      await evidenceOf(url, scan, article, ports),
      await evidenceOf(found.url, found.scan, found.article, ports),
    );
    if (first !== 'other') {
      if (first === 'unclear') sameTextAs = found.url;
      found = null;
    }
  }
  await checkpoint(ports, options.signal);

  const confirmed = confirmHints(
    scan.page,
    hints,
    found ? { url: found.url, siteName: found.scan.page.meta.siteName } : null,
    scan.signals,
  );
  const claims = [...scan.claims, ...confirmed.claims];
  const signals = [
    ...scan.signals,
    ...confirmed.signals,
    ...originSignals(url, found, found ? await wasReadBefore(found, pageSketch, ports) : false),
    ...unclearOrderSignals(sameTextAs),
  ];
  const ownCredits = findCredits(doc, article, url);
  // A partner that keeps the original's byline is crediting it: one half of authorised syndication.
  const verdict = decideVerdict({
    signals,
    claims,
    originalUrl: found?.url ?? null,
    originalCoverage: found?.overlap.coverage ?? null,
    bylineKept: found !== null && ownCredits.authors.length > 0,
    sameTextAs,
  });
  // Credits belong to the original when there is one; otherwise to what this page says of itself. "Posted by" names
  // whoever put a copy online; on a page that copies nothing it would only repeat the byline.
  const credits = {
    ...(found ? findCredits(found.doc, found.article, found.url) : ownCredits),
    poster: verdict.verdict === 'clean' ? null : scan.poster,
  };
  const report: Report = {
    schema: REPORT_SCHEMA,
    url,
    checkedAt: new Date(ports.clock.now()).toISOString(),
    verdict: verdict.verdict,
    trust: verdict.trust,
    confidence: verdict.confidence,
    syndicated: verdict.syndicated,
    reasons: verdict.reasons,
    page: await describePage(url, scan.page, article, ports),
    original: found
      ? { ...(await describePage(found.url, found.scan.page, found.article, ports)), overlap: found.overlap }
      : null,
    // A claim only a line read by its shape backs is shown once it led to the original, not before.
    claimedSource: pickClaimedSource(claims, found ? undefined : tentativeClaims(signals)),
    credits,
    signals,
    candidates: verification.trace,
    errors: uniqueErrors([...refused, ...verification.errors]),
  };

  // Only pages that look original are remembered: remembering a copy would let its original, visited later, be
  // taken for a copy of the copy.
  if (
    options.remember !== false &&
    ports.memory &&
    pageSketch &&
    report.verdict === 'clean' &&
    article.words >= MIN_WORDS_TO_REMEMBER
  ) {
    await ports.memory.remember({
      url,
      title: article.title ?? scan.page.title,
      visitedAt: ports.clock.now(),
      sketch: pageSketch,
    });
  }
  return { report, comparison: found?.comparison ?? null };
}

/**
 * Where the page points by the shape of its lines: an excerpt's closing line (when no read-more wording was read)
 * and short lines linking another site's article; the page's own name or site is never one.
 */
function shapeHints(scan: PageScan, readMoreFound: boolean): ShapeHint[] {
  const shape = readMoreFound ? null : findExcerptShape(scan.page);
  const out: ShapeHint[] = [];
  for (const h of [...(shape ? [shape] : []), ...findLinkedArticles(scan.page)]) {
    const known = (v: string) => out.some((o) => o.claims.some((c) => c.value === v));
    // The page's own name or site is the page pointing home ("⇢ <its brand>"), never a source.
    const claims = h.claims.filter((c) => !known(c.value) && !isSelf(scan.identity, c));
    if (claims.length) out.push({ ...h, claims });
  }
  return out;
}

/**
 * The original was read before even when a claim led to it first: the candidate search is lazy and stops at the
 * first verified original, so the memory may never have been asked.
 */
async function wasReadBefore(found: VerifiedOriginal, pageSketch: number[] | null, ports: Ports): Promise<boolean> {
  if (found.via === 'memory' || !ports.memory || !pageSketch) return found.via === 'memory';
  return (await ports.memory.recall(pageSketch, 5)).some((entry) => sameUrl(entry.url, found.url));
}

async function evidenceOf(url: string, scan: PageScan, article: Article, ports: Ports): Promise<PageEvidence> {
  let knownPublisher = false;
  try {
    const host = new URL(url).hostname;
    knownPublisher = ports.directory
      ? (await ports.directory.lookup(host)).some((origin) => sameSite(origin, url))
      : false;
  } catch {
    knownPublisher = false;
  }
  return {
    url,
    published: scan.page.meta.published ?? article.published ?? null,
    signals: scan.signals,
    knownPublisher,
    words: article.words,
  };
}

function unclearOrderSignals(sameTextAs: string | null): Signal[] {
  if (!sameTextAs) return [];
  return [
    {
      kind: 'seen-before',
      quote: sameTextAs,
      where: 'same text as a page you read; which came first is unclear',
      place: 'history',
      target: sameTextAs,
      strength: 0.5,
    },
  ];
}

function uniqueErrors(errors: ReportError[]): ReportError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.code} ${e.url ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
