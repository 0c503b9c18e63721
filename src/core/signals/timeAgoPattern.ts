/**
 * The "time ago" of a byline or a feed item's credit ("5 min ago", "vor 5 Min.", "il y a 3 heures", "2 t siden"),
 * built for one text from the units and "ago" words it holds (data/bylineTimes.ts, data/relativeTimes.ts), not from
 * every language's: the pattern of all of them cost a cold check ~33 ms to compile on its first credit line, and
 * most lines hold no unit at all. What it matches in that text is what the pattern of every unit would match there
 * (text/firstWordIndex.ts). Linear: an alternation of literals after a bounded number.
 */
import { AGO_WORDS } from '../data/bylineTimes.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';
import { indexFirstWords, phrasesIn } from '../text/firstWordIndex.ts';

// A unit must end its word (`\.?(?![\p{L}\p{N}])` follows it), as an "ago" word must (bounded).
const AGO_INDEX = indexFirstWords(AGO_WORDS, true);

/** The regex source of a number and one of `units` with an "ago" word of `ago` before or after it. */
function timeAgoSource(units: readonly string[], ago: readonly string[]): string {
  const a = phraseAlternation(ago, { bounded: true });
  return `(?:${a}\\s+)?(?<!\\p{N})\\d{1,3}\\s?${phraseAlternation(units)}\\.?(?![\\p{L}\\p{N}])(?:\\s+${a})?`;
}

/** Regexes kept per matcher: few distinct unit and "ago" words on a page, but a hostile page may hold many. */
const MAX_KEPT = 64;

/**
 * A matcher of the time ago in a text with `units` (global: its users reset it), after `clock` (a regex source
 * tried first at each position) when given: built for each text from the units and "ago" words the text holds,
 * once per such subset; null when the text holds no unit and there is no clock.
 */
export function timeAgoMatcher(units: readonly string[], clock?: string): (text: string) => RegExp | null {
  const index = indexFirstWords(units, true);
  const kept = new Map<string, RegExp>();
  const clockOnly = clock ? new RegExp(clock, 'giu') : null;
  return (text) => {
    const held = phrasesIn(index, text);
    if (!held.length) return clockOnly;
    const ago = phrasesIn(AGO_INDEX, text);
    const key = `${held.join('\u0000')}\u0001${ago.join('\u0000')}`;
    let re = kept.get(key);
    if (!re) {
      if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
      const source = timeAgoSource(held, ago);
      re = new RegExp(clock ? `${clock}|${source}` : source, 'giu');
      kept.set(key, re);
    }
    return re;
  };
}
