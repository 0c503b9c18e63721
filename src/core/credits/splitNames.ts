/**
 * A byline or credit line split into names: "By Martin Untersinger (avec Damien Leloup et Morgane Tual)",
 * "MỸ LINH – TRỌNG TÍN", "Brenda Goodman, MA", "Bradley M. Kuhn (http://ebb.org/bkuhn/)", "Foto: Jan Novák/ČTK".
 * Agencies found among the parts are returned apart; parts that are not names (dates, desks, the site) are dropped.
 * Every pattern here is a single pass without nested quantifiers.
 */
import { agencyNamed } from '../data/agencies.ts';
import { BYLINE_PREFIXES, BYLINE_SUFFIXES, CREDENTIALS } from '../data/bylinePrefixes.ts';
import { MONTH_WORDS } from '../data/nonNames.ts';
import { phrasesOf } from '../data/lang/phrasesOf.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';
import { isPersonName, type NameContext } from './isPersonName.ts';
import { isAllCaps, readableCase } from './readableCase.ts';

export interface SplitNames {
  names: string[];
  agencies: string[];
}

const MAX_INPUT = 500;
const PREFIX_RE = new RegExp(`^${phraseAlternation(BYLINE_PREFIXES)}(?:\\s*[:：]\\s*|\\s+)`, 'iu');
const SUFFIX_RE = new RegExp(`\\s*${phraseAlternation(BYLINE_SUFFIXES)}$`, 'u');
/** "Reporter: Jane Doe", "Texto y fotos: …": a short label before a colon. */
const LABEL_RE = /^[^:：]{1,30}[:：]\s*/u;
/** Parenthesised "with …" parts name co-authors; any other bracket holds a handle, a URL or a note. */
const WITH_RE = /^\s*(?:with|avec|con|com|mit|và|cùng|met|z|s|с)\s+/iu;
const BRACKET_RE = /\(([^()]{0,200})\)|\[([^[\]]{0,200})\]/gu;
const URL_RE = /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\S+/giu;
/** Separators between names: punctuation, line breaks, dashes with spaces (a hyphen inside "Roberts-Grey" stays). */
const SEPARATOR_RE = /\r?\n|[,;|/／·•、，；]|\s[-–—]\s|[–—]/u;
/** Conjunctions between names, from every language pack (lower case, as bylines write them). */
const CONJUNCTIONS: ReadonlySet<string> = new Set(phrasesOf('conjunctions'));

function unwrapBrackets(text: string): string {
  return text.replace(BRACKET_RE, (_, round?: string, square?: string) => {
    const inner = round ?? square ?? '';
    return WITH_RE.test(inner) ? `, ${inner.replace(WITH_RE, '')}` : ' ';
  });
}

/** Words after which a credit goes on about something else: "Jane Doe for The Guardian", "Anna Berg für die Zeit". */
const TRAILERS = new Set(['for', 'pour', 'für', 'para', 'per', 'voor', 'cho', 'at', 'in', 'from', 'of']);

function splitConjunctions(part: string): string[] {
  const caps = isAllCaps(part);
  const out: string[] = [];
  let current: string[] = [];
  for (const word of part.split(/\s+/)) {
    if (TRAILERS.has(word) && current.length) break;
    const conj = CONJUNCTIONS.has(word) || (caps && CONJUNCTIONS.has(word.toLowerCase()) && word.length <= 3);
    if (conj) {
      if (current.length) out.push(current.join(' '));
      current = [];
    } else if (word) current.push(word);
  }
  if (current.length) out.push(current.join(' '));
  return out;
}

/** "GILLIAN MOHNEY March 11" → "GILLIAN MOHNEY": cut at the first number, and at a month or "Updated" before it. */
function cutDateTail(part: string): string {
  const words = part.split(/\s+/);
  const at = words.findIndex((w) => /\p{N}/u.test(w));
  if (at < 0) return part;
  let end = at;
  while (end > 0 && MONTH_WORDS.has((words[end - 1] ?? '').toLowerCase().replace(/[^\p{L}]/gu, ''))) end--;
  return words.slice(0, end).join(' ');
}

function clean(part: string): string {
  let p = cutDateTail(part.trim());
  for (let i = 0; i < 3; i++) {
    const before = p;
    p = p.replace(PREFIX_RE, '').replace(LABEL_RE, '').replace(SUFFIX_RE, '').trim();
    if (p === before) break;
  }
  return p.replace(/^[\s.,;:·•–—\-"'“”‘’«»]+|[\s,;:·•–—\-"'“”‘’«»]+$/gu, '').replace(/\s+/g, ' ');
}

export function splitNames(raw: string, context: NameContext & { lang?: string } = {}): SplitNames {
  const text = unwrapBrackets(raw.slice(0, MAX_INPUT).normalize('NFC')).replace(URL_RE, ' ');
  const names: string[] = [];
  const agencies: string[] = [];
  const seen = new Set<string>();
  for (const chunk of text.split(SEPARATOR_RE)) {
    for (const piece of splitConjunctions(chunk)) {
      const part = clean(piece);
      if (!part || CREDENTIALS.includes(part.toLowerCase())) continue;
      const agency = agencyNamed(part);
      if (agency) {
        if (!agencies.includes(agency)) agencies.push(agency);
        continue;
      }
      if (!isPersonName(part, context)) continue;
      const name = readableCase(part, context.lang);
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(name);
    }
  }
  return { names, agencies };
}
