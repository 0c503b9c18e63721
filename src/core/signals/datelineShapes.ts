/**
 * The shapes a wire dateline is written in, as bounded regular expressions anchored at the start of a capped head of
 * text (linear on hostile input), and the caps every dateline reader shares. Readers: readDateline.ts (a line's
 * opening credit), readPressCredit.ts (Korean press credits), detectWireDateline.ts (where on a page to look).
 */
import { CJK_BRACKETS, CJK_DISPATCH, CREDIT_ENCLOSURES, DATELINE_SEPARATORS } from '../data/wireDatelines.ts';

/** How much of a line a dateline may take, and how much of it a signal quotes. */
export const HEAD = 160;
export const MAX_QUOTE = 140;
/** A dateline opens a paragraph of story: a block shorter than this is a caption, a credit or a label. */
export const MIN_STORY = 40;
/** Bounds of a scan over a whole page (multi-item pages, press credits). */
export const MAX_SCANNED_BLOCKS = 400;
export const MAX_SCANNED_LINES = 2000;

const esc = (s: string) => s.replace(/[-\]\\^]/g, '\\$&');
export const SEP = `[${esc(DATELINE_SEPARATORS)}]`;
/** A place and date before the credit: letters, digits, spaces, commas, dots; no sentence end, no quotes. */
const PLACE = `[\\p{L}\\p{M}\\p{N} ,.'’\\-]{0,60}?`;
const OPEN = CJK_BRACKETS.map(([o]) => esc(o)).join('');
const CLOSE = CJK_BRACKETS.map(([, c]) => esc(c)).join('');

/** "BERLIN (dpa) –", "(AP) —", "القاهرة (رويترز) -", "(서울=연합뉴스) 홍길동 기자 =". */
export const PAREN = new RegExp(
  `^(${PLACE})\\s*[(（]\\s*([^()（）]{1,40}?)\\s*[)）]\\s*[.,]?(${SEP}{1,3}|=|$|\\s)`,
  'u',
);
/** "МОСКВА, 5 декабря. /ТАСС/." */
export const SLASH = new RegExp(`^(${PLACE})\\s*/\\s*([^/]{1,30}?)\\s*/`, 'u');
/** "МОСКВА, 5 дек — РИА Новости.": place and date, a dash, the agency, a full stop. */
export const DASH_NAME = new RegExp(`^(\\p{Lu}${PLACE})\\s${SEP}{1,2}\\s*([^.,:;!?]{2,30}?)\\s*[.:]`, 'u');
/**
 * "کرمانشاه-ایرنا-", "تهران - ایسنا -": a place, a dash, the agency, a dash, the story (how Persian agencies date a
 * dispatch, in a script without capitals or a full stop after the credit). Only an agency counts.
 */
export const PLACE_DASH_NAME = new RegExp(
  `^([\\p{L}\\p{M} ]{2,30}?)\\s*${SEP}\\s*([^${esc(DATELINE_SEPARATORS)}.,:;!?()«»"]{2,30}?)\\s*${SEP}`,
  'u',
);
/** "AP — …", "TTXVN – …": the credit alone opening the story. */
export const LEAD = new RegExp(`^([^${esc(DATELINE_SEPARATORS)}()]{1,30}?)\\s*${SEP}{1,2}\\s`, 'u');
/** "www.example-news.ru — …": a host opening the story, then a dash. */
export const HOST_LEAD = new RegExp(
  `^((?:www\\.)?[\\p{L}\\d-]{2,40}\\.[a-z]{2,6}(?:\\.[a-z]{2})?)\\s*${SEP}{1,2}\\s`,
  'iu',
);
/** "【ワシントン共同】", "（中央社記者X台北5日電）", "[Reuters]". */
export const BRACKET = new RegExp(`^[${OPEN}]\\s*([^${OPEN}${CLOSE}]{1,40}?)\\s*[${CLOSE}]`, 'u');
/** "新华社北京12月5日电": the agency, the place and date, "dispatched". */
export const CJK_LEAD = new RegExp(`^([^\\s，。、]{2,30}?[${CJK_DISPATCH}])`, 'u');
/** "KOMPAS.com, JAKARTA –", "TEMPO.CO, Jakarta -", "TRIBUNNEWS.COM. JAKARTA -": a domain-shaped outlet, a place, a dash. */
export const DOMAIN = new RegExp(
  `^([A-Za-z0-9][A-Za-z0-9-]{1,40}(?:\\.[A-Za-z]{2,6}){1,2})\\s*[,.]\\s*\\p{Lu}[\\p{L}\\p{M} .]{1,30}?\\s*${SEP}`,
  'u',
);
/**
 * "КИЇВ. 9 жовтня. УНН.", "MOSCOW, Dec. 5. TASS.": a place, a day and month, the agency, each closed by a full
 * stop or comma. Only an agency counts (a place and a date then a capitalised word is also how stories open).
 */
export const DOT_NAME =
  /^(\p{Lu}[\p{L}\p{M} '’-]{1,30}?)[.,]\s*(?:\d{1,2}\.?\s*\p{L}{3,12}|\p{L}{3,12}\.?\s*\d{1,2})[.,]{1,2}\s+([^.,:;!?\d]{2,30}?)\s*[.:]\s/u;
/** "By IANS, Hyderabad: …", "Por EFE, Madrid –": a byline naming the agency, then the story. Group 1: the byline. */
export const BYLINE_LEAD = new RegExp(
  `^([^:：${esc(DATELINE_SEPARATORS)}]{4,60}?)\\s*(?:[:：]|\\s${SEP}{1,2})\\s`,
  'u',
);
/** "(서울=연합뉴스)", "(부산=뉴시스)": a place, "=", the outlet; this shape is a wire credit even on a short line. */
export const PLACE_EQUALS = /^[(（][^()（）=]{1,20}=[^()（）=]{1,20}[)）]/u;
/**
 * Where a dateline glued to the text before it may start: a capital right after a lower-case letter (a title run
 * into the story: "…con ZelenskyRoma, 13 dic. (askanews) –") or after a sentence's end ("…courtesy of BERNAMA.
 * KUALA LUMPUR, June 25 (NNN-BERNAMA) —"). Only the first few, within the head of the line.
 */
export const GLUE = /\p{Ll}(?=\p{Lu})|[.!?…]["”»’)]?\s+(?=\p{Lu})/gu;
export const GLUE_HEAD = 320;
export const MAX_GLUES = 12;

/**
 * Brackets of every script written as round ones, for the parenthesised shape (PAREN): "BRUXELLES [ANSA] –",
 * "ΑΘΗΝΑ ［ΑΠΕ］ –", "【ワシントン共同】". One UTF-16 unit for one, so offsets into the text stay true.
 */
const AS_ROUND: ReadonlyMap<string, string> = new Map(
  CREDIT_ENCLOSURES.filter(([o]) => o !== '/' && o !== '／').flatMap(([o, c]) => [
    [o, '('],
    [c, ')'],
  ]),
);
export function roundBrackets(head: string): string {
  let out = '';
  for (const ch of head) out += ch.length === 1 ? (AS_ROUND.get(ch) ?? ch) : ch;
  return out;
}

/** "AGI, martedì 3 novembre 2020 …", "Reuters, 12.03.2021 –": an agency's slug, its name and a date. Group 1: the name. */
export const AGENCY_DATED = new RegExp(
  `^([^,，、،(（]{2,30}?)\\s*[,，、،]\\s*(?:\\p{L}{2,12},?\\s+)?(?:\\d{1,2}\\.?\\s+\\p{L}{3,12}\\.?,?\\s+\\d{4}|\\p{L}{3,12}\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4})(?=\\s|$|${SEP})`,
  'u',
);

/** "중부뉴스통신 = …": an outlet, "=", the story (the Korean credit without a reporter). Group 1: the outlet. */
export const EQUALS_LEAD = /^([^=()（）\s][^=()（）]{1,30}?)\s*=\s+\S/u;

/** A date opening the line before the credit: "3 May 2021; AGENCY: …", "2021-05-03 | AGENCY –". */
export const DATE_PREFIX =
  /^(?:\d{1,2}\.?\s+\p{L}{3,12}\.?,?\s+\d{4}|\p{L}{3,12}\.?\s+\d{1,2},?\s+\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})\s*[;,|·•]\s*/u;
