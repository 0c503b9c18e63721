/**
 * An outlet's name in square brackets heading a story copied from it: "[Reuters] …", "【新华社】…", "[Xx新聞] title"
 * on an editorial digest, or opening each item of a list page after its place ("Xx구 [Yy일보] …"). The name is one
 * the tables know, a CJK agency, or, for papers no table lists, a short name ending in a newspaper noun of a
 * language pack ("新聞", "일보", "日报": `outletNameEndings`), since section names ("[社会]", "[포토]") do not.
 * Patterns are anchored or capped and bounded: linear on hostile input.
 */
import { phrasesOf } from '../data/lang/phrasesOf.ts';
import { cjkAgencyIn, namedOutlet, type Outlet } from './namedOutlet.ts';

/** Square brackets only: parentheses inside a sentence cite ("… (Xx일보) 보도"). */
const SQUARE = '\\[［【〔';
const SQUARE_CLOSE = '\\]］】〕';
/** A bracket opening the line, then the headline or story. Group 1: the name. */
const HEAD = new RegExp(`^[${SQUARE}]\\s*([^${SQUARE}${SQUARE_CLOSE}]{1,30}?)\\s*[${SQUARE_CLOSE}]\\s*\\S`, 'u');
/** A bracket near the start of an item's line, after a place or a category. Group 1: the name. */
const NEAR_START = new RegExp(`[${SQUARE}]\\s*([^${SQUARE}${SQUARE_CLOSE}]{2,20}?)\\s*[${SQUARE_CLOSE}]\\s*\\S`, 'u');
const ITEM_HEAD = 60;
const MAX_NAME = 16;

let endings: string[] | null = null;
function nameEndings(): string[] {
  endings ??= phrasesOf('outletNameEndings').sort((a, b) => b.length - a.length);
  return endings;
}

/** The outlet a bracketed name stands for, or null (a section, a tag, a word). */
export function bracketedOutlet(name: string, known = true): Outlet | null {
  const t = name.normalize('NFC').trim();
  if (!t) return null;
  const table = known ? namedOutlet(t) : null;
  if (table) return table;
  const agency = known ? cjkAgencyIn(t) : null;
  if (agency) return { name: agency.name, kind: 'agency', written: agency.written };
  // A paper no table lists, by the noun its name ends with: one token, longer than the noun, no digits.
  if (t.length > MAX_NAME || /[\s\d]/u.test(t)) return null;
  const ending = nameEndings().find((e) => t.endsWith(e) && t.length > e.length);
  return ending ? { name: t, kind: 'publisher', written: t } : null;
}

/**
 * The outlet whose bracketed name opens `line`, followed by the headline or the story; with `known` false, only a
 * paper named by its newspaper noun (the caller's line is too short to tell a credit from a topic tag by a table's
 * name).
 */
export function bracketAtStart(line: string, known = true): Outlet | null {
  const m = HEAD.exec(line.slice(0, 80));
  return m?.[1] ? bracketedOutlet(m[1], known) : null;
}

/** The outlet whose bracketed name sits near the start of an item's `line` ("Xx구 [Yy일보] …"). */
export function bracketNearStart(line: string): Outlet | null {
  const m = NEAR_START.exec(line.slice(0, ITEM_HEAD));
  return m?.[1] ? bracketedOutlet(m[1]) : null;
}
