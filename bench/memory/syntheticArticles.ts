/**
 * Synthetic news articles for the memory benchmark, deterministic from a seed: a Zipf-distributed vocabulary (so
 * unrelated articles share function words and common phrases, as real news does), sentences of 8–28 words,
 * paragraphs of 2–4 sentences, articles of 8–16 paragraphs; plus the two kinds of copies the memory must trace:
 * paraphrases (~15 % of words altered, paragraphs dropped) and excerpts (one to three consecutive paragraphs).
 */

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VOCABULARY = 40_000;
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'to',
  'vi',
  'pe',
  'da',
  'gor',
  'lin',
  'mar',
  'ste',
  'tru',
  'bel',
  'qua',
  'zen',
  'fi',
  'ho',
];

function makeWord(i: number): string {
  let n = i + 1;
  let w = '';
  do {
    w += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return w;
}

const WORDS: string[] = Array.from({ length: VOCABULARY }, (_, i) => makeWord(i));
// Zipf (s = 1) as a cumulative table, sampled by binary search.
const CUMULATIVE: Float64Array = (() => {
  const c = new Float64Array(VOCABULARY);
  let sum = 0;
  for (let i = 0; i < VOCABULARY; i++) c[i] = sum += 1 / (i + 1);
  for (let i = 0; i < VOCABULARY; i++) c[i] = (c[i] ?? 0) / sum;
  return c;
})();

function zipfWord(r: () => number): string {
  const x = r();
  let lo = 0;
  let hi = VOCABULARY - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((CUMULATIVE[mid] ?? 1) < x) lo = mid + 1;
    else hi = mid;
  }
  return WORDS[lo] ?? 'ka';
}

function int(r: () => number, min: number, max: number): number {
  return min + Math.floor(r() * (max - min + 1));
}

export interface SyntheticArticle {
  url: string;
  title: string;
  publisher: string;
  paragraphs: string[];
}

export function article(seed: number): SyntheticArticle {
  const r = rng(seed * 2654435761);
  // Each article has a few topic words of its own (names, places) that recur, as in real reporting.
  const topic = Array.from({ length: 6 }, () => WORDS[int(r, 2000, VOCABULARY - 1)] ?? 'ka');
  const paragraphs: string[] = [];
  for (let p = int(r, 8, 16); p > 0; p--) {
    const sentences: string[] = [];
    for (let s = int(r, 2, 4); s > 0; s--) {
      const words: string[] = [];
      for (let w = int(r, 8, 28); w > 0; w--)
        words.push(r() < 0.08 ? (topic[int(r, 0, topic.length - 1)] ?? 'ka') : zipfWord(r));
      sentences.push(`${words.join(' ')}.`);
    }
    paragraphs.push(sentences.join(' '));
  }
  const site = `news${seed % 2000}.example`;
  const title = Array.from({ length: int(r, 6, 12) }, () => zipfWord(r)).join(' ');
  return {
    url: `https://www.${site}/${2020 + (seed % 6)}/${(seed % 12) + 1}/${title.split(' ').slice(0, 6).join('-')}-${seed}`,
    title,
    publisher: `News ${seed % 2000}`,
    paragraphs,
  };
}

/** ~15 % of words replaced, each paragraph dropped with probability 0.15 (never all of them). */
export function paraphrase(a: SyntheticArticle, seed: number): string {
  const r = rng(seed ^ 0x5bd1e995);
  let kept = a.paragraphs.filter(() => r() >= 0.15);
  if (kept.length === 0) kept = a.paragraphs.slice(0, 1);
  return kept
    .map((p) =>
      p
        .split(' ')
        .map((w) => (r() < 0.15 ? zipfWord(r) : w))
        .join(' '),
    )
    .join('\n\n');
}

/** One to three consecutive paragraphs, verbatim. */
export function excerpt(a: SyntheticArticle, seed: number): string {
  const r = rng(seed ^ 0x27d4eb2f);
  const n = Math.min(a.paragraphs.length, int(r, 1, 3));
  const from = int(r, 0, a.paragraphs.length - n);
  return a.paragraphs.slice(from, from + n).join('\n\n');
}
