/**
 * A clipping line with no lead verb: a periodical's name, its date and perhaps where in it the text stood, in the
 * order each language writes them ("The Hindu, 3 May 2019, p. 6", "Article Ouest-France du 4/04/2021", "2019년 5월
 * 3일 한겨레신문 6면", "2019.05.03 联合早报 第6版", "Artikel uit NRC van vr. 3/5/2019:"). Such a line heads or closes a
 * reproduced text; a byline ("Jane Roe, 3 May 2019") or a section's date line is shaped alike, so the name must read
 * as a periodical: known to the publisher tables, in quotes or title marks, ending in a periodical's noun in a script
 * without spaces (each pack's `outletNameEndings`), or a capitalised name with a page, issue or edition mark (each
 * pack's `clippingMarks`). Nothing else may stand on the line: one name, the date and the marks, an article noun
 * (`articleNouns`) or a "from" word (`clippingFroms`) before them.
 *
 * Linear: one line of at most MAX_LINE characters; the date and mark matchers are alternations of literals run a
 * bounded number of times; the name is looked up once.
 */
import { perPackSet } from '../data/lang/packSet.ts';
import { NO_SPACE_SCRIPT_CHAR, phraseAlternation } from '../text/compilePhrases.ts';
import { markSpans, spans } from './clippingMarks.ts';
import { datePieces } from './nameWithoutDate.ts';
import { namedOutlet } from './namedOutlet.ts';

const MAX_LINE = 120;
const MAX_NAME = 60;
const MAX_NAME_WORDS = 5;
/** A date's leftovers in a script without spaces: an era's name or a year's suffix ("주체107(2018)년"). */
const MAX_CJK_LEFTOVER = 2;
const PREFIX = '^[\\s\\-–—*•·>»|\\[(【「『#]*';
const RIGHTS_SIGN = /©|ⓒ|\([cC]\)|(?<![\p{L}])copyright(?![\p{L}])/iu;
const QUOTED = /^[«"“„《『「‹‘'〈]\s*([^"”“»《》』」›’'〈〉\n]{2,80}?)\s*[»"”“》』」›’'〉]$/u;
/** What is left around a name once its date and marks are cut: separators and punctuation, not quote marks. */
const EDGES = /^[\s,;:·•|/()[\]（）–—\-.*…!?✅]+|[\s,;:·•|/()[\]（）–—\-.*…!?✅]+$/gu;

export interface DatedPaper {
  /** The periodical as written (without its date, marks or quotes). */
  name: string;
  /** The line carries a page, issue or edition mark. */
  paged: boolean;
  /** The line opens with an article noun or a "from" word. */
  lead: string;
}

/** Built on first use, per set of packs the page needs (data/lang/packSet.ts); the marks are clippingMarks.ts's. */
const matchers = perPackSet((phrasesOf): { lead: RegExp; endings: RegExp } => {
  const lower = (field: 'articleNouns' | 'clippingFroms') => [...new Set(phrasesOf(field).map((p) => p.toLowerCase()))];
  const nouns = phraseAlternation(lower('articleNouns'));
  const froms = phraseAlternation(lower('clippingFroms'));
  return {
    lead: new RegExp(`${PREFIX}(?:(?:${nouns})(?![\\p{L}\\p{N}])\\s*[:：]?\\s*)?(?:(${froms})\\s+)?`, 'u'),
    endings: new RegExp(`(?:${phraseAlternation(phrasesOf('outletNameEndings'))})$`, 'u'),
  };
});

/** The periodical a lead-less clipping line names, or null when the line is not one. */
export function readDatedPaperLine(text: string): DatedPaper | null {
  const line = (text.split('\n')[0] ?? '').trim();
  // Every date the reader knows has a digit: most lines end here, before any large matcher runs.
  if (!line || line.length > MAX_LINE || !/\d/u.test(line)) return null;
  // "© 2019 Kyodo News": a rights line, the copied boilerplate's evidence (detectCopiedBoilerplate), not a clipping.
  if (RIGHTS_SIGN.test(line)) return null;
  const { date } = datePieces();
  if (!date.test(line)) return null;
  const { lead, endings } = matchers();
  const folded = line.toLowerCase();
  const opening = folded.length === line.length ? lead.exec(folded) : null;
  const opened = line.slice(0, opening?.[0].length ?? 0);
  const body = line.slice(opened.length);
  const dates = spans(date, body);
  if (!dates.length) return null;
  // Most clipping lines are a known paper and its date: the marks (a larger matcher) are read only when those alone
  // leave no periodical.
  const first = paper(cut(body, dates), opening, opened, false, endings);
  if (first) return first;
  const pages = markSpans(body);
  return pages.length ? paper(cut(body, [...dates, ...pages]), opening, opened, true, endings) : null;
}

/** The one piece left, read as a periodical ("uit de Volkskrant": the "from" word may end with the paper's article). */
function paper(
  pieces: string[],
  opening: RegExpExecArray | null,
  opened: string,
  paged: boolean,
  endings: RegExp,
): DatedPaper | null {
  if (pieces.length !== 1) return null;
  const name = pieces[0]!;
  const article = opening?.[1]?.trim().split(/\s+/u).slice(1).pop();
  for (const n of article ? [name, `${article} ${name}`] : [name]) {
    const quoted = QUOTED.exec(n)?.[1]?.trim();
    const value = quoted ?? n;
    if (readsAsName(value) && periodical(value, !!quoted, paged, endings))
      return { name: value, paged, lead: opened.trim() };
  }
  return null;
}

function periodical(name: string, quoted: boolean, paged: boolean, endings: RegExp): boolean {
  // "Issue No. 123, 3 May 2019": the word of a mark left alone is the page's own issue line, no paper.
  if (markWord(name)) return false;
  return (
    quoted ||
    !!namedOutlet(name) ||
    (NO_SPACE_SCRIPT_CHAR.test(name.slice(-1)) && endings.test(name)) ||
    (paged && capitalised(name))
  );
}

/** The name is a mark's word without its number ("Issue", "Seite", "Volume"). */
function markWord(name: string): boolean {
  const span = markSpans(`${name} 1`)[0];
  return !!span && span[0] === 0 && span[1] >= name.length;
}

/**
 * The pieces of `text` left between the spans that are not date glue (punctuation, a joining word, a weekday, a
 * month, a digit, an era's short leftovers in CJK): a clipping line leaves exactly one, its periodical.
 */
function cut(text: string, taken: [number, number][]): string[] {
  const { glueWord } = datePieces();
  const sorted = taken.sort((a, b) => a[0] - b[0]);
  const pieces: string[] = [];
  let at = 0;
  for (const [start, end] of [...sorted, [text.length, text.length] as [number, number]]) {
    // A joining word stands between a name and its date: cut it only on the side where the date is ("Le Monde
    // du …", "… vom Sa."), so the article of "Le Progrès" or "de Volkskrant" stays.
    if (start > at) pieces.push(trimGlue(text.slice(at, start), glueWord, at > 0, start < text.length));
    at = Math.max(at, end);
  }
  return pieces
    .filter((p) => /\p{L}/u.test(p))
    .filter((p) => !(NO_SPACE_SCRIPT_CHAR.test(p) && p.replace(/[^\p{L}]/gu, '').length <= MAX_CJK_LEFTOVER));
}

/** A piece without punctuation at its edges and the joining words next to a date ("du", "vom Sa.", ", sam."). */
function trimGlue(piece: string, glueWord: (word: string) => boolean, dateBefore: boolean, dateAfter: boolean): string {
  const words = piece.split(/\s+/u).filter((w) => w.replace(EDGES, ''));
  // The abbreviation's dot is kept for the test ("za.", "Sa."): only the other edge marks are cut.
  const bare = (w: string) => w.replace(/^[\s,;:·•|/()[\]（）–—\-*…!?]+|[\s,;:·•|/()[\]（）–—\-*…!?]+$/gu, '');
  while (dateAfter && words.length && glueWord(bare(words[words.length - 1]!))) words.pop();
  while (dateBefore && words.length && glueWord(bare(words[0]!))) words.shift();
  return words.join(' ').replace(EDGES, '');
}

function readsAsName(name: string): boolean {
  return (
    name.length <= MAX_NAME &&
    name.split(/\s+/u).length <= MAX_NAME_WORDS &&
    /\p{L}/u.test(name) &&
    !/[.!?。！？]\s|[:：|]/u.test(name) &&
    // "ISSN 1519-7670", "Ano 24 - 1315": a masthead's serial numbers, not a name.
    !/\d{3}|\d\D+\d/u.test(name)
  );
}

/** Every word of the name starts with a capital, a digit or is a short joining word ("Jornal do Commercio"). */
function capitalised(name: string): boolean {
  const words = name.split(/\s+/u);
  return /^[\p{Lu}\p{Lt}\d]/u.test(words[0] ?? '') && words.every((w) => /^[\p{Lu}\p{Lt}\d]/u.test(w) || w.length <= 3);
}
