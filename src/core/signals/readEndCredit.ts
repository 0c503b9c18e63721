/**
 * An agency or outlet credited at the very end of a text, with no label: "… said the official. – BERNAMA",
 * a line "— BERNAMA" of its own, a name glued to the last full stop ("…saxlanılıb.APA"), or a date then the
 * paper ("… ne diyor? 8 HAZİRAN 2014 / ZAMAN"). Wire copy is signed this way in every language; only the shape
 * and the publisher directory decide, so a name the tables do not know counts only in the dated form, written in
 * capitals as papers sign. Each line of a block is tried, so every item of an archive page is read.
 */
import { nameWithoutDate } from './nameWithoutDate.ts';
import { namedOutlet } from './namedOutlet.ts';

/** Only the end of a line is read: a credit is short. */
const TAIL = 90;
const MAX_NAME = 40;

/** After a sentence's end (or alone on its line), a dash, then the name. Group 1: the name. */
const DASH_CREDIT = /(?:^|[.!?。！？"”»)\]]\s*)[-–—]{1,2}\s*([\p{L}][\p{L}\p{N}.&'’ /-]{0,38}?[\p{L}\p{N}])\s*\.?$/u;
/** A capitalised short name glued to the last full stop ("…saxlanılıb.APA"). Group 1: the name. */
const GLUED_CREDIT = /[.!?。！？"”»)](\p{Lu}[\p{Lu}\p{N}]{1,9})$/u;
/** What follows the last sentence's end: a dated credit may sit there. */
const LAST_SENTENCE_END = /[.!?。！？"”»]\s+(?=[^.!?。！？"”»]*$)/u;

export interface EndCredit {
  /** The name as the page writes it. */
  written: string;
  /** How it was signed: after a dash, glued to the full stop, or after a date. */
  how: 'dash' | 'glued' | 'dated';
}

export function readEndCredit(line: string): EndCredit | null {
  const t = line.trim();
  const tail = t.slice(-TAIL);
  const dash = DASH_CREDIT.exec(tail);
  if (dash?.[1] && known(dash[1])) return { written: dash[1].trim(), how: 'dash' };
  const glued = GLUED_CREDIT.exec(tail);
  if (glued?.[1] && namedOutlet(glued[1])?.kind === 'agency') return { written: glued[1], how: 'glued' };
  const end = LAST_SENTENCE_END.exec(tail);
  const last = end ? tail.slice(end.index + end[0].length) : t.length <= TAIL ? t : '';
  if (!last || !/^[\p{N}\p{L}]/u.test(last)) return null;
  const { name, dated } = nameWithoutDate(last);
  // A date and a name only, the name after the date: "8 HAZİRAN 2014 / ZAMAN" (not "March 3, 2020 by Jane Doe").
  if (!dated || !name || name.length > MAX_NAME || last.trim().startsWith(name)) return null;
  // A name is words: "1.2 MB (-92%)" in a table is a figure, not a date and a paper.
  if (!/^\p{L}[\p{L}\p{M} .&'’-]*$/u.test(name)) return null;
  const signed = /[/|–—-]\s*$/u.test(last.slice(0, last.lastIndexOf(name)));
  if (known(name) || (capitals(name) && signed)) return { written: name, how: 'dated' };
  return null;
}

function known(name: string): boolean {
  return name.length <= MAX_NAME && namedOutlet(name) !== null;
}

/** Written in capitals, as papers sign a column ("ZAMAN", "LA NAZIONE"): two letters or more, no lower case. */
function capitals(name: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name) && name.split(/\s+/u).length <= 4;
}
