/**
 * Compares a page with a candidate original, word shingle by word shingle and paragraph by paragraph.
 *
 * A word of one side counts as "carried" by the other side when a 3-word shingle around it appears there, or when
 * its paragraph is aligned with a paragraph of the other side (they share shingles) and that paragraph contains the
 * word. The alignment rescues the words next to an altered word in a paraphrase, where every shingle breaks.
 * Containment = carried words of the copy / words of the copy (an excerpt of three paragraphs scores high);
 * coverage = carried words of the original / words of the original (an excerpt scores low).
 * Time is linear in the number of words (hash sets and maps only); both sides are capped.
 */
import type { ComparedParagraph, Comparison, Overlap, Passage } from '../report.ts';
import { shingleHashes, SHINGLE_SIZE } from './shingles.ts';
import { tokenizeWithOffsets, type Token } from './tokenize.ts';

/**
 * What the verdict should call "the same article", measured on the public corpus (copy page vs. its original, and
 * vs. other articles of the original's site): see compareTexts.corpus.test.ts for the distributions.
 */
export const SAME_ARTICLE = {
  // Public corpus (113 copies incl. excerpts, paraphrases, plain text; 134 same-site decoys): true pairs
  // min 0.83, p10 0.95, median 1.0; decoys median 0.01, p90 0.05, max 0.13. The threshold sits between, nearer the
  // decoys so that a harsher paraphrase still verifies.
  /** Containment of the copy in the original at or above which the texts are the same article. */
  containment: 0.45,
  /** And at least this many of the copy's words carried (a two-sentence excerpt still counts; a caption does not). */
  minMatchedWords: 15,
  /** Below this containment the candidate is a different article (between the two: inconclusive). */
  different: 0.25,
} as const;

/** The containment threshold alone, for callers that only compare one number. */
export const SAME_ARTICLE_CONTAINMENT: number = SAME_ARTICLE.containment;

export const COMPARE_LIMITS = {
  maxWords: 30_000,
  maxParagraphs: 2000,
  maxParagraphChars: 20_000,
  passages: 3,
  passageChars: 300,
};

/** Share of a paragraph's words carried by the other side for it to be "same"; below ALTERED it is "unique". */
const SAME_SHARE = 0.9;
const ALTERED_SHARE = 0.5;
/** Shingles two paragraphs must share (count and share of the paragraph's) before one may lend its words to the other. */
const ALIGN_MIN_SHARED = 2;
const ALIGN_MIN_SHARE = 0.2;

export interface TextSide {
  url: string;
  title: string | null;
  paragraphs: readonly string[];
}

interface Para {
  text: string;
  tokens: Token[];
  shingles: number[];
  words: Set<string>;
}

function prepare(paragraphs: readonly string[]): Para[] {
  const out: Para[] = [];
  let words = 0;
  for (const raw of paragraphs.slice(0, COMPARE_LIMITS.maxParagraphs)) {
    if (words >= COMPARE_LIMITS.maxWords) break;
    const text = raw.slice(0, COMPARE_LIMITS.maxParagraphChars);
    // Folded: copies that lost or mangled their accents still match.
    const tokens = tokenizeWithOffsets(text, { fold: true, maxWords: COMPARE_LIMITS.maxWords - words });
    words += tokens.length;
    const list = tokens.map((t) => t.word);
    out.push({ text, tokens, shingles: shingleHashes(list), words: new Set(list) });
  }
  return out;
}

/** Where each shingle of a side first occurs (paragraph index). */
function shingleIndex(paras: Para[]): Map<number, number> {
  const index = new Map<number, number>();
  paras.forEach((p, i) => {
    for (const h of p.shingles) if (!index.has(h)) index.set(h, i);
  });
  return index;
}

/** For each paragraph of `side`, which of its words the other side carries. */
function carried(side: Para[], other: Para[], otherIndex: Map<number, number>): boolean[][] {
  return side.map((p) => {
    const flags = new Array<boolean>(p.tokens.length).fill(false);
    const sharedWith = new Map<number, number>();
    const width = Math.min(p.tokens.length, SHINGLE_SIZE);
    p.shingles.forEach((h, j) => {
      const at = otherIndex.get(h);
      if (at === undefined) return;
      sharedWith.set(at, (sharedWith.get(at) ?? 0) + 1);
      for (let k = j; k < j + width; k++) flags[k] = true;
    });
    let best = -1;
    let bestShared = 0;
    for (const [at, n] of sharedWith) if (n > bestShared) [best, bestShared] = [at, n];
    const partner = other[best];
    if (partner && bestShared >= ALIGN_MIN_SHARED && bestShared >= ALIGN_MIN_SHARE * p.shingles.length) {
      p.tokens.forEach((t, k) => {
        if (partner.words.has(t.word)) flags[k] = true;
      });
    }
    return flags;
  });
}

function spansOf(p: Para, flags: boolean[]): [number, number][] {
  const spans: [number, number][] = [];
  let open: [number, number] | null = null;
  p.tokens.forEach((t, k) => {
    if (!flags[k]) {
      open = null;
      return;
    }
    if (open) open[1] = t.end;
    else {
      open = [t.start, t.end];
      spans.push(open);
    }
  });
  return spans;
}

function share(flags: boolean[]): number {
  if (flags.length === 0) return 0;
  return flags.filter(Boolean).length / flags.length;
}

function statusOf(flags: boolean[]): ComparedParagraph['status'] {
  const s = share(flags);
  if (s >= SAME_SHARE) return 'same';
  if (s >= ALTERED_SHARE && flags.filter(Boolean).length >= 3) return 'altered';
  return 'unique';
}

function totals(flags: boolean[][]): { words: number; carried: number } {
  let words = 0;
  let n = 0;
  for (const f of flags) {
    words += f.length;
    for (const x of f) if (x) n++;
  }
  return { words, carried: n };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function passagesOf(paras: Para[], flags: boolean[][]): Passage[] {
  return paras
    .map((p, i) => ({ p, f: flags[i] ?? [] }))
    .filter(({ f }) => f.length >= 5 && share(f) >= 0.5)
    .sort((a, b) => b.f.filter(Boolean).length - a.f.filter(Boolean).length)
    .slice(0, COMPARE_LIMITS.passages)
    .map(({ p, f }) => ({ text: p.text.slice(0, COMPARE_LIMITS.passageChars), match: round(share(f)) }));
}

export interface CompareResult {
  overlap: Overlap;
  comparison: Comparison;
  /** Copy words carried by the original (absolute), for SAME_ARTICLE.minMatchedWords. */
  matchedWords: number;
}

export function compareTexts(copy: TextSide, original: TextSide, lang?: string): CompareResult {
  void lang; // Tokenisation is script-driven (Intl.Segmenter) and needs no language hint today.
  const c = prepare(copy.paragraphs);
  const o = prepare(original.paragraphs);
  const cFlags = carried(c, o, shingleIndex(o));
  const oFlags = carried(o, c, shingleIndex(c));
  const ct = totals(cFlags);
  const ot = totals(oFlags);
  const side = (paras: Para[], flags: boolean[][]): ComparedParagraph[] =>
    paras.map((p, i) => {
      const f = flags[i] ?? [];
      return { text: p.text, status: statusOf(f), spans: spansOf(p, f) };
    });
  const copyParas = side(c, cFlags);
  const origParas = side(o, oFlags);
  return {
    overlap: {
      containment: ct.words ? round(ct.carried / ct.words) : 0,
      coverage: ot.words ? round(ot.carried / ot.words) : 0,
      passages: passagesOf(c, cFlags),
      droppedParagraphs: origParas.filter((p, i) => p.status === 'unique' && (o[i]?.tokens.length ?? 0) > 0).length,
      alteredParagraphs: copyParas.filter((p) => p.status === 'altered').length,
    },
    comparison: {
      copy: { url: copy.url, title: copy.title, paragraphs: copyParas },
      original: { url: original.url, title: original.title, paragraphs: origParas },
    },
    matchedWords: ct.carried,
  };
}

/** The lead's verdict rule, in one place: same article, different article, or not enough to tell. */
export function judgeOverlap(
  overlap: Pick<Overlap, 'containment'>,
  matchedWords: number,
): 'same' | 'different' | 'inconclusive' {
  if (overlap.containment >= SAME_ARTICLE.containment && matchedWords >= SAME_ARTICLE.minMatchedWords) return 'same';
  if (overlap.containment < SAME_ARTICLE.different) return 'different';
  return 'inconclusive';
}
