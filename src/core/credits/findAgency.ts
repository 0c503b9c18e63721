/**
 * The news agency an article comes from, from its dateline ("WASHINGTON (AP) —", "PARIS (AFP) -", "(TTXVN) –") or
 * a short credit line at its end ("Theo TTXVN", "Source: Reuters", "— AFP", "(dpa)").
 */
import { AGENCY_ALIASES, agencyNamed } from '../data/agencies.ts';
import { phraseAlternation } from '../text/compilePhrases.ts';

const ALIASES = phraseAlternation(AGENCY_ALIASES);
const DATELINE_RE = new RegExp(`\\(\\s*(${ALIASES})\\s*\\)`, 'iu');
const LEAD_RE = new RegExp(`^(${ALIASES})\\s*[-–—:|]`, 'iu');
/** Labels before an agency in an end credit: "Theo", "Source:", "Quelle:", "Nguồn:", "Fuente:", "with", … */
const END_LABEL_RE =
  /^(?:theo|nguồn|source|sources|quelle|quellen|fuente|fonte|źródło|zdroj|kaynak|sumber|bron|with|mit|avec|con|according to|via|источник|来源|出典|출처)\s*[:：]?\s*/iu;

export function findAgency(paragraphs: readonly string[]): string | null {
  const first = (paragraphs[0] ?? '').slice(0, 200);
  const dated = first.match(DATELINE_RE)?.[1] ?? first.match(LEAD_RE)?.[1];
  const fromDateline = dated ? agencyNamed(dated) : null;
  if (fromDateline) return fromDateline;
  for (const p of paragraphs.slice(-3).reverse()) {
    if (p.length > 80) continue;
    const tail = p.match(DATELINE_RE)?.[1];
    if (tail && agencyNamed(tail)) return agencyNamed(tail);
    const bare = p.replace(/^[\s–—-]+/, '').replace(END_LABEL_RE, '');
    for (const part of bare.split(/[/,;]/)) {
      const a = agencyNamed(part);
      if (a) return a;
    }
  }
  return null;
}
