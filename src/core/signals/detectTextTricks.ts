/**
 * Evidence from how the page's text is written rather than what it says: letters padded with invisible characters,
 * soft hyphens, swapped-in look-alikes or full-width / styled letters (copies dressed up so that duplicate checks
 * miss them: honest pages do not pad every letter), and text decoded with the wrong charset (reported, but weak:
 * honest small sites break their encoding too).
 */
import type { Signal } from '../report.ts';
import type { PageData } from '../page/pageData.ts';
import type { UnmaskCounts } from '../text/unmaskText.ts';

/** Each trick counts from this many uses, and padding / full-width / styled letters from this share of letters. */
const MIN_USES = 20;
const MIN_SHARE = 0.1;
const MIN_MIXED_WORDS = 3;
const OBFUSCATED_STRENGTH = 0.6;
const MISDECODED_STRENGTH = 0.1;

export function detectTextTricks(page: PageData): Signal[] {
  const r = page.textRepairs;
  if (!r) return [];
  const out: Signal[] = [];
  const tricks = tricksOf(r.unmask);
  if (tricks.length && r.obfuscatedSample) {
    out.push({
      kind: 'obfuscated-text',
      quote: r.obfuscatedSample,
      where: `page text: ${tricks.join(', ')}`,
      place: 'text',
      strength: OBFUSCATED_STRENGTH,
    });
  }
  if (r.mojibake && r.mojibakeSample) {
    out.push({
      kind: 'mis-decoded-text',
      quote: r.mojibakeSample,
      where: `page text: ${r.mojibake.charset} read as Latin-1 / Windows-1252, ${r.mojibake.repairs} repairs`,
      place: 'text',
      strength: MISDECODED_STRENGTH,
    });
  }
  return out;
}

/** The tricks used enough to be deliberate, in words for the CLI and exports. */
export function tricksOf(c: UnmaskCounts): string[] {
  const many = (n: number) => n >= MIN_USES && n >= MIN_SHARE * c.letters;
  const out: string[] = [];
  if (many(c.padding)) out.push(`${c.padding} invisible characters or soft hyphens inside words`);
  if (c.mixedWords >= MIN_MIXED_WORDS) out.push(`${c.mixedWords} words with look-alike letters of another script`);
  if (many(c.fullwidth)) out.push(`${c.fullwidth} full-width letters`);
  if (many(c.styled)) out.push(`${c.styled} styled (mathematical) letters`);
  return out;
}
