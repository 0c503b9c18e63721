/**
 * Where the name after a source label ends, for the ways pages write more after it:
 * - a meta line goes on with its next field, after a wide gap ("来源：某某日报   张三") or another label and its colon
 *   ("来源：某某日报 作者：…", "Source: Some Daily Posted by: …"): the name is the first field's value;
 * - a descriptor before a title in CJK quotation marks ("出典: 無料の百科事典『Xペディア』"): the title is the name;
 * - an outlet and its desk joined by a slash without spaces ("Izvor: Some News/Region"): the outlet comes first
 *   (a data provider after the slash keeps the value whole: "Name/Ministry of X" credits the ministry's picture).
 * Words come from the language packs (labels, author and poster labels); no outlet is written here.
 */
import { perPackSet } from '../data/lang/packSet.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';
import { DATA_PROVIDER_NAME } from '../data/citationContexts.ts';
import { HOST_TEXT_RE } from './sourceLinePatterns.ts';

const MAX_TEXT = 400;

/**
 * The next field of a meta line: a label (source, author, poster) and its colon, after a space or right after a
 * character of a script written without spaces. Built on first use, per pack set (data/lang/packSet.ts); an
 * alternation of literals, linear.
 */
const nextField = perPackSet(
  (phrasesOf) =>
    new RegExp(
      `(?:(?<=\\s)|(?<=[\\u3000-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff]))(?:${phraseAlternation(
        phrasesOf('sourceLabels', 'authorLinks', 'posterLabels'),
      )})\\s*[:：]`,
      'iu',
    ),
);

// Two spaces or more, a tab or an ideographic space: the columns of a meta line, never inside a name.
const WIDE_GAP = /[ \t\u00a0]{2,}|[\t\u3000]/u;

const HAN_NEXT_FIELD = /(?<=^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]{2,30})\s+(?=\p{Script=Han})/u;

/** The first field of what follows a label on a meta line: cut at a wide gap or the next "label:". */
export function metaFieldOf(text: string): string {
  let t = text.slice(0, MAX_TEXT).trimStart();
  const gap = WIDE_GAP.exec(t);
  if (gap && gap.index > 0) t = t.slice(0, gap.index);
  const field = nextField().exec(t);
  if (field && field.index > 0) t = t.slice(0, field.index);
  // Chinese and Japanese write a paper's name without spaces: a space then more Han text is the next field (an
  // author's name), once markup has collapsed the gap between them.
  const han = HAN_NEXT_FIELD.exec(t);
  if (han && han.index > 0) t = t.slice(0, han.index);
  return t.trimEnd();
}

// A short descriptor, then a title in CJK quotation marks, nothing after it (its closing mark may be cut already).
const QUOTED_TITLE = /^[^『「《〈\n]{1,24}[『「《〈]([^』」》〉\n]{1,80})[』」》〉]?$/u;
// An outlet and its desk: letters on both sides of a slash with no space around it.
const TIGHT_SLASH = /^(\p{L}[^/]{0,60}\p{L})\/\p{L}/u;

/** The publisher's name in a cleaned label value (dates and trailing notes already cut). */
export function sourceNameOf(name: string): string {
  const quoted = QUOTED_TITLE.exec(name);
  if (quoted?.[1]) return balanced(quoted[1].trim());
  if (!HOST_TEXT_RE.test(name)) {
    const slash = TIGHT_SLASH.exec(name);
    // "Name/Some Ministry" credits a data provider (or its picture): kept whole, for the context rules to refuse.
    if (slash?.[1] && !DATA_PROVIDER_NAME.test(name.slice(slash[1].length))) return slash[1].trim();
  }
  return name;
}

/** A name whose closing bracket went with the quotation mark after it ("Xpedia (Wikipedia" → "Xpedia (Wikipedia)"). */
function balanced(name: string): string {
  const open = name.split('(').length - name.split(')').length;
  return open === 1 && !name.endsWith(')') ? `${name})` : name;
}
