/**
 * What a name, a place or a host looks like in a dateline, by its letters alone: tests the dateline readers share
 * before a name the tables do not know is taken as an outlet.
 */
import { DOMAIN_WORDS } from '../data/wireDatelines.ts';
import { hostOf } from '../url/hostOf.ts';
import { siteOf } from '../url/siteOf.ts';

/** A name in a dateline's parentheses: one to four words, letters first, no digits, not a sentence. */
export function nameShaped(name: string): boolean {
  return (
    name.length >= 2 && name.length <= 30 && /^\p{L}/u.test(name) && !/\d/.test(name) && name.split(/\s+/).length <= 4
  );
}

/** The site of a token written as a host ("GELORA.CO", "www.example.ru", "Example.cat"), else null. */
export function hostShaped(token: string): string | null {
  return /^(?:www\.)?[\p{L}\d-]{2,30}\.[a-z]{2,6}(?:\.[a-z]{2})?$/iu.test(token)
    ? siteOf(hostOf(`https://${token.toLowerCase()}`))
    : null;
}

/** A name written in capitals, as datelines write outlets: letters, two at least, no lower case, a few words. */
export function writtenInCapitals(name: string): boolean {
  const t = name.trim();
  return /\p{Lu}.*\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t) && t.split(/\s+/u).length <= 4;
}

/** A brand written as one camel-cased token ending in its domain word: "giadinhNet", "KompasCom". */
export function domainBrand(token: string): boolean {
  if (!/^\p{L}[\p{L}\d]{3,29}$/u.test(token) || token === token.toUpperCase() || !/\p{Ll}\p{Lu}/u.test(token))
    return false;
  const lower = token.toLowerCase();
  return DOMAIN_WORDS.some(
    (w) => lower.endsWith(w) && lower.length > w.length + 2 && /\p{Lu}/u.test(token.slice(-w.length, -w.length + 1)),
  );
}

/**
 * A dateline's place and date: a few words, each capitalised, a number, or in a script without case; a lower-case
 * word only as a short particle ("5 de diciembre") or a month after its day ("5 декабря"). "Officials said on
 * Monday (AP) …" is a sentence, not a dateline.
 */
export function placeShaped(place: string): boolean {
  const words = place
    .trim()
    .split(/[\s,]+/)
    .filter(Boolean);
  if (words.length > 6) return false;
  return words.every(
    (w, i) => !/^\p{Ll}/u.test(w) || w.replace(/\.$/, '').length <= 3 || /^\d/.test(words[i - 1] ?? ''),
  );
}
