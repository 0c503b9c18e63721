/**
 * A name too generic to stand for one publisher when a page writes it alone ("Tips", "Esto", "Danas", "Tempo"): one
 * word that is not written as an acronym and has four letters or fewer, or one word that is an everyday word of some
 * language whatever its case (everydayNames.ts: "TODAY", "Semana"). The directory finds such a publisher by its host
 * only, and a page's "according to today's figures" or "Fonte: Público" names none.
 */
import { EVERYDAY_NAMES } from './everydayNames.ts';

/** Lower case without diacritics or apostrophes ("Notícias" → "noticias", "Aujourd'hui" → "aujourdhui"). */
export function foldName(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`]/g, '');
}

/** One word that is an everyday word of some language ("today", "Semana", "Mundo"), whatever its length and case. */
export function isEverydayWord(name: string): boolean {
  const bare = name.replace(/^the\s+/i, '').trim();
  if (!/^[\p{L}\p{M}'’]+$/u.test(bare)) return false;
  // Four capitals are an abbreviation as written ("FAZ" is not Portuguese "faz").
  if (bare.length <= 4 && bare === bare.toUpperCase() && bare !== bare.toLowerCase()) return false;
  return EVERYDAY_NAMES.has(foldName(bare));
}

export function isGenericName(name: string): boolean {
  const bare = name.replace(/^the\s+/i, '').trim();
  if (!/^[\p{L}\p{M}'’]+$/u.test(bare)) return false;
  if (bare.length <= 4) return bare !== bare.toUpperCase();
  return EVERYDAY_NAMES.has(foldName(bare));
}
