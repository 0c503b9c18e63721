/**
 * The JSON report: what core produces for one page, and what the messages, storage, popup, CLI and fixtures share.
 * Everything here is plain data (JSON-serialisable); strings that came from a page are capped when they are made.
 * The field names the corpus scorer reads (`verdict`, `original.url`, `claimedSource`, `credits.authors`,
 * `signals[].kind`) are part of the public format: keep them.
 */

/**
 * 2: a page that could not be checked has the verdict `unchecked` (schema 1 called it `clean` with the reason
 * `check-failed`, which a reader or a batch export took for "no signs of copying"). `readReport` upgrades old reports.
 */
export const REPORT_SCHEMA = 2;

/** `unchecked`: the page itself could not be read or checked; `errors` says why. It claims nothing about copying. */
export type Verdict = 'copy' | 'suspected' | 'clean' | 'unchecked';
export const VERDICTS: readonly Verdict[] = ['copy', 'suspected', 'clean', 'unchecked'];

/** How the verdict is known: verified by comparing texts, claimed by the page, only suspicious signals, or nothing. */
export type Trust = 'verified' | 'claimed' | 'signals' | 'none';

export const SIGNAL_KINDS = [
  'spam-footer',
  'source-line',
  'feed-footer',
  'canonical',
  'syndication-meta',
  'hotlinked-media',
  'text-match',
  'slug-match',
  'seen-before',
  'obfuscated-text',
  'mis-decoded-text',
  'wire-dateline',
  'read-more',
  'copied-boilerplate',
] as const;
export type SignalKind = (typeof SIGNAL_KINDS)[number];

/** Where on the page a finding sits, as a code the UI words in the reader's language. */
export const SIGNAL_PLACES = [
  'article-top',
  'article-end',
  'after-article',
  'footer',
  'page',
  'head',
  'images',
  'address',
  'history',
  'text',
] as const;
export type SignalPlace = (typeof SIGNAL_PLACES)[number];

/** One piece of evidence, with the exact text or attribute that proves it so the UI can quote it. */
export interface Signal {
  kind: SignalKind;
  /** The exact page text or attribute value (capped), e.g. "Nguồn thông tin : https://….html." */
  quote: string;
  /** Where it was found, in technical English for the CLI and exports: "footer link, hidden with display:none", "<link rel=canonical>". */
  where?: string;
  /** Where it was found, for the UI to put in words. */
  place?: SignalPlace;
  /** The technique that hid it from readers ("display:none", "off-screen"), when it was hidden. */
  hiddenBy?: string;
  /** What it points at, if anything: a URL, a publisher name or a host. */
  target?: string;
  /** 0..1: how strongly this alone suggests a republication. */
  strength: number;
}

/** A source that the page itself names (URL, publisher name or host), before any verification. */
export interface Claim {
  /** URL (trailing punctuation stripped), publisher name, or host name. */
  value: string;
  type: 'url' | 'name' | 'host';
  /** The signal kind that carried it. */
  via: SignalKind;
}

export interface ArticleInfo {
  url: string;
  title: string | null;
  /** Publisher name (og:site_name, JSON-LD publisher, or a known name for the host). */
  publisher: string | null;
  /** ISO 8601 date or date-time, when the page states one. */
  published: string | null;
  lang: string | null;
  /** Words in the extracted article text. */
  words: number;
  /** SHA-256 (hex) of the extracted, normalised article text, for exports. */
  textHash: string | null;
}

export interface Passage {
  /** A passage of the copy (capped) that also appears in the original. */
  text: string;
  /** Fraction of its words found in the original. */
  match: number;
}

export interface Overlap {
  /** Share of the copy's words whose shingles appear in the original (containment of copy in original), 0..1. */
  containment: number;
  /** Share of the original's text that the copy carries, 0..1. */
  coverage: number;
  /** Up to a few matched passages, for the evidence view. */
  passages: Passage[];
  /** Paragraphs of the original the copy dropped (count), and of the copy that differ from the original. */
  droppedParagraphs: number;
  alteredParagraphs: number;
}

export interface Credits {
  /** Authors of the original, in readable case with diacritics kept ("Mỹ Linh"). */
  authors: string[];
  photographers: string[];
  agency: string | null;
  /** Who posted the copy ("quoc_vu"), when the copy names a poster. */
  poster: string | null;
}

/** What core tried while looking for the original; shown as evidence and useful when nothing verified. */
export interface CandidateTrace {
  url: string;
  /** How the candidate was found. */
  via:
    | 'claimed-url'
    | 'publisher-feed'
    | 'publisher-sitemap'
    | 'canonical'
    | 'syndication-meta'
    | 'feed-footer'
    | 'hotlink-host'
    | 'slug'
    | 'memory';
  outcome: 'verified' | 'different' | 'unreachable' | 'skipped' | 'self';
  containment?: number;
  error?: string;
}

export interface ReportError {
  code:
    | 'fetch-failed'
    | 'timeout'
    | 'too-large'
    | 'too-complex'
    | 'too-slow'
    | 'blocked-address'
    | 'bad-url'
    | 'parse-failed'
    | 'internal';
  message: string;
  url?: string;
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  url: string;
  /** ISO time of the check (from the Clock port). */
  checkedAt: string;
  verdict: Verdict;
  trust: Trust;
  /** 0..1 */
  confidence: number;
  /** Authorised syndication: canonical to the original and the credit kept. */
  syndicated: boolean;
  /** Machine-readable reasons (i18n keys for the UI), most important first, e.g. "text-verified", "source-claimed". */
  reasons: string[];
  page: ArticleInfo;
  original: (ArticleInfo & { overlap: Overlap }) | null;
  /** What the page itself names as its source (URL, publisher or host), or null. */
  claimedSource: string | null;
  credits: Credits;
  signals: Signal[];
  candidates: CandidateTrace[];
  errors: ReportError[];
}

/** One paragraph of a side-by-side comparison: its text and which character ranges the other side also has. */
export interface ComparedParagraph {
  text: string;
  /** same: (nearly) all of it is in the other text; altered: partly; unique: not in the other text (dropped or added). */
  status: 'same' | 'altered' | 'unique';
  /** [start, end) character ranges of `text` that the other side also carries. */
  spans: [number, number][];
}

/** The copy and the original paragraph by paragraph, for the compare view. Kept beside the report, not inside it. */
export interface Comparison {
  copy: { url: string; title: string | null; paragraphs: ComparedParagraph[] };
  original: { url: string; title: string | null; paragraphs: ComparedParagraph[] };
}

/** What a check returns: the report, and the comparison when an original was fetched. */
export interface CheckResult {
  report: Report;
  comparison: Comparison | null;
}
