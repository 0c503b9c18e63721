/**
 * The "time ago" of a byline or a feed item's credit ("5 min ago", "vor 5 Min.", "il y a 3 heures", "2 t siden"),
 * built for one text from the units and "ago" words it holds (data/bylineTimes.ts, data/relativeTimes.ts), not from
 * every language's: the pattern of all of them cost a cold check ~33 ms to compile on its first credit line, and
 * most lines hold no unit at all. What it matches in that text is what the pattern of every unit would match there
 * (text/firstWordIndex.ts). Linear: an alternation of literals after a bounded number.
 */
import { AGO_WORDS } from '../data/bylineTimes.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';
import { type FirstWordIndex, indexFirstWords, phrasesIn } from '../text/firstWordIndex.ts';

// A unit must end its word (`\.?(?![\p{L}\p{N}])` follows it), as an "ago" word must (bounded).
const AGO_INDEX = indexFirstWords(AGO_WORDS, true);

/** The units a reader knows, indexed once. */
export const timeUnitIndex = (units: readonly string[]): FirstWordIndex => indexFirstWords(units, true);

/**
 * The regex source of a number and a unit with an "ago" word before or after it, for the units of `units` that
 * `text` holds; null when it holds none (nothing to match).
 */
export function timeAgoSource(text: string, units: FirstWordIndex): string | null {
  const held = phrasesIn(units, text);
  if (!held.length) return null;
  const ago = phraseAlternation(phrasesIn(AGO_INDEX, text), { bounded: true });
  return `(?:${ago}\\s+)?(?<!\\p{N})\\d{1,3}\\s?${phraseAlternation(held)}\\.?(?![\\p{L}\\p{N}])(?:\\s+${ago})?`;
}

/** Regexes kept per source: few distinct ones on a page, but a hostile page may make many. */
const MAX_KEPT = 64;
const kept = new Map<string, RegExp>();

/** One compiled regex per source and flags (the `g` ones are reset by their users). */
export function compiledOnce(source: string, flags: string): RegExp {
  const key = `${flags}/${source}`;
  let re = kept.get(key);
  if (!re) {
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
    re = new RegExp(source, flags);
    kept.set(key, re);
  }
  return re;
}
