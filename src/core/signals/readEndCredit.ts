/**
 * An agency or outlet credited at the very end of a text, with no label: "… said the official. – BERNAMA",
 * a line "— BERNAMA" of its own, a name glued to the last full stop ("…saxlanılıb.APA"), or a date then the
 * paper ("… ne diyor? 8 HAZİRAN 2014 / ZAMAN"). Wire copy is signed this way in every language; only the shape
 * and the publisher directory decide, so a name the tables do not know counts only in the dated form, written in
 * capitals as papers sign. Each line of a block is tried, so every item of an archive page is read.
 */
import { agencyNamed } from '../data/agencies.ts';
import { MEDIA_OR_DATA_LABEL, PICTURE_SOURCE_NAME } from '../data/citationContexts.ts';
import { perPackSet } from '../data/lang/packSet.ts';
import { CREDIT_ENCLOSURES, DASHES, SENTENCE_ENDS } from '../data/wireDatelines.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';
import { nameWithoutDate } from './nameWithoutDate.ts';
import { namedOutlet } from './namedOutlet.ts';
import { readCreditPair } from './readCreditPair.ts';

/** Only the end of a line is read: a credit is short. */
const TAIL = 90;
const MAX_NAME = 40;

const esc = (c: string) => c.replace(/[-\]\\^]/g, '\\$&');
const DASH = `[${esc(DASHES)}]`;
/** A sentence's end, or a bracket closing its last words. */
const END = `[${esc(SENTENCE_ENDS)})\\]）]`;
/** A name as credits write it: letters first (or digits glued to letters, "20minutes"), marks, a few words. */
const NAME = `[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}.&'’ /-]{0,38}?[\\p{L}\\p{M}\\p{N}]`;
/** After a sentence's end (or alone on its line), a dash of any script, then the name. Group 1: the name. */
const DASH_CREDIT = new RegExp(`(?:^|${END}\\s*)${DASH}{1,2}\\s*(${NAME})\\s*[.।۔]?$`, 'u');
const OPENS = CREDIT_ENCLOSURES.map(([o]) => esc(o)).join('');
const CLOSES = CREDIT_ENCLOSURES.map(([, c]) => esc(c)).join('');
/**
 * After a sentence's end, an agency enclosed in brackets of any script or slashes closing the text: "… said the
 * minister. (Reuters)", "… sürecek. /AA/", "… [AFP]", "… है। (आईएएनएस)।", "…した。（共同）". Groups: the opening
 * mark, the name, the closing mark.
 */
const ENCLOSED_CREDIT = new RegExp(
  `${END}\\s*([${OPENS}])\\s*(\\p{L}[\\p{L}\\p{M}\\p{N}.&'’ -]{0,28}?[\\p{L}\\p{M}\\p{N}])\\s*([${CLOSES}])\\s*[.।۔。]?$`,
  'u',
);
const ENCLOSING: ReadonlyMap<string, string> = new Map(CREDIT_ENCLOSURES);
const BRACKETS = CREDIT_ENCLOSURES.filter(([o]) => o !== '/' && o !== '／');
const B_OPENS = BRACKETS.map(([o]) => esc(o)).join('');
const B_CLOSES = BRACKETS.map(([, c]) => esc(c)).join('');
/**
 * After a sentence's end, brackets holding a credit pair or an agency and a date: "… (APA/Reuters, 1.10.2012)",
 * "… (dpa, 3. Mai)", "…［共同, 5日］". Groups: the opening mark, what the brackets hold, the closing mark.
 */
const ENCLOSED_DATED = new RegExp(
  `${END}\\s*([${B_OPENS}])\\s*([^${B_OPENS}${B_CLOSES}]{2,60}?)\\s*([${B_CLOSES}])\\s*[.।۔。]?$`,
  'u',
);
/** Text before an enclosed or bare credit: a story's sentence, not a caption's few words (CJK letters weigh 3). */
const MIN_ENCLOSED_STORY = 60;
/** "… in Berlin. dpa": after a sentence's end and a space, an agency alone closing the text. Group 1: the name. */
const BARE_CREDIT = new RegExp(`${END}\\s+(\\p{L}[\\p{L}\\p{M}\\p{N}.&'’ -]{0,28}?[\\p{L}\\p{M}\\p{N}])\\s*$`, 'u');
/** "… keskustelussa. OUTLET/STT Byline", "… domingo. Lusa/ JM": a credit pair after a sentence's end. Group 1. */
const PAIR_CREDIT = new RegExp(`${END}\\s+([^${esc(SENTENCE_ENDS)}]{3,80}?)\\s*\\.?$`, 'u');
/** The last words before a credit in which a caption's media word would show ("file photo", "Foto"). */
const CAPTION_TAIL = 160;
/** A capitalised short name glued to the last full stop ("…saxlanılıb.APA"). Group 1: the name. */
const GLUED_CREDIT = /[.!?。！？"”»)](\p{Lu}[\p{Lu}\p{N}]{1,9})$/u;
/**
 * "…, reports AFP.", "…, повідомляє УНІАН.": a report verb of a pack, then the agency (and at most a few words, "v
 * Budapešti") closing the text. Group 1: what follows the verb.
 */
const reportedRe = perPackSet(
  (phrasesOf) =>
    new RegExp(
      `(?:^|[,，;:–—-]\\s*|\\s)${phraseAlternation(phrasesOf('reportVerbs'), { bounded: true })}\\s*([^,，.!?。！？]{2,60}?)\\s*[.。]?$`,
      'iu',
    ),
);
const MAX_TRAILING_WORDS = 3;
/** What follows the last sentence's end: a dated credit may sit there. */
const LAST_SENTENCE_END = /[.!?。！？"”»]\s+(?=[^.!?。！？"”»]*$)/u;

export interface EndCredit {
  /** The name as the page writes it. */
  written: string;
  /**
   * How it was signed: after a dash, enclosed, bare after the last sentence, as the agency of a credit pair, glued
   * to the full stop, after a date, or as the one who reports.
   */
  how: 'dash' | 'enclosed' | 'bare' | 'paired' | 'glued' | 'dated' | 'reported';
}

export function readEndCredit(line: string): EndCredit | null {
  const t = line.trim();
  const tail = t.slice(-TAIL);
  const dash = DASH_CREDIT.exec(tail);
  if (dash?.[1] && /\p{L}/u.test(dash[1]) && known(dash[1])) return { written: dash[1].trim(), how: 'dash' };
  const enclosed = ENCLOSED_CREDIT.exec(tail);
  if (
    enclosed?.[2] &&
    ENCLOSING.get(enclosed[1] ?? '') === enclosed[3] &&
    story(t.slice(0, t.length - enclosed[0].length)) &&
    namedOutlet(enclosed[2])?.kind === 'agency' &&
    !PICTURE_SOURCE_NAME.test(enclosed[2])
  )
    return { written: enclosed[2].trim(), how: 'enclosed' };
  const inner = ENCLOSED_DATED.exec(tail);
  const bracketed = inner?.[2] && ENCLOSING.get(inner[1] ?? '') === inner[3] ? enclosedDated(inner[2]) : null;
  if (bracketed && inner && signsStory(t, inner[0], bracketed.paired ? 1 : 2))
    return { written: bracketed.written, how: 'enclosed' };
  const bare = BARE_CREDIT.exec(tail);
  if (bare?.[1] && signsStory(t, bare[0], 2) && (wholeAgency(bare[1]) || outletAcronym(bare[1])))
    return { written: bare[1].trim(), how: 'bare' };
  const paired = PAIR_CREDIT.exec(tail);
  const credit = paired?.[1] ? readCreditPair(paired[1]) : null;
  // An agency and a person's name is how pictures are credited ("AFP/Jane Roe"), even after a caption's sentence.
  if (credit && !credit.personal && signsStory(t, paired?.[0] ?? '')) return { written: credit.written, how: 'paired' };
  const glued = GLUED_CREDIT.exec(tail);
  if (glued?.[1] && namedOutlet(glued[1])?.kind === 'agency') return { written: glued[1], how: 'glued' };
  const reported = reportedRe().exec(tail)?.[1];
  const agency = reported ? agencyAtStart(reported) : null;
  if (agency) return { written: agency, how: 'reported' };
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

/**
 * What brackets closing a story hold, read as a credit: an agency and the date ("dpa, 3. Mai"), a credit pair
 * with or without one ("APA/Reuters, 1.10.2012": the pair as written, its agency is claimed). A section or a
 * date alone is none.
 */
function enclosedDated(text: string): { written: string; paired: boolean } | null {
  const { name, dated } = nameWithoutDate(text.trim());
  const written = name.replace(/[\s,;:–—-]+$/u, '').trim();
  if (!written) return null;
  if (dated && wholeAgency(written)) return { written, paired: false };
  const pair = readCreditPair(written);
  if (!pair || pair.personal) return null;
  // Two agencies credited together ("APA/Reuters") are written as the page pairs them.
  return {
    written: pair.order === 'agency-editor' && wholeAgency(pair.partner) ? written : pair.written,
    paired: true,
  };
}

/** A story's length before a credit: letters of scripts written without spaces carry a word's weight each. */
function story(before: string, times = 1): boolean {
  const t = before.slice(-2 * MIN_ENCLOSED_STORY * times).trim();
  let weight = 0;
  for (const ch of t) weight += NO_SPACE.test(ch) ? 3 : 1;
  return weight >= MIN_ENCLOSED_STORY * times;
}
const NO_SPACE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/**
 * A credit closing `line` (its match is `credit`) signs a story: enough text before it, and no media word in the
 * last words, where a caption would say it is one ("file photo", "Foto", "ảnh"). With `sentences` 2, the shapes
 * pictures are also credited in (an agency bare or with a date after a caption's sentence: "Crowds in the square
 * on Tuesday. AFP") sign only a paragraph: twice the length, and two sentences at least.
 */
function signsStory(line: string, credit: string, sentences: 1 | 2 = 1): boolean {
  const before = line.slice(0, line.length - credit.length + 1);
  if (!story(before, sentences) || MEDIA_OR_DATA_LABEL.test(before.slice(-CAPTION_TAIL))) return false;
  if (sentences === 1) return true;
  let ends = 0;
  for (const _ of before.slice(-MAX_PARAGRAPH).matchAll(SENTENCE_BREAK)) if (++ends >= 2) return true;
  return false;
}
/** Where a paragraph's sentences end, in its last characters. */
const MAX_PARAGRAPH = 600;
const SENTENCE_BREAK = new RegExp(`[${esc(SENTENCE_ENDS)}](?:\\s|$)|[。！？।]`, 'gu');

/**
 * An outlet the directory knows, written as its acronym ("… said the minister. NRK"): capitals and digits, two to
 * five, as broadcasters and papers sign items. A word in capitals the directory does not know is no signature.
 */
function outletAcronym(name: string): boolean {
  const t = name.trim();
  return /^[\p{Lu}\p{N}]{2,5}$/u.test(t) && /\p{Lu}/u.test(t) && namedOutlet(t)?.written === t;
}

/** An agency the tables know by exactly this text ("dpa", "ТАСС"), not one guessed from a word of its name. */
function wholeAgency(name: string): boolean {
  const t = name.trim();
  const outlet = namedOutlet(t);
  if (outlet?.kind !== 'agency' || outlet.written !== t || PICTURE_SOURCE_NAME.test(t)) return false;
  return outlet.origin !== undefined || agencyNamed(t) !== null || outlet.name !== t;
}

/** An agency named first in `text`, a place after it allowed ("TASR v Budapešti" → "TASR"). */
function agencyAtStart(text: string): string | null {
  const words = text.trim().split(/\s+/u);
  for (let drop = 0; drop <= MAX_TRAILING_WORDS && drop < words.length; drop++) {
    // Only a place may follow, after a short preposition ("TASR v Budapešti"); "ТАСС слова Позднякова" (TASS
    // conveys someone's words) cites the agency for a quote.
    const after = words[words.length - drop];
    if (drop > 0 && !(after && after.length <= 3 && /^\p{Ll}/u.test(after))) continue;
    const name = words.slice(0, words.length - drop).join(' ');
    if (namedOutlet(name)?.kind === 'agency') return name;
  }
  return null;
}

function known(name: string): boolean {
  return name.length <= MAX_NAME && namedOutlet(name) !== null;
}

/** Written in capitals, as papers sign a column ("ZAMAN", "LA NAZIONE"): two letters or more, no lower case. */
function capitals(name: string): boolean {
  return /\p{Lu}.*\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name) && name.split(/\s+/u).length <= 4;
}
