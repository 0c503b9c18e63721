/**
 * Whether a cleaned byline part can be a person's name: not a date, a URL, an organisation, a desk, a site name or a
 * menu word. Cased scripts need two to six capitalised words (name particles such as "de", "van", "bin" excepted);
 * Chinese, Japanese and Korean names are one to three words of two to twelve letters (longer runs are titles).
 */
import { NON_NAME_WORDS } from '../data/nonNames.ts';

const PARTICLES = new Set([
  'de',
  'da',
  'das',
  'do',
  'dos',
  'del',
  'della',
  'dello',
  'di',
  'du',
  'des',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'ter',
  'ten',
  'zu',
  'af',
  'av',
  'bin',
  'ibn',
  'bint',
  'al',
  'el',
  'y',
  'e',
  'st',
  'st.',
  'ben',
  "d'",
  "o'",
  'mac',
  'lo',
]);
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Lower case, NFC, no spaces or punctuation: to compare a name with a site name or a host label. */
export function squash(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export interface NameContext {
  /** Organisations the page declares ("BBC News"): a byline equal to one of them is not a person. */
  siteNames?: readonly string[];
}

export function isPersonName(candidate: string, context: NameContext = {}): boolean {
  const text = candidate.normalize('NFC').trim();
  if (text.length < 2 || text.length > 80) return false;
  if (/[\p{N}@#<>{}=+*]|:\/\/|www\./u.test(text)) return false;
  const words = text.split(/\s+/);
  for (const w of words) {
    const bare = w.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}.']+$/gu, '');
    if (NON_NAME_WORDS.has(bare)) return false;
  }
  const squashed = squash(text);
  if (!squashed) return false;
  for (const site of context.siteNames ?? []) {
    const s = squash(site);
    if (s && s === squashed) return false;
  }
  if (CJK_RE.test(text)) {
    const letters = text.replace(/[^\p{L}]/gu, '');
    return words.length <= 3 && letters.length >= 2 && letters.length <= 12;
  }
  if (words.length < 2 || words.length > 6) return false;
  // Cased scripts: every word but the particles starts with a capital (initials "J." included).
  return words.every((w, i) => {
    const first = w.match(/\p{L}/u)?.[0];
    if (!first) return false;
    if (first === first.toLowerCase() && first !== first.toUpperCase()) return i > 0 && PARTICLES.has(w.toLowerCase());
    return true;
  });
}
