/**
 * What guards a phrase of a language pack: something any text it matches must contain, cheap to look for in a
 * page's words (signals/packsForPage.ts). A letter of a script other than Latin that the phrase writes outside any
 * choice ("theo" has none, "来源" has Han), or a telling word (packGuards.ts) it cannot match without; a choice group
 * guards when each of its choices holds such a word (any of them, then). A phrase with no guard is compiled for
 * every page.
 *
 * A word stands on the page as a whole word where the phrase writes a space or punctuation on both its sides, as the
 * start or the end of a word where only one side is written so, and anywhere inside a word otherwise: at the
 * phrase's own ends (readers bound phrases differently: "Quelle:" may end "Bildquelle:"), next to a mark (`*`, `~`,
 * `…`, and the `@` and `#` readers cut at), a choice whose choices do not all end on a space, or a space that may be
 * absent next to a script written without spaces.
 */
import { NO_SPACE_SCRIPT_CHAR } from '../../text/compilePhrases.ts';
import { foldWord } from './foldWord.ts';
import { scriptOf } from './scriptOf.ts';

/** `run`: a whole run of letters (a month name's: dateWordGuard.ts), digits and marks around it aside. */
export type WordMode = 'whole' | 'run' | 'prefix' | 'suffix' | 'infix';
export interface GuardWord {
  word: string;
  mode: WordMode;
}
/** Any of these words, or a letter of this script. */
export type Guard = { script: string } | { words: readonly GuardWord[] };

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/**
 * The shortest word that guards, by how it must stand: a short word's letters are found inside many words of other
 * languages ("aus" in "because", "til" in "until"), so a phrase guarded by no longer one is left unguarded.
 */
const MIN_LENGTH: Record<WordMode, number> = { whole: 3, run: 3, prefix: 4, suffix: 4, infix: 5 };
const MARKS = new Set(['@', '#', '~', '…', '*']);

type Item = { text: string } | { choices: string[] } | { mark: true };

function itemsOf(phrase: string): Item[] | null {
  const items: Item[] = [];
  let text = '';
  const flush = () => {
    if (text) items.push({ text });
    text = '';
  };
  const chars = [...phrase.normalize('NFC').trim()];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '{') {
      const close = chars.indexOf('}', i);
      if (close < 0) return null;
      flush();
      items.push({
        choices: chars
          .slice(i + 1, close)
          .join('')
          .split('|'),
      });
      i = close;
    } else if (MARKS.has(c)) {
      flush();
      items.push({ mark: true });
    } else text += c;
  }
  flush();
  return items;
}

const isSpace = (c: string): boolean => /\s/u.test(c);

/**
 * Whether a neighbouring item closes a word's side: a run whose character next to the word is punctuation, or a
 * space with a letter of a spaced script (or punctuation) beyond it in that run; a choice whose every choice closes.
 */
function closes(item: Item | undefined, fromStart: boolean): boolean {
  if (!item || 'mark' in item) return false;
  const texts = 'text' in item ? [item.text] : item.choices;
  return texts.every((t) => {
    const chars = fromStart ? [...t] : [...t].reverse();
    const first = chars[0];
    if (first === undefined) return false;
    if (WORD_CHAR.test(first)) return false;
    if (!isSpace(first)) return true;
    const beyond = chars.find((c) => !isSpace(c));
    // Only spaces: what lies beyond them decides; taken as open.
    return beyond !== undefined && !NO_SPACE_SCRIPT_CHAR.test(beyond);
  });
}

/**
 * Whether a folded word, standing so, tells the pack's language: `weak` when it would but for being an everyday word
 * of another language (buildPackGuards.ts), a guard taken only over a script other packs write in too.
 */
export type Telling = (word: string, mode: WordMode) => boolean | 'weak';

/** A guard word found in a phrase; a weak one (see Telling) ranks below every other. */
type Candidate = GuardWord & { weak?: true };

interface Found {
  script: string | null;
  words: Candidate[];
}

/** What stands beyond one edge of a stretch: whether it closes a word right there, and whether it is a choice. */
interface Edge {
  closes: boolean;
  /** A choice (or a run) lies beyond: a space written at the stretch's edge is a space on the page (not a mark's). */
  spaced: boolean;
}

/** The first letter of a script besides Latin (scriptOf's null for the rest): found by one native scan. */
const NOT_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;
const WORDS = /[\p{L}\p{N}\p{M}]+/gu;

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The character (code point) at UTF-16 index k, read from its last unit when stepping back. */
function charAt(text: string, k: number, step: -1 | 1): string {
  if (step === -1 && k > 0 && isLowSurrogate(text.charCodeAt(k))) return text.slice(k - 1, k + 1);
  return String.fromCodePoint(text.codePointAt(k)!);
}

/**
 * The telling words of one stretch of text, with how each must stand on the page; its first script besides Latin.
 * Words and script are found by the regex engine's own scans, not letter by letter: this runs on every phrase of
 * every pack once per engine start (packGuards.ts), on the first page's time.
 */
function found(text: string, start: Edge, end: Edge, telling: Telling): Found {
  const other = NOT_LATIN.exec(text);
  const script = other ? scriptOf(other[0]) : null;
  const words: Candidate[] = [];
  const side = (at: number, step: -1 | 1, edge: Edge): boolean => {
    let k = at;
    // White space is all in the Basic Multilingual Plane: one UTF-16 unit a character.
    while (k >= 0 && k < text.length && isSpace(text[k]!)) k += step;
    if (k < 0 || k >= text.length) return k === at ? edge.closes : edge.spaced;
    const c = charAt(text, k, step);
    // Punctuation closes; a space closes unless a letter written without spaces lies beyond it.
    return k !== at ? !NO_SPACE_SCRIPT_CHAR.test(c) : !WORD_CHAR.test(c);
  };
  for (const m of text.matchAll(WORDS)) {
    const word = foldWord(m[0]);
    if (NO_SPACE_SCRIPT_CHAR.test(word)) continue;
    const left = side(m.index - 1, -1, start);
    const right = side(m.index + m[0].length, 1, end);
    const mode: WordMode = left ? (right ? 'whole' : 'prefix') : right ? 'suffix' : 'infix';
    if ([...word].length < MIN_LENGTH[mode]) continue;
    const tells = telling(word, mode);
    if (tells) words.push(tells === 'weak' ? { word, mode, weak: true } : { word, mode });
  }
  return { script, words };
}

const MODE_RANK: Record<WordMode, number> = { whole: 3000, run: 3000, prefix: 2000, suffix: 2000, infix: 0 };
const WEAK_RANK = -10_000;
const rank = (w: Candidate): number => (w.weak ? WEAK_RANK : 0) + MODE_RANK[w.mode] + [...w.word].length;
const best = (words: readonly Candidate[]): Candidate => words.reduce((a, b) => (rank(b) > rank(a) ? b : a));
const bare = ({ word, mode }: Candidate): GuardWord => ({ word, mode });

/**
 * The phrase's guard, or null when it has none. `telling` says whether a folded word, standing so, tells the pack's
 * language. Of several guards, a script is taken first, then the word that must stand most wholly, the longest of
 * those. A script in `shared` (one other packs write in too: Cyrillic for Macedonian or Kazakh) is taken last, only
 * when no word guards: every page in that script would otherwise compile the pack. A weak word (everyday in another
 * language) guards only in place of such a script, whose pages include that language's: else the phrase has no guard,
 * and costs every page one phrase rather than costing that language's pages the whole pack.
 */
export function phraseGuard(phrase: string, telling: Telling, shared: ReadonlySet<string> = new Set()): Guard | null {
  const items = itemsOf(phrase);
  if (!items) return null;
  let word: Candidate | null = null;
  let group: Candidate[] | null = null;
  let sharedScript: string | null = null;
  const groupRank = (g: readonly Candidate[]) => Math.min(...g.map(rank));
  for (let k = 0; k < items.length; k++) {
    const item = items[k]!;
    if ('mark' in item) continue;
    const edge = (n: Item | undefined, fromStart: boolean): Edge => ({
      closes: closes(n, fromStart),
      spaced: !!n && !('mark' in n),
    });
    const start = edge(items[k - 1], false);
    const end = edge(items[k + 1], true);
    if ('text' in item) {
      const f = found(item.text, start, end, telling);
      if (f.script && !shared.has(f.script)) return { script: f.script };
      sharedScript ??= f.script;
      if (f.words.length && (!word || rank(best(f.words)) > rank(word))) word = best(f.words);
    } else if (!item.choices.some((c) => !c.trim())) {
      const each = item.choices.map((c) => found(c, start, end, telling));
      const scripts = new Set(each.map((f) => f.script));
      const only = [...scripts][0];
      if (scripts.size === 1 && only) {
        if (!shared.has(only)) return { script: only };
        sharedScript ??= only;
      }
      if (each.every((f) => f.words.length)) {
        const g = each.map((f) => best(f.words));
        if (!group || groupRank(g) > groupRank(group)) group = g;
      }
    }
  }
  const chosen = word && (!group || rank(word) >= groupRank(group)) ? [word] : group;
  if (chosen && (sharedScript || !chosen.some((w) => w.weak))) return { words: chosen.map(bare) };
  return sharedScript ? { script: sharedScript } : null;
}
