/**
 * Photographers and photo agencies from captions and credit lines: "Ảnh: TTXVN", "Photo: AP", "Foto: dpa",
 * "Photograph by Jane Doe", "(Ảnh: Trọng Tín)", "Photo: Evan Vucci/AP". A name after a photo label is a photographer;
 * an agency after it is the photo agency.
 */
import { PHOTO_BY_WORDS, PHOTO_LABELS } from '../data/creditLabels.ts';
import { splitNames } from './splitNames.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';
import type { NameContext } from './isPersonName.ts';

const LABELS = phraseAlternation(PHOTO_LABELS);
const BY = phraseAlternation(PHOTO_BY_WORDS);
// label, then ":" / "=" / "／" or a "by"-word, then the credit up to a bracket, a line end or a sentence end.
const CREDIT_RE = new RegExp(
  `(?:^|[\\s(\\[|–—-])${LABELS}\\s*(?:[:：=／]|\\s${BY}\\s)\\s*([^()\\[\\]\\n|.!?。]{2,100})`,
  'giu',
);
const MAX_TEXTS = 80;
const MAX_TEXT = 400;

export interface PhotoCredits {
  photographers: string[];
  agencies: string[];
}

export function photoCreditsIn(texts: readonly string[], context: NameContext & { lang?: string } = {}): PhotoCredits {
  const out: PhotoCredits = { photographers: [], agencies: [] };
  for (const raw of texts.slice(0, MAX_TEXTS)) {
    const text = raw.slice(0, MAX_TEXT);
    for (const m of text.matchAll(CREDIT_RE)) {
      const { names, agencies } = splitNames(m[1] ?? '', context);
      for (const n of names) if (!out.photographers.includes(n)) out.photographers.push(n);
      for (const a of agencies) if (!out.agencies.includes(a)) out.agencies.push(a);
    }
  }
  return out;
}

/** Caption-like texts of a document: figcaptions, caption/credit elements. */
export function captionTexts(doc: Document): string[] {
  const out: string[] = [];
  const els = doc.querySelectorAll('figcaption, [class*="caption"], [class*="credit"], [class*="copyright"]');
  for (let i = 0; i < els.length && out.length < MAX_TEXTS; i++) {
    const t = (els[i]?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t && t.length <= MAX_TEXT && !out.includes(t)) out.push(t);
  }
  return out;
}
