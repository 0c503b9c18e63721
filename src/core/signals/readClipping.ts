/**
 * A clipping or citation line: the words saying a text was printed in a periodical, then the periodical and
 * usually its date or page ("Article paru dans Le Monde du 3 mai", "Tribune de X parue dans Le Figaro du …",
 * "Ecco l'articolo pubblicato da X sul Corriere della Sera il giorno …", "译自2016年12月3日《…》周刊"), or a bare
 * "from <paper>, <date>" under a reproduced text ("da “La Stampa”, 8/11/2012", "‘Headline’, copyright O Globo,
 * 29/04/05"). The lead words are each pack's `clippingLeads`, the bare "from" words its `clippingFroms`.
 *
 * A clipping names a periodical, so the name must read as one: dated, in quotes or title marks, or known to the
 * publisher tables; a "from" line needs a date and a periodical's mark (quotes, a known name, a quoted headline
 * before it) because "From Paris, 3 May" is a letter's heading. "Published in <section>" and a date alone name
 * nothing. Where the line sits (top, end, an item's edge) is judged by acceptSourceClaim, as for every credit.
 *
 * Linear: anchored alternations of literals, a bounded headline prefix, the name read from a capped line.
 */
import type { Claim } from '../report.ts';
import type { PageBlock, PageData } from '../page/readPage.ts';
import { perPackSet } from '../data/lang/packSet.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';
import { MEDIA_OR_DATA_LABEL } from '../data/citationContexts.ts';
import { acceptSourceClaim } from './acceptSourceClaim.ts';
import { markSpans } from './clippingMarks.ts';
import { endsWithDate, nameWithoutDate } from './nameWithoutDate.ts';
import { namedOutlet } from './namedOutlet.ts';
import { readCitation } from './readCitation.ts';
import { type DatedPaper, readDatedPaperLine } from './readDatedPaper.ts';
import { readSourceClaim } from './readSourceClaim.ts';
import type { FoundSourceLine } from './readSourceLine.ts';
import type { Place } from './sourceLinePlace.ts';

const MAX_LINE = 400;
/** A periodical's name is short: "The Wall Street Journal Europe", "Frankfurter Allgemeine Sonntagszeitung". */
const MAX_NAME_WORDS = 6;
const MAX_NAME = 80;
/** What may follow a quoted title: "周刊", "weekly", "(Paris)". */
const MAX_AFTER_TITLE = 16;
const TRAILING = /[\s.!?…:;)\]）」』》»”"’]+$/u;

// Decorations before a credit (dashes, bullets, brackets), as in sourceLinePatterns' PREFIX.
const PREFIX = '^[\\s\\-–—*•·>»|\\[(【「『#:：/.]*';
/** The lead ends a word, or ends on a space, or in a script without spaces ("译自2016年…"). */
const LEAD_END =
  '(?:(?<=[^\\p{L}\\p{N}]|[\\u0e00-\\u0e7f\\u3000-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff])|(?![\\p{L}\\p{N}]))';
/** A reproduced text's headline in quotes before its credit ("‘Headline’, copyright …"): bounded, on one line. */
const HEADLINE = `(?:[‘“"«„][^\\n]{1,200}[’”"»“],?\\s+)`;
/**
 * Built on first use, per set of packs the page needs (data/lang/packSet.ts); every pack outside a scan:
 * - lead: groups 1 a quoted headline, 2 the lead, 3 the rest;
 * - from: the same groups, for a bare "from" before the paper. Case-sensitive on what follows: the paper starts with
 *   a quote or title mark, a capital, a letter of a script without case, or a date ("de rest van …" is no clipping);
 * - lowerDescribed: a publisher descriptor, then a name in lower case ("le progrès", "the star").
 */
export const clippingMatchers = perPackSet((phrasesOf) => ({
  lead: new RegExp(
    `${PREFIX}${HEADLINE.replace('(?:', '(')}?(${phraseAlternation(phrasesOf('clippingLeads'))})${LEAD_END}\\s*[:：,]?\\s*([\\s\\S]*)$`,
    'iu',
  ),
  from: new RegExp(
    `${PREFIX}${HEADLINE.replace('(?:', '(')}?(${fromWords(phrasesOf('clippingFroms'))})${LEAD_END}\\s*[:：,]?\\s*((?=[«"“„《『「‹‘'〈\\d]|\\p{Lu}|\\p{Lo})[\\s\\S]*)$`,
    'u',
  ),
  lowerDescribed: new RegExp(`^${phraseAlternation(phrasesOf('publisherDescriptors'))}\\s+\\p{L}`, 'iu'),
  described: new RegExp(`^(?:${phraseAlternation(periodicalNouns(phrasesOf('publisherDescriptors')))})\\s+`, 'iu'),
}));

/**
 * The descriptors that name a kind of periodical ("the weekly", "il quotidiano", "o jornal"), and each without its
 * article, which a contracted preposition has taken ("sul quotidiano", "no jornal", "du quotidien"). A bare article
 * ("the", "il") is left: it may be the paper's own first word ("The Times").
 */
function periodicalNouns(descriptors: readonly string[]): string[] {
  const out = new Set<string>();
  for (const d of descriptors) {
    const words = d.split(/\s+/u);
    if (words.length < 2 && !/^\p{L}['’]/u.test(d)) continue;
    out.add(d);
    const bare = words.length >= 2 ? words.slice(1).join(' ') : d.replace(/^\p{L}['’]/u, '');
    if (bare.length >= 4) out.add(bare);
  }
  return [...out];
}
/** A name in quotes or title marks at the start of what follows the lead: "“Corriere della Sera”", "《Das Magazin》". */
const QUOTED = /^[«"“„《『「‹‘'〈]\s*([^"”“»《》』」›’'〈〉\n]{2,80}?)\s*[»"”“》』」›’'〉]/u;
const OPENS_QUOTED = /^[«"“„《『「‹‘'〈]/u;

export function readClipping(
  page: PageData,
  b: PageBlock,
  text: string,
  place: Place,
  caption: boolean,
): FoundSourceLine | null {
  const line = text.slice(0, MAX_LINE);
  const { lead: leadRe, from } = clippingMatchers();
  const lead = leadRe.exec(line);
  const m = lead ?? from.exec(line);
  if (!m) return datedPaper(page, b, line, place, caption);
  const headline = !!m[1];
  const [word, rest] = nameGivenBack(m[2] ?? '', (m[3] ?? '').trim());
  const read = paperOf(page, b, rest);
  if (!read) return null;
  const { claim, dated, quoted } = read;
  const known = claim.type === 'name' && !!namedOutlet(claim.value);
  const paper = lead
    ? claim.type !== 'name' || dated || quoted || known || word.trim().split(/\s+/u).length >= 3
    : dated && (claim.type !== 'name' || quoted || known || headline);
  if (!paper) return null;
  // "la Sambre, malheureusement pas l'Observateur, de vendredi 24 octobre.": an aside between the paper and the
  // date that ends the line is still a credit line, not a sentence going on.
  const credit = read.endsDated && claim.type === 'name' ? claim.value : rest;
  if (!acceptSourceClaim(page, b, claim, { rest: credit, place, caption, credit: false })) return null;
  return { block: b, claim, how: 'clipping', label: word, place };
}

/**
 * A lead's descriptor matched without regard to case ("publicado no jornal", "v deníku") may have taken the first
 * words of a paper named after it ("no Jornal do Vale", "v Deníku N"): the capitalised words ending the lead, after
 * its first, go back to the name.
 */
function nameGivenBack(lead: string, rest: string): [string, string] {
  const words = lead.trimEnd().split(/\s+/u);
  let keep = words.length;
  while (keep > 1 && /^[\p{Lu}\p{Lt}]/u.test(words[keep - 1] ?? '')) keep--;
  if (keep === words.length) return [lead, rest];
  return [words.slice(0, keep).join(' '), `${words.slice(keep).join(' ')} ${rest}`.trim()];
}

/**
 * A reference-style citation (readCitation): its headline is a sentence of its own, so the line reads as going on
 * past its first sentence, which the other clipping shapes refuse.
 */
export function readCitedClipping(
  page: PageData,
  b: PageBlock,
  text: string,
  place: Place,
  caption: boolean,
): FoundSourceLine | null {
  return datedPaper(page, b, text.slice(0, MAX_LINE), place, caption, readCitation);
}

/** "The Hindu, 3 May 2019, p. 6": a periodical, its date and its page, no lead verb (readDatedPaper). */
function datedPaper(
  page: PageData,
  b: PageBlock,
  line: string,
  place: Place,
  caption: boolean,
  readLine: (page: PageData, line: string) => DatedPaper | null = (p, l) =>
    readDatedPaperLine(l) ?? readCitation(p, l) ?? labelledPaper(l),
): FoundSourceLine | null {
  const read = readLine(page, line);
  if (!read) return null;
  const claim: Claim = { value: read.name, type: 'name', via: 'source-line' };
  if (!acceptSourceClaim(page, b, claim, { rest: read.name, place, caption, credit: false })) return null;
  return { block: b, claim, how: 'clipping', label: read.lead, place };
}

/** A short label of any wording before a colon: "Im Original erschienen:", "Printed first within:". */
const ANY_LABEL = /^[^:：\n]{2,40}[:：]\s*/u;
const MAX_LABEL_WORDS = 4;

/**
 * A dated paper after a label the packs do not write: the label says nothing the reader knows, so the paper must
 * (known to the directory, or in quotes or title marks; a capitalised name with a page mark after "Category:" is a
 * section), and a picture's or a chart's label credits no article.
 */
function labelledPaper(line: string): DatedPaper | null {
  const label = ANY_LABEL.exec(line);
  if (!label) return null;
  const word = label[0].replace(/[:：\s]+$/u, '');
  if (word.split(/\s+/u).length > MAX_LABEL_WORDS || MEDIA_OR_DATA_LABEL.test(label[0])) return null;
  const rest = line.slice(label[0].length);
  const read = readDatedPaperLine(rest);
  if (!read || !(namedOutlet(read.name) || OPENS_QUOTED.test(rest))) return null;
  return { ...read, lead: word };
}

interface Paper {
  claim: Claim;
  dated: boolean;
  quoted: boolean;
  /** The line ends with the date (and perhaps a page number): nothing goes on after the credit. */
  endsDated: boolean;
}

/** The periodical named right after the lead: a link or URL, a quoted title, else a short capitalised name. */
function paperOf(page: PageData, b: PageBlock, rest: string): Paper | null {
  const first = withoutDescriptor(rest.split('\n')[0] ?? '');
  const undated = nameWithoutDate(first);
  const endsDated = undated.dated && endsWithDate(first);
  // "2016年12月3日《Das Magazin》周刊", "“La Stampa”, 8 novembre": the title marks say where the name ends.
  const quoted = QUOTED.exec(undated.name) ?? (OPENS_QUOTED.test(first) ? QUOTED.exec(first) : null);
  if (quoted?.[1]) {
    const name = quoted[1].trim();
    // After the closing mark, a date or a word saying what the title is ("《…》周刊"), nothing going on.
    const after = first.slice(first.indexOf(quoted[0]) + quoted[0].length);
    if (!isName(name) || !(endsDated || (after.length <= MAX_AFTER_TITLE && !/[,;，；]/u.test(after)))) return null;
    return { claim: { value: name, type: 'name', via: 'source-line' }, dated: undated.dated, quoted: true, endsDated };
  }
  // "la Sambre, malheureusement pas l'Observateur, de vendredi …": the paper's name ends at its first comma.
  const cut = withoutMark(undated.name.split(/\s*[,;，；،]\s*/u)[0] ?? '');
  const claim = readSourceClaim(page, b, cut, true) ?? lowerCase(cut, undated.dated);
  if (!claim) return null;
  if (claim.type === 'name' && !isName(claim.value)) return null;
  // "Published in Science on 3 May, the study found …": a credit line ends with its paper or its date.
  if (!endsDated && !first.replace(TRAILING, '').endsWith(cut.replace(TRAILING, ''))) return null;
  return { claim, dated: undated.dated, quoted: false, endsDated };
}

/**
 * "the weekly Harbour Times", "quotidiano Il Corriere di Esempio": the kind of periodical written in lower case before a
 * capitalised or quoted name is no part of the name. A lower-case name after it stays whole (lowerCase reads it).
 */
function withoutDescriptor(line: string): string {
  if (!/^\p{Ll}/u.test(line)) return line;
  const d = clippingMatchers().described.exec(line);
  if (!d) return line;
  const name = line.slice(d[0].length);
  return /^(?:\p{Lu}|\p{Lo}|[«"“„《『「‹‘'〈])/u.test(name) ? name : line;
}

/**
 * "dans le progrès ce jeudi 2 juin", "in the guardian": a name written in lower case counts when the tables know
 * it, or when a descriptor ("le", "the", "báo") introduces it and a date follows, as a clipping dates its paper.
 */
function lowerCase(name: string, dated: boolean): Claim | null {
  const n = name.replace(/[.!?…:]+$/u, '').trim();
  if (!n || !(namedOutlet(n) || (dated && clippingMatchers().lowerDescribed.test(n)))) return null;
  return { value: n, type: 'name', via: 'source-line' };
}

/**
 * "from" and "From": the "from" matcher is case-sensitive (what follows must be capitalised), so each phrase is
 * written in lower case and capitalised, two alternations (one would fold them together).
 */
function fromWords(froms: readonly string[]): string {
  const lower = froms.map((p) => p.toLowerCase());
  const capital = lower.map((p) => p.charAt(0).toUpperCase() + p.slice(1));
  return `${phraseAlternation(lower)}|${phraseAlternation(capital)}`;
}

/**
 * "L'Écho du Val n° 1234", "Kurier nr 58": the issue or page mark after a paper's name is no part of it, and a
 * "name" that starts with a mark ("Volume 12", "Issue 4") is a page's own issue, no paper.
 */
function withoutMark(name: string): string {
  const first = markSpans(name)[0];
  return first ? name.slice(0, first[0]).trim() : name;
}

function isName(name: string): boolean {
  return name.length <= MAX_NAME && name.split(/\s+/u).length <= MAX_NAME_WORDS && /\p{L}/u.test(name);
}
