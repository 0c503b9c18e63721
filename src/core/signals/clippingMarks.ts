/**
 * Where in a periodical a text stood: the page, issue, edition and section marks each pack writes as
 * `clippingMarks` ("page #", "S#", "nr #", "№#", "第#版", "#면"), `#` where the number stands. Clipping readers use
 * them to cut a paper's name from its issue ("L'Écho n° 1234" names "L'Écho"), to let a credit line end in them after
 * its date ("…, 12 March 2021, p. 5"), and to tell a periodical from a byline (readDatedPaper).
 *
 * Matched without the `i` flag on lower-cased text: a case-insensitive alternation of every pack's marks costs far
 * more to compile, and a line's lower case keeps its length (checked by the callers). Linear: one alternation of
 * literals with bounded numbers, run a bounded number of times.
 */
import { perPackSet } from '../data/lang/packSet.ts';
import { type BoundedSource, factoredAlternation, phraseAlternation } from '../text/compilePhrases.ts';
import { NO_SPACE_SCRIPT_CHAR } from '../text/compilePhrases.ts';

/** A page, issue or section number: "4", "04", "A4", "12-13", "205(994)"; not a year, a time ("17:53") or a decimal. */
const NUMBER = '[A-Za-z]?\\d{1,3}(?:[-–]\\d{1,3}|\\(\\d{1,5}\\))?(?![.:,]?\\d)';
const SPACED_LETTER = /^[\p{L}]/u;
const MAX_SPANS = 8;

/** Built on first use, per set of packs the page needs (data/lang/packSet.ts). */
export const clippingMarkMatcher = perPackSet((phrasesOf): RegExp => {
  const marks = [...new Set(phrasesOf('clippingMarks').map((p) => p.toLowerCase()))];
  // Each word bound written once per run of marks that need it (compilePhrases' factoredAlternation).
  return new RegExp(factoredAlternation(marks.map(markPiece)), 'u');
});

/**
 * One mark as a regex: `#` is the number, glued to the word or after a dot, colon or space ("p. 4", "P:04", "S.3");
 * a mark starting or ending with a letter of a spaced script starts or ends a word.
 */
export function markSource(phrase: string): string {
  const { source, before, after } = markPiece(phrase);
  return `${before ? '(?<![\\p{L}\\p{N}])' : ''}${source}${after ? '(?![\\p{L}\\p{N}])' : ''}`;
}

/** One mark as a piece of an alternation: its regex and whether it starts and ends a word. */
function markPiece(phrase: string): BoundedSource {
  const parts = phrase.trim().split('#');
  const body = parts
    .map((p) => (p.trim() ? phraseAlternation([p.trim()]) : ''))
    .join(`\\s*[:.]?\\s*${NUMBER}\\s*`)
    .replace(/\\s\*$/u, '');
  const first = phrase.trim().charAt(0);
  const last = phrase.trim().slice(-1);
  const before = first === '#' || (SPACED_LETTER.test(first) && !NO_SPACE_SCRIPT_CHAR.test(first));
  const after = last === '#' || (SPACED_LETTER.test(last) && !NO_SPACE_SCRIPT_CHAR.test(last));
  return { source: `(?:${body})`, before, after };
}

/** Where the marks stand in `text`, left to right, at most MAX_SPANS of them; none when lower case changes its length. */
export function markSpans(text: string): [number, number][] {
  const lower = text.toLowerCase();
  return lower.length === text.length ? spans(clippingMarkMatcher(), lower) : [];
}

/** Where a (non-global) regex matches in `text`, left to right, at most MAX_SPANS times. */
export function spans(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  while (out.length < MAX_SPANS && at < text.length) {
    const m = re.exec(text.slice(at));
    if (!m) break;
    const start = at + m.index;
    const end = start + Math.max(1, m[0].length);
    if (m[0]) out.push([start, end]);
    at = end;
  }
  return out;
}
