/**
 * The regular expressions that find a read-more line ending an excerpt, built once from every language pack's
 * `readMoreLines` (see data/lang/languagePack.ts): the words before the outlet, the outlet (`@`), the words after it
 * (languages that put the verb last: "@で続きを読む", "@에서 원문 보기"). A line matches at its start (after
 * decorations) or inline, right after the last sentence of a paragraph ("… ends here. Read more at X").
 *
 * Linear time: each regex is sticky, an alternation of literal phrases (text/compilePhrases.ts) followed by one
 * bounded stretch (the outlet, at most OUTLET characters) anchored at the end of the line; it is tried only at the
 * starts startsOf gives (at most MAX_STARTS) of the last TAIL characters of a line.
 */
import { perPackSet } from '../data/lang/packSet.ts';
import { NO_SPACE_SCRIPT_CHAR, phraseAlternation } from '../text/compilePhrases.ts';
import { type FirstWordIndex, indexFirstWords, phrasesAt } from '../text/firstWordIndex.ts';

/** The longest outlet (name, host or URL) a read-more line may end with. */
export const OUTLET = 300;
/** How much of a line's end is searched: a read-more line is short even when it follows a paragraph inline. */
export const TAIL = 400;

// Decorations before a read-more phrase: dashes, arrows, brackets, bullets. The regexes are sticky: they are tried
// only where a line starts or a sentence ends (startsOf), never at every position of the text.
const DECORATIONS = '\\s\\-–—*•·>»›|\\[(【「『#:：/→►▶▸✓';
const START = `[${DECORATIONS}]*`;
const DECORATION = new RegExp(`[${DECORATIONS}]`, 'u');
/** A sentence end, an ellipsis, a closing quote or bracket: an inline read-more line may start after one. */
const SENTENCE_END = /[.!?…。！？»"”’)\]】」』]/gu;
/** Start positions tried per line (a line of the tail is at most TAIL characters). */
const MAX_STARTS = 64;

/** Where a read-more phrase may start in a line: its start, and right after each sentence end (bounded). */
export function startsOf(line: string): number[] {
  const starts = [0];
  for (const m of line.matchAll(SENTENCE_END)) {
    if (starts.length >= MAX_STARTS) break;
    starts.push((m.index ?? 0) + m[0].length);
  }
  return starts;
}
// What may close the line after the outlet or the phrase: a note in brackets ("(subscription may be required)"), a
// "click here" (the link's text, every pack's `clickHere`), then punctuation, arrows, an ellipsis.
const NOTE = '(?:\\s*[(（][^()（）\\n]{1,80}[)）])?';
const closeOf = (clickHere: readonly string[]): string =>
  `${NOTE}(?:[\\s,，.;:：\\-–—]*${phraseAlternation(clickHere)})?[\\s.。!！:：…»›→►▶>)\\]]*$`;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export interface ReadMorePattern {
  /** Groups: 1 the phrase before the outlet, 2 the outlet. */
  re: RegExp;
  /** Words follow the outlet ("auf der @-Seite", "@'de"): the shape itself marks a name, whatever its case. */
  marked: boolean;
  /**
   * The phrases one alternation would hold, split over several regexes (CHUNK_CHARS): patterns of one group are
   * tried together and the longest phrase wins, as it would in the one alternation (sorted longest first).
   */
  group: number;
}

/**
 * The most phrase text one regex takes. Past about 20,000 characters of source V8 no longer compiles a regex to
 * native code and runs it in its bytecode interpreter, where a hostile line ("Continue reading on . . . …") took
 * seconds instead of milliseconds (the read-more test's budget caught it); smaller alternations stay native.
 */
const CHUNK_CHARS = 3000;

/** The phrases in runs of at most CHUNK_CHARS characters, in their order. */
function chunked(phrases: readonly string[]): string[][] {
  const out: string[][] = [];
  let run: string[] = [];
  let size = 0;
  for (const p of phrases) {
    if (run.length && size + p.length > CHUNK_CHARS) {
      out.push(run);
      run = [];
      size = 0;
    }
    run.push(p);
    size += p.length;
  }
  if (run.length) out.push(run);
  return out;
}

/** A phrase side compiled with word bounds where it meets letters of a spaced script (never inside CJK or Thai). */
function side(phrases: readonly string[], boundStart: boolean, boundEnd: boolean): string {
  const alt = phraseAlternation(phrases);
  return `${boundStart ? '(?<![\\p{L}\\p{N}])' : ''}${alt}${boundEnd ? '(?![\\p{L}\\p{N}])' : ''}`;
}

const spacedLetter = (c: string | undefined): boolean =>
  !!c && LETTER_OR_DIGIT.test(c) && !NO_SPACE_SCRIPT_CHAR.test(c);

/**
 * One regex's worth of outlet phrases: the phrases before the outlet of one "after the outlet" part and one way of
 * meeting it (spaced or tight), in runs of at most CHUNK_CHARS. Worked out from all the set's phrases (strings
 * only), so that the regexes built from the few a line could hold keep their groups, order and runs.
 */
interface OutletChunk {
  group: number;
  before: readonly string[];
  tight: boolean;
  /** The regex source after the outlet: the words after it, if any, and the line's close. */
  after: string;
  marked: boolean;
  boundStart: boolean;
}

function outletChunks(phrases: readonly string[], close: string): OutletChunk[] {
  const byAfter = new Map<string, { before: string[]; tight: boolean }[]>();
  for (const p of phrases) {
    const at = p.indexOf('@');
    if (at < 0) continue;
    const before = p.slice(0, at);
    const after = p.slice(at + 1);
    // "ב@" (Hebrew's attached preposition), "@'de" (Turkish suffix): no space between the phrase and the outlet.
    // A phrase ending in a colon ("Ganzer Artikel: @") takes white space or none before the outlet.
    const tightBefore = before.length > 0 && !/[\s:：]$/u.test(before);
    const key = after.trim() ? after : '';
    const list = byAfter.get(key) ?? [];
    list.push({ before: [before.trim()], tight: tightBefore });
    byAfter.set(key, list);
  }
  const out: OutletChunk[] = [];
  let group = 0;
  for (const [after, groups] of byAfter) {
    // Phrases with and without a space before the outlet compile apart: only the spaced ones end on a word bound.
    for (const tight of [false, true]) {
      const all = groups.filter((g) => g.tight === tight).flatMap((g) => g.before);
      if (!all.length) continue;
      group++;
      const tail = after ? `${/^\s/u.test(after) ? '\\s*' : ''}${phraseAlternation([after.trim()])}` : '';
      for (const before of chunked(all)) {
        const first = [...(before[0] ?? '')][0];
        out.push({ group, before, tight, after: `${tail}${close}`, marked: !!after, boundStart: spacedLetter(first) });
      }
    }
  }
  return out;
}

/** The outlet patterns of the chunks, each cut to the phrases `keep` lets through (a chunk left empty is dropped). */
function buildOutletPatterns(chunks: readonly OutletChunk[], keep: (before: string, tight: boolean) => boolean) {
  const out: ReadMorePattern[] = [];
  for (const { group, before, tight, after, marked, boundStart } of chunks) {
    const kept = before.filter((b) => keep(b, tight));
    if (!kept.length) continue;
    const head = side(kept, boundStart, !tight);
    const gap = tight ? '' : '\\s*[:：\\-–—]?\\s*';
    out.push({ re: new RegExp(`${START}(${head})${gap}([^\\n]{1,${OUTLET}}?)${after}`, 'iuy'), marked, group });
  }
  return out;
}

/** Phrases where the outlet comes first ("@에서 원문 보기"): group 1 the outlet, 2 the phrase. */
function buildOutletFirst(phrases: readonly string[], close: string): RegExp | null {
  const after = phrases.filter((p) => p.startsWith('@')).map((p) => p.slice(1));
  if (!after.length) return null;
  return new RegExp(`${START}([^\\n]{1,${OUTLET}}?)\\s*(${phraseAlternation(after)})${close}`, 'iuy');
}

/**
 * Each choice group's options longest first ("{на сайті|на}"): the outlet is whatever follows the phrase, so the
 * phrase must take the longest wording it can before the outlet starts.
 */
function longestChoicesFirst(phrase: string): string {
  return phrase.replace(/\{([^{}]*)\}/gu, (_, inner: string) => {
    const options = inner.split('|');
    return `{${options.sort((a, b) => b.length - a.length).join('|')}}`;
  });
}

export interface ReadMoreMatchers {
  /** Phrases with the outlet after them, or in their middle. */
  outlet: readonly ReadMorePattern[];
  /** Phrases with the outlet before them. */
  outletFirst: RegExp | null;
  /**
   * The bare link text ("Continue reading", "続きを読む"), the whole line or closing a paragraph: group 1 the phrase
   * (null: no such phrase may start there).
   */
  bare: RegExp | null;
}

/** What a set's read-more phrases compile from, worked out once per set without compiling any of them. */
interface ReadMorePlan {
  chunks: readonly OutletChunk[];
  /** The phrases before an outlet, by first word: spaced ones end on a word bound, tight ones run into the outlet. */
  spaced: FirstWordIndex;
  tight: FirstWordIndex;
  /** The bare phrases (no outlet), bounded. */
  bare: FirstWordIndex;
  close: string;
  outletFirst: RegExp | null;
  /** Matchers per subset of phrases a line start could hold. */
  matchers: Map<string, ReadMoreMatchers>;
  /** The matchers of every phrase of the set, built when first asked for. */
  every?: ReadMoreMatchers;
}

const planOf = perPackSet((phrasesOf): ReadMorePlan => {
  const all = phrasesOf('readMoreLines').map(longestChoicesFirst);
  const close = closeOf(phrasesOf('clickHere'));
  const chunks = outletChunks(
    all.filter((p) => !p.startsWith('@')),
    close,
  );
  const befores = (tight: boolean) => [...new Set(chunks.filter((c) => c.tight === tight).flatMap((c) => c.before))];
  return {
    chunks,
    spaced: indexFirstWords(befores(false), true),
    tight: indexFirstWords(befores(true), false),
    bare: indexFirstWords(
      all.filter((p) => !p.includes('@')),
      true,
    ),
    close,
    outletFirst: buildOutletFirst(all, close),
    matchers: new Map(),
  };
});

function matchersOf(
  plan: ReadMorePlan,
  spaced: readonly string[] | null,
  tight: readonly string[] | null,
  bare: readonly string[],
): ReadMoreMatchers {
  const spacedSet = spaced && new Set(spaced);
  const tightSet = tight && new Set(tight);
  return {
    outlet: buildOutletPatterns(plan.chunks, (b, isTight) =>
      isTight ? !tightSet || tightSet.has(b) : !spacedSet || spacedSet.has(b),
    ),
    outletFirst: plan.outletFirst,
    bare: bare.length
      ? new RegExp(`${START}(${phraseAlternation(bare, { bounded: true })})${plan.close}`, 'iuy')
      : null,
  };
}

/** Every matcher of the set's phrases (the active set: every pack outside a scan), for tests and tools. */
export function readMoreMatchers(): ReadMoreMatchers {
  const plan = planOf();
  plan.every ??= matchersOf(plan, null, null, plan.bare.phrases);
  return plan.every;
}

/** Matcher sets kept per pack set: a set's line starts hold a few hundred distinct first words at most. */
const MAX_MATCHERS = 256;

/**
 * The matchers of the phrases that may start where a read-more line starting at `at` of `line` has its first word
 * (after its decorations), built once per such subset; null when none may (most lines): then nothing is compiled.
 * They find exactly what the matchers of every phrase find there.
 */
export function readMoreMatchersAt(line: string, at: number): ReadMoreMatchers | null {
  const plan = planOf();
  let p = at;
  while (p < line.length && DECORATION.test(line[p]!)) p++;
  const spaced = phrasesAt(plan.spaced, line, p);
  const tight = phrasesAt(plan.tight, line, p);
  const bare = phrasesAt(plan.bare, line, p);
  if (!spaced.length && !tight.length && !bare.length && !plan.outletFirst) return null;
  const key = [spaced, tight, bare].map((l) => l.join('\u0000')).join('\u0001');
  let m = plan.matchers.get(key);
  if (!m) {
    if (plan.matchers.size >= MAX_MATCHERS) plan.matchers.delete(plan.matchers.keys().next().value!);
    m = matchersOf(plan, spaced, tight, bare);
    plan.matchers.set(key, m);
  }
  return m;
}
