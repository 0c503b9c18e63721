/**
 * Page text as its writer meant it and as a reader sees it: mis-decoded bytes repaired first (their broken
 * sequences hold characters such as U+00AD and U+00A0 that the next steps would take away), then the obfuscation
 * undone. Applied to block texts when a page is read and to article paragraphs before they are compared, so the
 * detectors and the text match both see "Nguồn: Báo An Giang", not "Ng\u034fu\u034fồ\u034fn".
 */
import { repairMojibake } from './repairMojibake.ts';
import { unmaskText, type UnmaskCounts } from './unmaskText.ts';

export interface TextRepairs {
  unmask: UnmaskCounts;
  /** The charset mis-decoded text really was ("utf-8", "euc-kr", …), and how many repairs it took. */
  mojibake: { charset: string; repairs: number } | null;
  /** The first stretches of raw text that had obfuscation undone / encoding repaired, for quoting. */
  obfuscatedSample: string | null;
  mojibakeSample: string | null;
}

export function emptyRepairs(): TextRepairs {
  return {
    unmask: { invisible: 0, padding: 0, softHyphens: 0, fullwidth: 0, styled: 0, mixedWords: 0, letters: 0 },
    mojibake: null,
    obfuscatedSample: null,
    mojibakeSample: null,
  };
}

/** The cleaned text; what was done is added to `into` when given (one tally per page). */
export function cleanText(raw: string, into?: TextRepairs): string {
  if (!raw) return raw;
  const repaired = repairMojibake(raw);
  const unmasked = unmaskText(repaired.text);
  if (into) {
    const u = into.unmask;
    for (const k of Object.keys(u) as (keyof UnmaskCounts)[]) u[k] += unmasked.counts[k];
    if (
      !into.obfuscatedSample &&
      unmasked.sample &&
      unmasked.counts.letters !== 0 &&
      unmasked.counts.invisible +
        unmasked.counts.softHyphens +
        unmasked.counts.fullwidth +
        unmasked.counts.styled +
        unmasked.counts.mixedWords >
        0
    )
      into.obfuscatedSample = unmasked.sample;
    if (repaired.charset) {
      into.mojibake = {
        charset: into.mojibake?.charset ?? repaired.charset,
        repairs: (into.mojibake?.repairs ?? 0) + repaired.repairs,
      };
      into.mojibakeSample ??= repaired.sample;
    }
  }
  return unmasked.text;
}
