/**
 * The language packs a page needs compiled (data/lang/packSet.ts): English always, the pack of the page's declared
 * language, and every pack whose guards (data/lang/packGuards.ts) the page has: a letter of its script, or one of its
 * telling words inside a word of the page. A pack left out keeps its unguarded phrases; its guarded ones need what
 * the page does not write anywhere, so they would match nothing. The words are read from every string of the page's
 * data (text, head, links, scripts, attributes, URLs decoded, base64 attributes decoded), so no reader sees text the
 * choice missed.
 */
import type { PageData } from '../page/pageData.ts';
import { decodeBase64 } from './decodeBase64.ts';
import { foldWord } from '../data/lang/foldWord.ts';
import { ALWAYS_PACKS } from '../data/lang/alwaysPacks.ts';
import { packSetOf, type PackSet } from '../data/lang/packSet.ts';
import { packGuards } from '../data/lang/packGuards.ts';
import { scriptOf } from '../data/lang/scriptOf.ts';
import { letterRuns } from '../data/lang/dateWordGuard.ts';
import type { GuardWord } from '../data/lang/phraseGuard.ts';

/** Nesting of the page's data walked for strings (PageData is a few levels deep; jsonLd may be deeper). */
const MAX_DEPTH = 12;
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** Letters outside Latin: where a script of its own is told. */
const NOT_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/gu;

function decoded(s: string): string | null {
  if (!s.includes('%')) return null;
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** Every string in the page's data, and the forms readers may decode them to (URL escapes). */
function* stringsOf(value: unknown, depth = 0): Generator<string> {
  if (typeof value === 'string') {
    yield value;
    const d = decoded(value);
    if (d) yield d;
  } else if (value && typeof value === 'object' && depth < MAX_DEPTH) {
    for (const v of Array.isArray(value) ? value : Object.values(value)) yield* stringsOf(v, depth + 1);
  }
}

/** The three-letter stretches of a word ("según": "seg", "egú", "gún"), the word itself when shorter. */
function* trigrams(word: string): Generator<string> {
  const chars = [...word];
  if (chars.length < 3) yield word;
  for (let i = 0; i + 3 <= chars.length; i++) yield chars[i]! + chars[i + 1]! + chars[i + 2]!;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const reversed = (s: string): string => [...s].reverse().join('');

/** What may stand glued before a date's month or weekday name: "1er mars" written "1ermars", "1º", "7日". */
const DATE_PREFIX = /^(?:er|[ºª年月월일日])/u;

/** The page's runs of letters (dateWordGuard.ts), each also without a date's prefix glued before it. */
function runsOf(words: ReadonlySet<string>): Set<string> {
  const runs = new Set<string>();
  for (const w of words)
    for (const run of letterRuns(w)) {
      runs.add(run);
      const glued = DATE_PREFIX.exec(run);
      if (glued) runs.add(run.slice(glued[0].length));
    }
  return runs;
}

/**
 * Whether the page's (folded) words hold a guard word as it must stand: a whole word (a set), the start or the end
 * of one (sorted words, sorted reversed words: a binary search), or inside one (the page's words that hold its
 * rarest three-letter stretch, each read for the whole guard).
 */
function wordIndex(words: ReadonlySet<string>): (w: GuardWord) => boolean {
  let sorted: string[] | null = null;
  let sortedReversed: string[] | null = null;
  let stretches: Map<string, string[]> | null = null;
  let runs: Set<string> | null = null;
  return ({ word, mode }) => {
    if (mode === 'whole') return words.has(word);
    if (mode === 'run') {
      runs ??= runsOf(words);
      return runs.has(word);
    }
    if (mode === 'prefix') {
      sorted ??= [...words].sort();
      return sorted[lowerBound(sorted, word)]?.startsWith(word) ?? false;
    }
    if (mode === 'suffix') {
      sortedReversed ??= [...words].map(reversed).sort();
      const key = reversed(word);
      return sortedReversed[lowerBound(sortedReversed, key)]?.startsWith(key) ?? false;
    }
    if (!stretches) {
      stretches = new Map();
      for (const w of words)
        for (const t of new Set(trigrams(w))) {
          const holders = stretches.get(t);
          if (holders) holders.push(w);
          else stretches.set(t, [w]);
        }
    }
    // The page's words holding the guard's rarest stretch, read for the guard itself: its stretches found in
    // different words ("hen" of "then", "tes" of "notes") are not the word.
    let fewest: string[] | null = null;
    for (const t of trigrams(word)) {
      const holders = stretches.get(t);
      if (!holders) return false;
      if (!fewest || holders.length < fewest.length) fewest = holders;
    }
    return fewest?.some((w) => w.includes(word)) ?? false;
  };
}

/** The packs for a page made of these texts, declared to be in `lang` (a BCP 47 tag) if known. */
export function packsForTexts(texts: Iterable<string>, lang?: string | null): PackSet {
  const words = new Set<string>();
  const scripts = new Set<string>();
  for (const text of texts) {
    for (const form of new Set([text, text.normalize('NFC')])) {
      for (const m of form.matchAll(WORD)) words.add(foldWord(m[0]));
    }
    for (const m of text.matchAll(NOT_LATIN)) {
      const s = scriptOf(m[0]);
      if (s) scripts.add(s);
    }
  }
  const has = wordIndex(words);
  const declared = lang?.toLowerCase().split(/[-_]/u)[0];
  const codes: string[] = [];
  for (const [code, guards] of packGuards()) {
    if (ALWAYS_PACKS.includes(code)) continue;
    if (code === declared || [...guards.scripts].some((s) => scripts.has(s))) codes.push(code);
    else
      for (const w of guards.words)
        if (has(w)) {
          codes.push(code);
          break;
        }
  }
  return packSetOf(codes);
}

export function packsForPage(page: PageData): PackSet {
  const texts = [...stringsOf(page)];
  for (const a of page.encodedAttrs) {
    const d = decodeBase64(a.value);
    if (d) texts.push(d);
  }
  return packsForTexts(texts, page.lang);
}
