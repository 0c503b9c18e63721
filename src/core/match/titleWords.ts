/**
 * Words of a title or a URL slug, folded so that a copy's title and the original's feed title or URL compare equal
 * despite case, punctuation, diacritics ("Tiếp tục" ~ "tiep-tuc") and small edits. Scripts written without spaces
 * (Chinese, Japanese) are cut into character pairs so that they still overlap word-like.
 */

const MAX_INPUT_CHARS = 2_000;
const MAX_WORDS = 80;

/** Lower case, no combining marks, Vietnamese đ and a few letters NFD does not decompose mapped to ASCII. */
export function foldText(text: string): string {
  return (
    text
      .slice(0, MAX_INPUT_CHARS)
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/[đð]/g, 'd')
      .replace(/ø/g, 'o')
      .replace(/ł/g, 'l')
      .replace(/ß/g, 'ss')
      .replace(/æ/g, 'ae')
      .replace(/œ/g, 'oe')
      // Apostrophes join ("don't" → "dont", as slugs write it).
      .replace(/['’ʼ`]/g, '')
  );
}

const SPACELESS_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Folded words, in order. */
export function titleWords(text: string): string[] {
  const words: string[] = [];
  for (const m of foldText(text).matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (SPACELESS_RE.test(w)) {
      const chars = [...w];
      if (chars.length === 1) words.push(w);
      for (let i = 0; i + 1 < chars.length; i++) words.push(chars[i]! + chars[i + 1]!);
    } else words.push(w);
    if (words.length >= MAX_WORDS) break;
  }
  return words;
}

/** An id rather than a word: long numbers, letter-digit mixes ("a359678", "rcna183138"), long hex. */
function looksLikeId(w: string): boolean {
  if (/^\d+$/.test(w)) return w.length >= 5;
  if (/\d/.test(w) && /[a-z]/.test(w)) return w.length >= 5;
  return w.length >= 12 && /^[0-9a-f]+$/.test(w);
}

const PATH_NOISE = new Set(['html', 'htm', 'php', 'aspx', 'asp', 'shtml', 'index', 'amp', 'www']);

/** Words of a URL's path (all segments: the title may sit in any of them), without ids and file extensions. */
export function urlWords(url: string): string[] {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // keep the raw path: a malformed escape is not worth losing the words
  }
  return titleWords(decoded.replace(/[-_./~+]/g, ' ')).filter((w) => !looksLikeId(w) && !PATH_NOISE.has(w));
}

/** Same word, allowing inflection or a small edit: equal, or a long shared beginning ("souckovu" ~ "soucka"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const short = Math.min(a.length, b.length);
  if (short < 5) return false;
  let k = 0;
  while (k < short && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k >= 5 && k >= short * 0.7;
}

/** How many of `a`'s distinct words have a partner in `b` (each partner used once). */
function matched(a: string[], b: string[]): number {
  const pool = [...new Set(b)];
  const used = new Uint8Array(pool.length);
  let n = 0;
  for (const w of new Set(a)) {
    let j = pool.indexOf(w);
    if (j < 0 || used[j]) j = pool.findIndex((p, k) => !used[k] && sameWord(w, p));
    if (j >= 0) {
      used[j] = 1;
      n++;
    }
  }
  return n;
}

/**
 * 0..1: the mean of both containments, so that a copy that added "– SiteName" or dropped a word still scores high,
 * while an article of the same site on another subject shares only a few words.
 */
export function wordSimilarity(a: string[], b: string[]): number {
  const na = new Set(a).size;
  const nb = new Set(b).size;
  if (!na || !nb) return 0;
  const n = matched(a, b);
  return (n / na + n / nb) / 2;
}

/**
 * 0..1: how well a URL's slug words carry a title. Weighted towards the title's side: a path also carries section
 * names ("news", "business") that the title lacks.
 */
export function slugSimilarity(title: string[], slug: string[]): number {
  const nt = new Set(title).size;
  const ns = new Set(slug).size;
  if (!nt || !ns) return 0;
  const n = matched(title, slug);
  return 0.7 * (n / nt) + 0.3 * (n / ns);
}
