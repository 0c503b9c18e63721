/**
 * What guards a month or weekday name (dateWords.ts) in the date matchers of signals/nameWithoutDate.ts: a letter of
 * its script when it is written without spaces between words (Han, Thai: a name there stands inside longer runs of
 * letters), or else one of its runs of letters, which a page must hold as a whole run (`run` words: packsForPage.ts).
 * Those matchers never read a name with a letter right after it, nor before it but for a date's "1er", "1º", "1ª"
 * or "7日" (signals/packsForPage.ts reads a page's runs with those cut off too), so a name's runs stand whole on any
 * page it matches.
 */
import { foldWord } from './foldWord.ts';
import type { Guard, Telling } from './phraseGuard.ts';
import { scriptOf } from './scriptOf.ts';

/** Scripts written without spaces between words. */
const UNSPACED = new Set(['Han', 'Hiragana', 'Katakana', 'Hangul', 'Thai', 'Lao', 'Khmer', 'Myanmar', 'Tibetan']);

/**
 * The runs of letters of a text as a page's are compared (folded; the dotted capital I folded to i, as the date
 * matchers read it: nameWithoutDate.ts).
 */
export function letterRuns(text: string): string[] {
  return foldWord(text)
    .replace(/i\u0307/gu, 'i')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

/**
 * The name's guard, or null when it has none (every run short or not telling, a weak one included: see
 * buildPackGuards.ts).
 */
export function dateWordGuard(name: string, telling: Telling): Guard | null {
  const nfc = name.normalize('NFC');
  for (const c of nfc) {
    const script = scriptOf(c);
    if (script && UNSPACED.has(script)) return { script };
  }
  let best: string | null = null;
  for (const run of letterRuns(nfc))
    if (telling(run, 'run') === true && [...run].length > [...(best ?? '')].length) best = run;
  return best ? { words: [{ word: best, mode: 'run' }] } : null;
}
